// Where a label's value is: the words to its right on the same line, or the block under it.
// Both are offered as candidates; the field's validator and the scores decide.
import type { Word } from '../../ingest/word';
import { type Line, textHeight } from '../layout/lines';
import type { LabelHit } from './labels';

export interface ValueSpan {
  words: Word[];
  /** Each line of a multi-line value, top to bottom. */
  lines: Word[][];
  where: 'right' | 'below' | 'above';
  /** Distance from the label in line heights (0 for the same line). */
  distance: number;
}

/**
 * Rules, dashes and a lone currency sign between a label and its value ("§" is how OCR reads
 * a "$"; "|", "[" or "]" a rule between two captions): never where a value starts.
 */
const RULE = /^[|¦]$/u;
export const FILLER = /^([:;/|¦\-–—.=_~]+|[[\]]|[$€£¥₹§]|US\$)$/u;
const MAX_RIGHT_GAP = 0.28;

/** Below this OCR confidence a word at the edge of a value is a stamp's or a rule's crumb. */
export const CRUMB = 0.3;

function runRight(
  line: Line,
  from: number,
  hit: LabelHit,
  isLabel: Set<Word>,
  gapChars: number,
  maxGap: number,
): Word[] {
  const out: Word[] = [];
  for (const w of line.words) {
    if (w.x0 < from) continue;
    if (isLabel.has(w)) break;
    if (out.length === 0 && FILLER.test(w.text)) continue;
    // A value far across the page belongs to another column, not to this label.
    if (out.length === 0 && w.x0 - hit.x1 > maxGap) break;
    const last = out[out.length - 1];
    if (last && w.x0 - last.x1 > gapChars * line.charW) break;
    out.push(w);
  }
  // A stamp's or a rule's crumb before the value ('pg', '"|'): short or mostly not letters,
  // and OCR doubts it.
  while (out.length > 1 && (isCrumb(out[0]) || isSpeck(out[0], out[1]))) out.shift();
  return out;
}

/** A mark with no letter or digit, less than half as tall as the word after it (a "*"). */
function isSpeck(w: Word | undefined, next: Word | undefined): boolean {
  if (!w || !next || /[\p{L}\p{N}]/u.test(w.text)) return false;
  return w.y1 - w.y0 < 0.5 * (next.y1 - next.y0);
}

/** The outer margin of the page, as a share of its width: borders and scanner edges, no print. */
const MARGIN = 0.07;
const inMargin = (w: Word): boolean => w.x1 < MARGIN || w.x0 > 1 - MARGIN;

/** A run OCR doubted in every word: a stamp's or a border's noise, not print. */
const doubted = (run: readonly Word[]): boolean => run.every((w) => w.confidence < CRUMB);

function isCrumb(w: Word | undefined): boolean {
  if (!w || w.confidence >= CRUMB || /\d/u.test(w.text)) return false;
  const letters = w.text.replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters <= 2 || letters < w.text.length / 2;
}

/**
 * A value typed over its caption's underline (the US certificate's "Ultimate Consignee", the
 * name raised above the line the caption sits on): the run on the line just above that starts
 * where the caption ends, with nothing of that line over the caption itself. It is the
 * caption's when the run beside the caption starts further right under the line above's next
 * block, aligned with it: that run is the second line of the block beside, not this value.
 */
