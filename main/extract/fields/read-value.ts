// Where a label's value is: the words to its right on the same line, or the block under it.
// Both are offered as candidates; the field's validator and the scores decide.
import type { Word } from '../../ingest/word';
import type { Line } from '../layout/lines';
import type { LabelHit } from './labels';

export interface ValueSpan {
  words: Word[];
  /** Each line of a multi-line value, top to bottom. */
  lines: Word[][];
  where: 'right' | 'below';
  /** Distance from the label in line heights (0 for the same line). */
  distance: number;
}

const FILLER = /^[:;/|\-–—.=]+$/u;
const MAX_RIGHT_GAP = 0.28;

/** Words after the label on its line, up to a column gap or another label. */
export function readRight(
  lines: readonly Line[],
  hit: LabelHit,
  isLabel: Set<Word>,
  gapChars = 3,
): ValueSpan | null {
  const line = lines[hit.line];
  if (!line) return null;
  const out: Word[] = [];
  for (let i = hit.end; i < line.words.length; i++) {
    const w = line.words[i];
    if (!w) break;
    if (isLabel.has(w)) break;
    if (out.length === 0 && FILLER.test(w.text)) continue;
    // A value far across the page belongs to another column, not to this label.
    if (out.length === 0 && w.x0 - hit.x1 > MAX_RIGHT_GAP) break;
    const last = out[out.length - 1];
    if (last && w.x0 - last.x1 > gapChars * line.charW) break;
    out.push(w);
  }
  return out.length > 0 ? { words: out, lines: [out], where: 'right', distance: 0 } : null;
}

/** Words of one line that start near x and run until a column gap or a label. */
function runAt(line: Line, x: number, tol: number, isLabel: Set<Word>): Word[] {
  const i = line.words.findIndex((w) => Math.abs(w.x0 - x) <= tol);
  if (i < 0) return [];
  const out: Word[] = [];
  for (let k = i; k < line.words.length; k++) {
    const w = line.words[k];
    if (!w || isLabel.has(w)) break;
    const last = out[out.length - 1];
    if (last && w.x0 - last.x1 > 2.5 * line.charW) break;
    out.push(w);
  }
  return out;
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
    const run = runAt(line, hit.x0, Math.max(0.02, 2 * line.charW), isLabel);
    if (run.length > 0) {
      return { words: run, lines: [run], where: 'below', distance: (line.y0 - hit.y1) / h };
    }
    // Something else (another label) sits under this one: the value is not below.
    if (line.words.some((w) => w.x0 < hit.x1 && w.x1 > hit.x0)) return null;
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
  opts: { up: boolean; maxLines: number },
): ValueSpan {
  const first = span.words[0];
  if (!first) return span;
  const x = first.x0;
  const idx = lines.findIndex((l) => l.words.includes(first));
  const grown = [...span.lines];
  const gapOk = (a: { y0: number; y1: number }, b: { y0: number; y1: number }) =>
    b.y0 - a.y1 < 1.0 * (a.y1 - a.y0);
  const standsAlone = (line: Line, run: Word[]) =>
    !line.words.some((w) => w.x1 <= x && (isLabel.has(w) || w.x1 > x - 0.2)) && run.length > 0;
  let prev: { y0: number; y1: number } = lines[idx] ?? first;
  for (let li = idx + 1; li < lines.length && grown.length < opts.maxLines; li++) {
    const line = lines[li];
    if (!line || !gapOk(prev, line)) break;
    const run = runAt(line, x, Math.max(0.012, line.charW * 1.5), isLabel);
    if (!standsAlone(line, run)) break;
    grown.push(run);
    prev = line;
  }
  if (opts.up) {
    let next: { y0: number; y1: number } = lines[idx] ?? first;
    for (let li = idx - 1; li >= 0 && grown.length < opts.maxLines; li--) {
      const line = lines[li];
      if (!line || !gapOk(line, next)) break;
      const run = runAt(line, x, Math.max(0.012, line.charW * 1.5), isLabel);
      if (!standsAlone(line, run)) break;
      grown.unshift(run);
      next = line;
    }
  }
  return { ...span, lines: grown, words: grown.flat() };
}
