// Shipper and consignee when OCR loses their small captions. A waybill names the shipper first
// and the consignee next, each as a company name opening a block in the upper left part of
// the form (the IATA form and courier waybills alike); the names are read from there, at a
// score below any labelled reading. Box rules and caption crumbs around them are dropped.
import type { Word } from '../../ingest/word';
import type { Candidate, PageContext } from '../fields/engine';
import { type Line, type Segment, segments, textOf } from '../layout/lines';
import { isLegalForm } from '../normalize/legal-forms';
import { CRUMB } from '../fields/read-value';
import { STREET } from '../normalize/address-shape';
import { dropStrayLead } from '../fields/stray-lead';

// Words of sentences (conditions of carriage, certifications), not of company names.
const PROSE =
  /^(the|is|are|to|on|that|this|hereof|herein|drawn|notice|attention|concerning|conditions|contract|carriage|carrier|carrier's|subject|agreed|accepted|certifies|particulars|correct|signature)$/iu;

const FORM_WORDS =
  /waybill|negotiable|shipper|consignee|addr|adres|issued|airport|carrier|\bname\b|\bcity\b/iu;

/** Text that reads as a company name: capitalised words, no digits, no sentence words. */
export function looksLikeProse(text: string): boolean {
  return text.split(/\s+/u).some((w) => PROSE.test(w.replace(/[.,:;]+$/u, '')));
}

/** A street line in the parties' column: a number and real words ("45, boulevard Lumumba"). */
function isAddressLine(seg: Segment): boolean {
  const text = textOf(seg.words);
  return (
    seg.x0 <= 0.45 &&
    /\d/u.test(text) &&
    seg.words.filter((w) => /\p{L}{4}/u.test(w.text)).length >= 2 &&
    (STREET.test(text) || text.includes(','))
  );
}

function nameLike(words: readonly Word[]): boolean {
  const text = textOf(words);
  if (/\d/u.test(text) || FORM_WORDS.test(text) || looksLikeProse(text)) return false;
  if (STREET.test(text) || (text.match(/,/gu)?.length ?? 0) >= 2) return false;
  const ws = words.filter((w) => /\p{L}{2}/u.test(w.text));
  // Two real words at least: a strip of two-letter crumbs along the page edge is no name.
  if (ws.length < 2 || ws.length > 8 || ws.filter((w) => /\p{L}{4}/u.test(w.text)).length < 2) {
    return false;
  }
  const capitals = ws.filter((w) => /^[^\p{L}]?\p{Lu}/u.test(w.text)).length;
  return capitals >= 2 || (capitals >= 1 && ws.some((w) => isLegalForm(w.text)));
}

/** A stray mark glued before a name by a box rule (".Cuango", "vYakutia", "|Helvetia"). */
function cleanFirst(w: Word): Word {
  const t = w.text.replace(/^[^\p{L}\d(]+/u, '').replace(/^\p{Ll}(?=\p{Lu}\p{Ll})/u, '');
  return t === w.text ? w : { ...w, text: t };
}

/** A legal form OCR put on a line of its own just after the name ("…Diamantes," + "Lda"). */
function legalFormAfter(lines: readonly Line[], li: number, end: Word): Word | null {
  const h = end.y1 - end.y0;
  for (const l of [lines[li - 1], lines[li + 1]]) {
    const w = l?.words.find(
      (x) =>
        x.x0 > end.x1 &&
        x.x0 - end.x1 < 2 * h &&
        Math.abs((x.y0 + x.y1) / 2 - (end.y0 + end.y1) / 2) < h,
    );
    if (w && isLegalForm(w.text)) return w;
  }
  return null;
}

/**
 * The name's first words lost at the box's edge ("Gemmes Export SA" for Séguéla Gemmes Export
 * SA): its address, right under it, starts well left of it, where the name starts too.
 */
function lostStart(lines: readonly Line[], f: { words: Word[]; y1: number; li: number }): boolean {
  const first = f.words[0];
  if (!first) return false;
  // The address's first line, past crumbs OCR made lines of their own between the two.
  for (const next of lines.slice(f.li + 1)) {
    if (next.y0 - f.y1 > 2 * (first.y1 - first.y0)) return false;
    const street = segments(next).find(
      (seg) => isAddressLine(seg) || STREET.test(textOf(seg.words)),
    );
    if (street) return first.x0 - street.x0 > 4 * next.charW;
  }
  return false;
}

export function awbPartyCandidates(ctx: PageContext): Candidate[] {
  const found: {
    words: Word[];
    text: string;
    y0: number;
    y1: number;
    li: number;
    cut: boolean;
  }[] = [];
  ctx.lines.forEach((line, li) => {
    if (line.y0 > 0.4) return;
    let before: Word[] = [];
    const segs = segments(line);
    segs.forEach((seg, si) => {
      // Print OCR was sure of just before the name, in the same column: the name's head,
      // garbled into a run of its own ("Hu <on-   Diamond Corp." for Hudson Rough Diamond
      // Corp.). The rest still opens the block, but is no name to read.
      const cut = before.some(
        (w) => !ctx.isLabel.has(w) && w.confidence >= 0.6 && /\p{L}{2}/u.test(w.text),
      );
      before = seg.words;
      if (seg.x0 > 0.45) return;
      // Caption crumbs are small beside the name's letters; box rules carry no letter.
      const tallest = Math.max(...seg.words.map((w) => w.y1 - w.y0));
      const words = dropStrayLead(
        seg.words.filter(
          (w) => !ctx.isLabel.has(w) && w.y1 - w.y0 > 0.4 * tallest && /[\p{L}\d&]/u.test(w.text),
        ),
      );
      const shown = words.map((w, i) => (i === 0 ? cleanFirst(w) : w));
      const last = words[words.length - 1];
      if (!last) return;
      const form = isLegalForm(last.text) ? null : legalFormAfter(ctx.lines, li, last);
      // A legal form OCR set apart on the name's own line ("Co.   Limited", the comma lost).
      const next = segs[si + 1];
      const apart =
        next && next.x0 - last.x1 < 4 * line.charW && next.words.every((w) => isLegalForm(w.text))
          ? next.words
          : [];
      for (const w of form ? [form] : apart) {
        words.push(w);
        shown.push(w);
      }
      // Most words doubted by OCR: a smudge along the page's edge, not a name.
      if (words.filter((w) => w.confidence < CRUMB).length > words.length / 2) return;
      if (!nameLike(shown)) return;
      found.push({
        words,
        text: textOf(shown),
        y0: line.y0,
        y1: line.y1,
        li,
        cut: cut || lostStart(ctx.lines, { words, y1: line.y1, li }),
      });
    });
  });
  // Captions ("Shipper's Name and Address", however garbled) print smaller than the names.
  const height = (f: { words: Word[] }) => {
    const hs = f.words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    return hs[Math.floor(hs.length / 2)] ?? 0;
  };
  const tallest = Math.max(0, ...found.map(height));
  // A caption sits right above its value, aligned with it: of two name-like lines so stacked,
  // the upper one is the garbled caption ("SHppads Nave ond Aadbew" over the shipper's name).
  // Not when an address line lies between them: then the lower one is the address's end.
  const startsAt = (x: number) => (l: Line) => l.words.some((w) => Math.abs(w.x0 - x) < 0.03);
  const captioned = (f: (typeof found)[number]) => {
    const x = f.words[0]?.x0 ?? 1;
    return found.some(
      (g) =>
        g !== f &&
        g.y0 > f.y0 &&
        g.y0 - f.y1 < 1.6 * (f.y1 - f.y0) &&
        Math.abs((g.words[0]?.x0 ?? 0) - x) < 0.03 &&
        !ctx.lines.slice(f.li + 1, g.li).some(startsAt(x)),
    );
  };
  const [first, ...rest] = found.filter((f) => height(f) >= 0.75 * tallest && !captioned(f));
  if (!first) return [];
  const h = first.y1 - first.y0;
  // A name with an address well above it opens the second block: the shipper's name was
  // lost to OCR (its address survived), and this one is the consignee.
  const second = ctx.lines
    .slice(0, first.li)
    .some((l) => first.y0 - l.y1 > 2.5 * h && segments(l).some(isAddressLine));
  const shipper = second ? undefined : first;
  // The consignee opens the next block: past the shipper's address lines, not beside them.
  const consignee = second ? first : rest.find((f) => f.y0 - first.y1 > 2.5 * h);
  const out: Candidate[] = [];
  for (const [field, f] of [
    ['shipper_name', shipper],
    ['consignee_name', consignee],
  ] as const) {
    if (!f || f.cut) continue;
    const text = f.text.replace(/\s*,\s*$/u, '');
    out.push({ field, value: text, words: f.words, text, score: 0.42, page: ctx.pageNo });
  }
  return out;
}
