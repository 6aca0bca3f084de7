// A value beside its label that OCR split over two lines. Forms that stack a label in two
// languages print the value half-way between them; on a scan its words (digits full height,
// lower-case words shorter, a stamp's crumbs in between) fall into the line above or below
// at random, so neither line holds the whole value. Read instead every word to the right
// whose centre lies within the label's band, in reading order, skipping what OCR itself
// calls garbage.
import type { Word } from '../../ingest/word';
import type { Line } from '../layout/lines';
import type { LabelHit } from './labels';
import { CRUMB, FILLER, type ValueSpan } from './read-value';

const DOUBT = 0.5;

/** A dot, a colon or a tick: what a speck of dirt reads as. */
const isMark = (w: Word): boolean => /^[.,:;·'`’"]+$/u.test(w.text);
const overlapX = (a: Word, b: Word): number => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

export function readBand(
  lines: readonly Line[],
  hit: LabelHit,
  isLabel: Set<Word>,
  maxGap: number,
  gapChars = 3,
): ValueSpan | null {
  const own = lines[hit.line];
  if (!own) return null;
  const h = hit.y1 - hit.y0;
  const cy = (hit.y0 + hit.y1) / 2;
  const from = (own.words[hit.end - 1]?.x1 ?? hit.x1) - 0.001;
  const near: Word[] = [];
  for (let li = Math.max(0, hit.line - 2); li <= Math.min(lines.length - 1, hit.line + 2); li++) {
    for (const w of lines[li]?.words ?? []) {
      if (w.x0 < from || Math.abs((w.y0 + w.y1) / 2 - cy) > 0.9 * h) continue;
      near.push(w);
    }
  }
  near.sort((a, b) => a.x0 - b.x0);
  const out: Word[] = [];
  for (const w of near) {
    if (isLabel.has(w)) break;
    if (w.confidence < CRUMB) continue;
    if (out.length === 0 && FILLER.test(w.text)) continue;
    if (out.length === 0 && w.x0 - hit.x1 > maxGap) break;
    const last = out[out.length - 1];
    if (last && w.x0 - last.x1 > gapChars * own.charW) break;
    out.push(w);
  }
  if (out.length === 0) return null;
  // Doubtful words from a line other than the one most of the value stands on are what the
  // label's own line picked up (a stamp's edge), not part of the value.
  const home = new Map<Word, number>();
  const weight = new Map<number, number>();
  for (const w of out) {
    const li = lines.findIndex((l) => l.words.includes(w));
    home.set(w, li);
    weight.set(li, (weight.get(li) ?? 0) + w.text.length);
  }
  const main = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
  const kept = out
    .filter((w) => home.get(w) === main || w.confidence >= DOUBT)
    // A speck over a word (read as "." above "Ministry") is not print of its own.
    .filter((w, _, all) => !(isMark(w) && all.some((o) => !isMark(o) && overlapX(o, w) > 0)));
  // Words one above the other are two lines of print (an address and its last word wrapped
  // under it), not one line OCR split: read in x order they would be shuffled.
  const stacked = kept.some((a, i) => kept.slice(i + 1).some((b) => overlapX(a, b) > 0));
  if (stacked) return null;
  return { words: kept, lines: [kept], where: 'right', distance: 0.5 };
}