function raisedRun(
  lines: readonly Line[],
  hit: LabelHit,
  isLabel: Set<Word>,
  gapChars: number,
  maxGap: number,
): Word[] | null {
  const line = lines[hit.line];
  const above = lines[hit.line - 1];
  const beside = line?.words.find((w) => w.x0 >= hit.x1 - 0.001 && !FILLER.test(w.text));
  if (!line || !above || !beside) return null;
  const cw = line.charW;
  const h = hit.y1 - hit.y0;
  const start = above.words.find((w) => w.x1 > hit.x1 - 2 * cw && !FILLER.test(w.text));
  if (!start || isLabel.has(start) || start.x0 > hit.x1 + 3 * cw) return null;
  // Raised onto the caption's line, not a row of its own above it; nothing over the caption.
  if (start.y1 < hit.y0 - 0.6 * h || start.y0 > hit.y0) return null;
  if (above.words.some((w) => w.x1 > hit.x0 && w.x0 < start.x0 && w !== start)) return null;
  if (beside.x0 - start.x0 < 6 * cw) return null;
  // The block beside starts on the line above too, where the raised value ends: OCR often
  // leaves no column gap between the two.
  const next = above.words.find((w) => w.x0 > start.x0 && Math.abs(w.x0 - beside.x0) < 1.5 * cw);
  if (!next) return null;
  const run = runRight(above, start.x0 - 0.001, hit, isLabel, gapChars, maxGap);
  const end = run.indexOf(next);
  const value = end < 0 ? run : run.slice(0, end);
  const last = value[value.length - 1];
  return value[0] === start && last && last.x1 <= beside.x0 ? value : null;
}

/**
 * Words after the label on its line, up to a column gap or another label. A value printed
 * between two stacked labels (FR over EN) sits on a line of its own: the neighbouring line
 * whose words overlap the label's height is read when the label's own line has nothing.
 */
export function readRight(
  lines: readonly Line[],
  hit: LabelHit,
  isLabel: Set<Word>,
  maxGap = MAX_RIGHT_GAP,
  gapChars = 3,
): ValueSpan | null {
  const line = lines[hit.line];
  if (!line) return null;
  const own = runRight(
    line,
    (line.words[hit.end - 1]?.x1 ?? hit.x1) - 0.001,
    hit,
    isLabel,
    gapChars,
    maxGap,
  );
  const raised = raisedRun(lines, hit, isLabel, gapChars, maxGap);
  if (raised) return { words: raised, lines: [raised], where: 'right', distance: 0.3 };
  // A run OCR doubted in every word (a stamp's or a border's noise) gives way to a value on
  // the neighbouring line; it is kept only when there is none.
  if (own.length > 0 && !doubted(own))
    return { words: own, lines: [own], where: 'right', distance: 0 };
  let best: Word[] = [];
  let bestOverlap = 0;
  for (const li of [hit.line - 1, hit.line + 1]) {
    const l = lines[li];
    if (!l) continue;
    const run = runRight(l, hit.x1 - 0.001, hit, isLabel, gapChars, maxGap);
    const first = run[0];
    if (!first) continue;
    const overlap = Math.min(first.y1, hit.y1) - Math.max(first.y0, hit.y0);
    if (overlap > bestOverlap) [best, bestOverlap] = [run, overlap];
  }
  if (best.length > 0) return { words: best, lines: [best], where: 'right', distance: 0.3 };
  return own.length > 0 ? { words: own, lines: [own], where: 'right', distance: 0 } : null;
}

// A word that ends an item of a list ("Dubai,"): the space after it is the list's, stretched
// by a scan's skew or justified print, not yet a column's gap.
const LIST_MARK = /\p{L}{2},$/u;

/** Words of one line that start near x (or within [x, until]) up to a column gap or a label. */
function runAt(line: Line, x: number, tol: number, isLabel: Set<Word>, until = x): Word[] {
  // A crumb (a stamp's speck read as "*") or a filler is not where the value starts.
  const i = line.words.findIndex(
    (w) => w.x0 >= x - tol && w.x0 <= until + tol && !isCrumb(w) && !FILLER.test(w.text),
  );
  if (i < 0) return [];
  // A value starts its own run; a word in the middle of a sentence does not. A box's rule
  // read as "|" just left of the value is the box, not a word the value runs on from.
  let b = i - 1;
  while (b >= 0 && (isCrumb(line.words[b]) || RULE.test(line.words[b]?.text ?? ''))) b -= 1;
  const before = line.words[b];
  const start = line.words[i];
  if (before && start && start.x0 - before.x1 < 1.5 * line.charW) return [];
  const out: Word[] = [];
  for (let k = i; k < line.words.length; k++) {
    const w = line.words[k];
    if (!w || isLabel.has(w)) break;
    const last = out[out.length - 1];
    if (last && w.x0 - last.x1 > (LIST_MARK.test(last.text) ? 4 : 2.5) * line.charW) break;
    out.push(w);
  }
  return out;
}

