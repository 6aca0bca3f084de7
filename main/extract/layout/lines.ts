// Words into reading lines and lines into segments (runs of words without a column gap).
// Text layers and OCR both give words, not lines; every label/value decision works on these.
import type { Word } from '../../ingest/word';
import { rememberByObject } from '../memo';

export interface Line {
  words: Word[];
  y0: number;
  y1: number;
  /** Median character width on the line: the unit for "a gap wide enough to be a column". */
  charW: number;
}

export interface Segment {
  words: Word[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** How much of the shorter one's height lies within the other's (0..1, negative apart). */
export const overlapsY = (a: { y0: number; y1: number }, b: { y0: number; y1: number }): number => {
  const o = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return o / Math.max(1e-6, Math.min(a.y1 - a.y0, b.y1 - b.y0));
};

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Groups words whose vertical extents mostly overlap. A word never joins a line that already
 * has a word under it horizontally: two-line values beside a one-line label stay apart.
 */
export function groupLines(words: readonly Word[]): Line[] {
  const sorted = words
    .filter((w) => w.text.trim().length > 0)
    .sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
  // A box far taller than the page's text (a border ornament, a stamp, a table rule read as
  // "|") would chain every row it spans into one line. Such boxes are placed after the rest,
  // into a line only when it is the one line they span with room for them.
  const tallFrom = 2.5 * median(sorted.map((w) => w.y1 - w.y0));
  const isTall = (w: Word) => w.y1 - w.y0 > tallFrom;
  const lines: Line[] = [];
  for (const w of sorted.filter((x) => !isTall(x))) place(lines, w);
  const normal = new Set(lines);
  for (const w of sorted.filter(isTall)) {
    const spanned = lines.filter((l) => normal.has(l) && overlapsY(l, w) >= 0.5 && !clashes(l, w));
    // Large print (a title) still makes lines of its own words.
    place(lines, w, spanned.length === 1 ? spanned : lines.filter((l) => !normal.has(l)));
  }
  for (const l of lines) {
    l.words.sort((a, b) => a.x0 - b.x0);
    l.charW = median(l.words.map((w) => (w.x1 - w.x0) / Math.max(1, Array.from(w.text).length)));
  }
  return lines.sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
}

/**
 * `groupLines` of a page's words, worked out once for every reader of the page (classifying
 * it, reading its fields). The lines are shared: read them, never change them.
 */
export const linesOf = rememberByObject((words: readonly Word[]): Line[] => groupLines(words));

/** The line already has a word where this one sits (overflowing text may touch a little). */
const clashes = (l: Line, w: Word): boolean =>
  l.words.some(
    (x) => Math.min(x.x1, w.x1) - Math.max(x.x0, w.x0) > 0.3 * Math.min(x.x1 - x.x0, w.x1 - w.x0),
  );

/**
 * How well the word sits on the line, to choose between lines it overlaps: as overlapsY, but
 * a line under half the word's height (a lone dash or dot) counts as half its height, so a
 * word over a crumb's line and its own text line goes with the text.
 */
const fitsY = (l: Line, w: Word): number => {
  const o = Math.min(l.y1, w.y1) - Math.max(l.y0, w.y0);
  const h = w.y1 - w.y0;
  return o / Math.max(1e-6, Math.min(Math.max(l.y1 - l.y0, h / 2), h));
};

/** Adds the word to the line (of `among`) it overlaps best without a clash, or a new line. */
function place(lines: Line[], w: Word, among: readonly Line[] = lines): void {
  let line: Line | undefined;
  let best = 0;
  for (const l of among) {
    if (overlapsY(l, w) < 0.4 || clashes(l, w)) continue;
    const fit = fitsY(l, w);
    if (fit < best) continue;
    [line, best] = [l, fit];
  }
  if (line) {
    line.words.push(w);
    line.y0 = Math.min(line.y0, w.y0);
    line.y1 = Math.max(line.y1, w.y1);
  } else lines.push({ words: [w], y0: w.y0, y1: w.y1, charW: 0 });
}

/** Splits a line where the gap between words is wider than `gapChars` characters. */
export function segments(line: Line, gapChars = 2.2): Segment[] {
  const out: Segment[] = [];
  let cur: Word[] = [];
  const flush = () => {
    if (cur.length > 0) out.push(makeSegment(cur));
    cur = [];
  };
  for (const w of line.words) {
    const last = cur[cur.length - 1];
    if (last && w.x0 - last.x1 > gapChars * line.charW) flush();
    cur.push(w);
  }
  flush();
  return out;
}

export function makeSegment(words: Word[]): Segment {
  return {
    words,
    x0: Math.min(...words.map((w) => w.x0)),
    x1: Math.max(...words.map((w) => w.x1)),
    y0: Math.min(...words.map((w) => w.y0)),
    y1: Math.max(...words.map((w) => w.y1)),
  };
}

export const lineHeight = (l: { y0: number; y1: number }): number => l.y1 - l.y0;
/** The height of a line's print: a tall crumb on it (a stamp's edge, a rule) does not count. */
export const textHeight = (l: Line): number => median(l.words.map((w) => w.y1 - w.y0));
export const textOf = (words: readonly Word[]): string => words.map((w) => w.text).join(' ');
