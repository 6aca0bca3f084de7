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

/**
 * Levenshtein distance to a fixed target of a text read piece by piece (a run of words): each
 * letter read costs one row of the table, where taking each longer run afresh would cost a
 * whole table per run. One reader per target; `start` begins a new text.
 */
export class DistanceTo {
  private readonly row: Int32Array;
  private least = 0;

  constructor(private readonly target: string) {
    this.row = new Int32Array(target.length + 1);
  }

  start(): void {
    for (let j = 0; j < this.row.length; j++) this.row[j] = j;
    this.least = 0;
  }

  /** Adds `piece` to the end of the text read so far. */
  read(piece: string): void {
    const row = this.row;
    const target = this.target;
    for (let c = 0; c < piece.length; c++) {
      const ch = piece.charCodeAt(c);
      let diagonal = row[0] ?? 0;
      let left = diagonal + 1;
      row[0] = left;
      let least = left;
      for (let j = 1; j <= target.length; j++) {
        const up = row[j] ?? 0;
        const d = Math.min(up + 1, left + 1, diagonal + (ch === target.charCodeAt(j - 1) ? 0 : 1));
        row[j] = d;
        diagonal = up;
        left = d;
        if (d < least) least = d;
      }
      this.least = least;
    }
  }

  /** Edits between the text read so far and the target. */
  get distance(): number {
    return this.row[this.target.length] ?? 0;
  }

  /** No text that begins with the text read so far is fewer edits from the target. */
  get floor(): number {
    return this.least;
  }
}