/** Left edge of the phrase a label ends ("Mass in carats" for a match on "carats"). */
function phraseStart(line: Line, hit: LabelHit): number {
  let i = hit.start;
  while (i > 0) {
    const w = line.words[i - 1];
    const next = line.words[i];
    if (!w || !next || next.x0 - w.x1 > 1.5 * line.charW) break;
    i -= 1;
  }
  return line.words[i]?.x0 ?? hit.x0;
}

/** The first unlabelled run under the label, starting at its left edge (or value column). */
export function readBelow(
  lines: readonly Line[],
  hit: LabelHit,
  isLabel: Set<Word>,
  maxLines = 3,
): ValueSpan | null {
  const h = hit.y1 - hit.y0;
  for (let li = hit.line + 1; li < Math.min(lines.length, hit.line + 1 + maxLines); li++) {
    const line = lines[li];
    if (!line) break;
    if (line.y0 - hit.y1 > 3.5 * h) break;
    const own = lines[hit.line];
    const left = own ? phraseStart(own, hit) : hit.x0;
    const run = runAt(line, left, Math.max(0.02, 2 * line.charW), isLabel, hit.x1);
    if (run.length > 0) {
      return { words: run, lines: [run], where: 'below', distance: (line.y0 - hit.y1) / h };
    }
    // Something else (another label) sits under this one: the value is not below.
    if (line.words.some((w) => w.x0 < hit.x1 && w.x1 > hit.x0 && !FILLER.test(w.text))) {
      return null;
    }
  }
  return null;
}

/**
 * Grows a value with lines aligned on its first word (addresses, wrapped names): below, and
 * above when the line above carries no label of its own.
 */
export function extendAligned(
  lines: readonly Line[],
  span: ValueSpan,
  isLabel: Set<Word>,
  opts: {
    up: boolean;
    maxLines: number;
    gap?: number;
    /** Label words that do not end the value: the same field's label in another language. */
    own?: ReadonlySet<Word>;
  },
): ValueSpan {
  const first = span.words[0];
  if (!first) return span;
  const x = first.x0;
  const idx = lines.findIndex((l) => l.words.includes(first));
  const grown = [...span.lines];
  const gapOk = (a: Line | Word, b: { y0: number; y1: number }) =>
    b.y0 - a.y1 < (opts.gap ?? 1.8) * ('words' in a ? textHeight(a) : a.y1 - a.y0);
  // A continuation line has no label left of the value column, and its run is not the tail of
  // something that starts further left.
  const standsAlone = (line: Line, run: Word[]) => {
    const first = run[0];
    if (!first) return false;
    const before = line.words.filter((w) => w.x1 <= first.x0 && !RULE.test(w.text));
    if (before.some((w) => isLabel.has(w) && !opts.own?.has(w))) return false;
    const prev = before[before.length - 1];
    return !prev || first.x0 - prev.x1 > 2.5 * line.charW;
  };
  // A line whose words all lie right of the value is another column's (the invoice's number
  // and date printed beside the seller's block, their lines between the block's lines): it is
  // looked past, not taken for the block's end.
  const right = Math.max(...span.words.map((w) => w.x1));
  const elsewhere = (line: Line, run: Word[]) =>
    run.length === 0 && line.words.every((w) => w.x0 > right + 2 * line.charW);
  // The field's own caption on a line between two lines of its value (a two-line value
  // beside a one-line caption, OCR making three lines of them) is looked past too.
  const ownCaption = (line: Line, run: Word[]) =>
    run.length === 0 &&
    line.words.some((w) => opts.own?.has(w)) &&
    line.words.every(
      (w) => opts.own?.has(w) || isCrumb(w) || FILLER.test(w.text) || w.x0 > right + 2 * line.charW,
    );
  // A line of nothing but noise OCR doubted (a security print's glyphs in the margin, tall
  // enough to sit between two lines of the value) is looked past too.
  // So is a line of nothing but marks in the page's outer margin (a border's guilloche read as
  // "AX" beside the address, more sure of itself than noise usually is).
  const noise = (line: Line, run: Word[]) =>
    run.length === 0 && (doubted(line.words) || line.words.every(inMargin));
  const lookedPast = (line: Line, run: Word[]) =>
    elsewhere(line, run) || ownCaption(line, run) || noise(line, run);
  let prev: Line | Word = lines[idx] ?? first;
  for (let li = idx + 1; li < lines.length && grown.length < opts.maxLines; li++) {
    const line = lines[li];
    if (!line || !gapOk(prev, line)) break;
    const run = runAt(line, x, Math.max(0.012, line.charW * 1.5), isLabel);
    if (lookedPast(line, run)) continue;
    if (!standsAlone(line, run) || doubted(run)) break;
    grown.push(run);
    prev = line;
  }
  if (opts.up) {
    let next: Line | Word = lines[idx] ?? first;
    for (let li = idx - 1; li >= 0 && grown.length < opts.maxLines; li--) {
      const line = lines[li];
      if (!line || !gapOk(line, next)) break;
      const run = runAt(line, x, Math.max(0.012, line.charW * 1.5), isLabel);
      if (lookedPast(line, run)) continue;
      if (!standsAlone(line, run) || doubted(run)) break;
      grown.unshift(run);
      next = line;
    }
  }
  return { ...span, lines: grown, words: grown.flat() };
}

