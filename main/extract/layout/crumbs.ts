// OCR reads table rules, stamp rings and dust as "letters": boxes a fraction of the height of
// any real print ("RBA", "2", "SR" along a ruled line). A letter or digit is never that flat,
// so such words are dropped before layout; punctuation ("-", ".", ",") and small lower-case
// words ("on", "une") are flat by nature and stay.
import type { Word } from '../../ingest/word';

const FLAT = 0.4;
// Lower-case letters without ascenders or descenders: small print of these is flat for real.
const LOW = /^[acemnorsuvwxz.,:;'’-]+$/u;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export function dropCrumbs(words: readonly Word[]): Word[] {
  const h = median(words.filter((w) => /[\p{L}\p{N}]{2}/u.test(w.text)).map((w) => w.y1 - w.y0));
  if (h <= 0) return [...words];
  return words.filter(
    (w) => !(/[\p{L}\p{N}]/u.test(w.text) && !LOW.test(w.text) && w.y1 - w.y0 < FLAT * h),
  );
}
