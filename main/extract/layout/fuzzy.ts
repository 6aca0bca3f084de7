// String comparison that survives OCR: accents, case and punctuation are dropped before an
// edit distance is taken, so "Pays d'origine", "PAYS D ORIGINE" and "Pavs d'origlne" meet.
import { rememberByText } from '../memo';

/** Lower case, no diacritics, letters and digits only. */
export const fold = rememberByText((s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, ''),
);

/** One row of the distance table, reused between calls (grown when a string is longer). */
let row = new Int32Array(64);

/**
 * Levenshtein distance of `a` and `b` when it is at most `max`; otherwise some number above
 * `max` (work stops as soon as every alignment has gone over it).
 */
export function levenshteinWithin(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (row.length <= b.length) row = new Int32Array(2 * (b.length + 1));
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    let diagonal = row[0] ?? 0;
    let left = i;
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      const d = Math.min(up + 1, left + 1, diagonal + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = d;
      diagonal = up;
      left = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
  }
  return row[b.length] ?? 0;
}

export function levenshtein(a: string, b: string): number {
  return levenshteinWithin(a, b, Math.max(a.length, b.length));
}

/**
 * 1 − distance / longer length when that reaches `floor`, else 0 (the distance is only worked
 * out as far as `floor` needs).
 */
export function similarityAtLeast(a: string, b: string, floor: number): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const d = levenshteinWithin(a, b, Math.floor((1 - floor) * longer) + 1);
  const sim = 1 - d / longer;
  return sim >= floor ? sim : 0;
}

/** 1 for equal folded strings, towards 0 as edits pile up. */
export function similarity(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa.length === 0 || fb.length === 0) return 0;
  return 1 - levenshtein(fa, fb) / Math.max(fa.length, fb.length);
}
