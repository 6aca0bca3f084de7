// A mixed origin printed as a row of asterisks ("* * * * *", as US certificates and the papers
// that copy them do): Tesseract seldom reads the small raised stars as "*" and returns a word
// or two of letters it doubted, far flatter than the page's print ("Se an", "tevas", "Rok
// heh"). Such a run beside an origin caption is read as MIXED, with little trust, so that it
// goes to review rather than being lost.
import type { Word } from '../../ingest/word';
import type { Line } from '../layout/lines';
import { rememberByObject } from '../memo';
import type { Reading } from './kinds';

/** Words read this surely are the page's print, whose cap height the run is measured by. */
const SURE = 0.8;
/** Stars stand about half as high as capitals (lower-case letters about 0.7); OCR doubted each. */
const FLAT = 0.62;
const DOUBTED = 0.5;
const VALIDITY = 0.7;

/** The median height of the words with a capital or a figure (cap height) read surely. */
const printHeight = rememberByObject((lines: readonly Line[]): number => {
  const hs = lines
    .flatMap((l) => l.words)
    .filter((w) => w.confidence >= SURE && /[\p{Lu}\d]/u.test(w.text))
    .map((w) => w.y1 - w.y0)
    .sort((a, b) => a - b);
  return hs[Math.floor(hs.length / 2)] ?? 0;
});

/** MIXED for a run that can only be unread asterisks, or null. */
export function unreadAsterisks(lines: readonly Line[], words: readonly Word[]): Reading | null {
  const print = printHeight(lines);
  if (print <= 0 || words.length === 0 || words.length > 3) return null;
  const stars = words.every(
    (w) => w.confidence < DOUBTED && w.y1 - w.y0 <= FLAT * print && /^[\p{L}*.,'’]+$/u.test(w.text),
  );
  return stars ? { value: ['MIXED'], validity: VALIDITY } : null;
}
