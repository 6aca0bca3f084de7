// A party's address when no label names it: the lines under the name in its block (invoice
// "SOLD TO" blocks, AWB boxes), or unlabelled text beside the name (forms that print name
// and address side by side).
import type { Word } from '../../ingest/word';
import { fold, similarity } from '../layout/fuzzy';
import { median, segments, textOf } from '../layout/lines';
import { fieldConfidence } from './confidence';
import type { Candidate, PageContext } from './engine';
import { joinLines } from './join-lines';
import { interpret } from './kinds';
import type { LabelHit } from './labels';
import { extendAligned, readBelow } from './read-value';

/** Below this share of the name's height, print beside it is a caption, not the address. */
const CAPTION_SIZE = 0.6;

/** Below this similarity two addresses are different ones, not two prints of one. */
const SAME_ADDRESS = 0.6;

/** House and box numbers an address reading holds as clean words ("87," → "87"). */
const numbersOf = (text: string): string[] =>
  text
    .split(/\s+/u)
    .map((w) => w.replace(/[,.;:]+$/u, ''))
    .filter((w) => /^\d+$/u.test(w));

/** Two readings of one address: alike, and no clean number of one missing from the other. */
function sameAddress(a: string, b: string): boolean {
  const [na, nb] = [numbersOf(a), numbersOf(b)];
  if (na.length > 0 && nb.length > 0 && !na.some((n) => nb.includes(n))) return false;
  return similarity(a, b) >= SAME_ADDRESS;
}

/** The name's words printed again elsewhere on the page (a letterhead over the seller block). */
function twins(ctx: PageContext, name: Candidate): Word[][] {
  const wanted = name.words.map((w) => fold(w.text));
  const out: Word[][] = [];
  if (wanted.length < 2) return out;
  for (const line of ctx.lines) {
    for (let i = 0; i + wanted.length <= line.words.length; i++) {
      const run = line.words.slice(i, i + wanted.length);
      if (run.some((w, k) => fold(w.text) !== wanted[k] || name.words.includes(w))) continue;
      out.push(run);
    }
  }
  return out;
}

/**
 * The address under (or beside) the party's name. A name printed twice (letterhead and party
 * block) has its address printed twice: of two readings of the same address, the one OCR was
 * surer of is taken.
 */
export function deriveAddress(ctx: PageContext, name: Candidate, field: string): Candidate | null {
  const own = addressOf(ctx, name, field);
  if (!own) return null;
  const sure = (c: Candidate) => fieldConfidence(c.score, c.words, 'address');
  let best = own;
  for (const words of twins(ctx, name)) {
    const twin = addressOf(ctx, { ...name, words, where: 'below' }, field);
    if (!twin || !sameAddress(twin.text, own.text)) continue;
    if (sure(twin) > sure(best)) best = twin;
  }
  return best;
}

/**
 * The address in a party's block under its heading ("SOLD TO", "Acheteur / Buyer") when OCR
 * garbled the name on the block's first line past reading: the lines under it still are the
 * party's address. At a lower score than an address found under a name that reads.
 */
export function addressUnderHeading(
  ctx: PageContext,
  heading: LabelHit,
  field: string,
): Candidate | null {
  const first = readBelow(ctx.lines, heading, ctx.isLabel);
  if (!first || interpret('name', textOf(first.words))) return null;
  const name: Candidate = {
    field,
    value: '',
    words: first.words,
    text: textOf(first.words),
    score: heading.score * 0.9,
    page: ctx.pageNo,
    where: 'below',
  };
  return addressOf(ctx, name, field);
}

function addressOf(ctx: PageContext, name: Candidate, field: string): Candidate | null {
  const first = name.words[0];
  if (!first) return null;
  const idx = ctx.lines.findIndex((l) => l.words.includes(first));
  const line = ctx.lines[idx];
  if (!line) return null;
  const block = extendAligned(
    ctx.lines,
    { words: name.words, lines: [name.words], where: 'below', distance: 0 },
    ctx.isLabel,
    { up: false, maxLines: 5, gap: 2.5 },
  );
  const taken = new Set(name.words);
  // A line under the name with no word of three letters and no digit ("BV" of the name read
  // "BY —") is not its address.
  let parts: Word[][] = block.lines
    .slice(1)
    .filter((l) => !l.some((w) => taken.has(w)))
    .filter((l) => /\p{L}{3}|\d/u.test(textOf(l)));
  // Side by side (name, then address, on the label's row) only on forms that read the name
  // to the right of its label; a name under its heading has its address under it too.
  if (parts.length === 0 && name.where === 'right') {
    const nameX1 = Math.max(...name.words.map((w) => w.x1));
    const nextLabel = line.words.find((w) => w.x0 > nameX1 && ctx.isLabel.has(w))?.x0 ?? 1;
    const h = line.y1 - line.y0;
    const nameHeight = Math.min(...name.words.map((w) => w.y1 - w.y0));
    // A tall caption beside the name ("Exporter" in large italics) stretches its line: the
    // address's lines lie within a few of the name's own print heights, not the next
    // party's, printed a box further down.
    const printH = median(name.words.map((w) => w.y1 - w.y0));
    const reach = Math.min(1.6 * h, 2.5 * printH);
    parts = ctx.lines
      .filter((l) => Math.abs((l.y0 + l.y1) / 2 - (line.y0 + line.y1) / 2) < reach)
      .flatMap((l) => segments(l))
      .filter(
        (s) => s.x0 > nameX1 + 0.02 && s.x1 < nextLabel && !s.words.some((w) => ctx.isLabel.has(w)),
      )
      .filter((s) => /\p{L}{2}/u.test(textOf(s.words)))
      // The form's small captions under the fields ("NAME", "ADDRESS") are not the address.
      .filter((s) => s.y1 - s.y0 >= CAPTION_SIZE * nameHeight)
      .sort((a, b) => a.y0 - b.y0)
      .map((s) => s.words);
  }
  if (parts.length === 0) return null;
  const text = joinLines(parts);
  // Read beside or under a name, an address still has to read as one ("He." does not).
  const r = interpret('address', text);
  if (!r) return null;
  return {
    field,
    value: r.value,
    words: parts.flat(),
    text,
    score: name.score * 0.8,
    page: name.page,
  };
}
