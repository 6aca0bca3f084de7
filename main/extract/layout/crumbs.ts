// OCR reads table rules, stamp rings and dust as "letters": boxes a fraction of the height of
// any real print ("RBA", "2", "SR" along a ruled line). A letter or digit is never that flat,
// so such words are dropped before layout; punctuation ("-", ".", ",") and small lower-case
// words ("on", "une") are flat by nature and stay. A doubtful word lying inside a surer one's
// box ("gaia" read from a stamp's ink over "Secrétariat") is dropped too: print never overlaps
// itself, and such a word would push the real one out of its line.
import type { Word } from '../../ingest/word';

const FLAT = 0.4;
// Lower-case letters without ascenders or descenders: small print of these is flat for real.
const LOW = /^[acemnorsuvwxz.,:;'’-]+$/u;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Below this confidence a word inside a surer word's box is that word's noise. */
const DOUBTFUL = 0.5;
const INSIDE = 0.6;

const area = (w: Word) => Math.max(0, w.x1 - w.x0) * Math.max(0, w.y1 - w.y0);

function inside(w: Word, other: Word): boolean {
  const x = Math.min(w.x1, other.x1) - Math.max(w.x0, other.x0);
  const y = Math.min(w.y1, other.y1) - Math.max(w.y0, other.y0);
  return x > 0 && y > 0 && x * y >= INSIDE * area(w);
}

export function dropCrumbs(words: readonly Word[]): Word[] {
  const h = median(words.filter((w) => /[\p{L}\p{N}]{2}/u.test(w.text)).map((w) => w.y1 - w.y0));
  if (h <= 0) return [...words];
  const sure = words.filter((w) => w.confidence >= DOUBTFUL);
  return words.filter(
    (w) =>
      !(/[\p{L}\p{N}]/u.test(w.text) && !LOW.test(w.text) && w.y1 - w.y0 < FLAT * h) &&
      !(w.confidence < DOUBTFUL && sure.some((o) => o !== w && inside(w, o))),
  );
}