/**
 * The run just above the label: forms that print a caption under its blank (the US KP form's
 * "Country of Origin"). Only used for values that validate strictly.
 */
export function readAbove(
  lines: readonly Line[],
  hit: LabelHit,
  isLabel: Set<Word>,
): ValueSpan | null {
  const own = lines[hit.line];
  if (!own) return null;
  const h = hit.y1 - hit.y0;
  const left = phraseStart(own, hit);
  // Lines with nothing over the label but a border's crumb (a guilloche read as "AONERRIR")
  // are looked past.
  for (let li = hit.line - 1; li >= Math.max(0, hit.line - 3); li--) {
    const prev = lines[li];
    if (!prev || hit.y0 - prev.y1 > 2.5 * h) return null;
    const tol = Math.max(0.02, 2 * prev.charW);
    const run = runAt(prev, left, tol, isLabel, hit.x1);
    if (run.length > 0) {
      return { words: run, lines: [run], where: 'above', distance: (hit.y0 - prev.y1) / h };
    }
    const over = prev.words.filter((w) => w.x1 > left - tol && w.x0 < hit.x1 + tol);
    if (over.some((w) => !isCrumb(w) && !FILLER.test(w.text))) return null;
  }
  return null;
}

/**
 * The right-most cell of the label's line when it is a lone number: summary lines put the
 * amount at the far edge ("Total for this invoice ........ $4.11").
 */
export function readFarRight(
  lines: readonly Line[],
  hit: LabelHit,
  isLabel: Set<Word>,
): ValueSpan | null {
  const line = lines[hit.line];
  if (!line) return null;
  const words = line.words.filter((w) => w.x0 > hit.x1);
  const out: Word[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const next = out[0];
    if (!w || (next && next.x0 - w.x1 > 2.5 * line.charW)) break;
    if (isLabel.has(w) || !/^[$€£¥₹]?-?[\d.,'()]+$|^[$€£¥₹]$|^[A-Z]{3}$/u.test(w.text)) {
      // The number runs on into a garbled word with digits ("39% 46" for 895.46): what is
      // left of it is no reading of the cell.
      if (next && !isLabel.has(w) && /\d/u.test(w.text)) return null;
      break;
    }
    out.unshift(w);
  }
  return out.length > 0 && out.some((w) => /\d/.test(w.text))
    ? { words: out, lines: [out], where: 'right', distance: 1 }
    : null;
}
