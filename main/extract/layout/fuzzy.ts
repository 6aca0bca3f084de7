// String comparison that survives OCR: accents, case and punctuation are dropped before an
// edit distance is taken, so "Pays d'origine", "PAYS D ORIGINE" and "Pavs d'origlne" meet.
import { rememberByText } from '../memo';
import { stripAccents } from '../normalize/fold-text';

/** Lower case, no diacritics, letters and digits only. */
export const fold = rememberByText((s: string): string =>
  stripAccents(s)
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
 * Levenshtein distance to a fixed target of a text read piece by piece (a run of words), each
 * letter read costing a few word-wide bit operations (Myers, Hyyrö) instead of a row of the
 * table: the table's column for the text so far is kept as +1/−1 steps down the target, one
 * bit per target letter. Empty targets and ones longer than a bit word take the table row by
 * row.
 * One reader per target; `start` begins a new text.
 */
export class DistanceTo {
  /** By letter, the bits of the target's positions that hold it (code units below 128). */
  private readonly equal = new Int32Array(128);
  private readonly equalOther = new Map<number, number>();
  private readonly top: number;
  /** Steps down the column: +1 where a bit of `up` is set, −1 where one of `down` is. */
  private up = 0;
  private down = 0;
  private read = 0;
  private score = 0;
  /** The table row of the text so far, for targets too long for the bits. */
  private readonly row: Int32Array | null;

  constructor(private readonly target: string) {
    const bits = target.length > 0 && target.length <= 32;
    this.row = bits ? null : new Int32Array(target.length + 1);
    this.top = bits ? 1 << (target.length - 1) : 0;
    for (let j = 0; bits && j < target.length; j++) {
      const c = target.charCodeAt(j);
      if (c < 128) this.equal[c] = (this.equal[c] ?? 0) | (1 << j);
      else this.equalOther.set(c, (this.equalOther.get(c) ?? 0) | (1 << j));
    }
  }

  start(): void {
    this.up = -1;
    this.down = 0;
    this.read = 0;
    this.score = this.target.length;
    if (this.row) for (let j = 0; j < this.row.length; j++) this.row[j] = j;
  }

  /** Adds `piece` to the end of the text read so far. */
  append(piece: string): void {
    if (this.row) {
      this.appendRows(this.row, piece);
      return;
    }
    let { up, down, score } = this;
    for (let c = 0; c < piece.length; c++) {
      const code = piece.charCodeAt(c);
      const eq = code < 128 ? (this.equal[code] ?? 0) : (this.equalOther.get(code) ?? 0);
      const xv = eq | down;
      const xh = (((eq & up) + up) ^ up) | eq;
      let ph = down | ~(xh | up);
      let mh = up & xh;
      if ((ph & this.top) !== 0) score += 1;
      else if ((mh & this.top) !== 0) score -= 1;
      // The first row counts the text's letters: a step of +1 enters at the top.
      ph = (ph << 1) | 1;
      mh = mh << 1;
      up = mh | ~(xv | ph);
      down = ph & xv;
    }
    this.up = up;
    this.down = down;
    this.score = score;
    this.read += piece.length;
  }

  private appendRows(row: Int32Array, piece: string): void {
    for (let c = 0; c < piece.length; c++) {
      const ch = piece.charCodeAt(c);
      let diagonal = row[0] ?? 0;
      let left = diagonal + 1;
      row[0] = left;
      for (let j = 1; j < row.length; j++) {
        const above = row[j] ?? 0;
        const d = Math.min(
          above + 1,
          left + 1,
          diagonal + (ch === this.target.charCodeAt(j - 1) ? 0 : 1),
        );
        row[j] = d;
        diagonal = above;
        left = d;
      }
    }
    this.read += piece.length;
  }

  /** Edits between the text read so far and the target. */
  get distance(): number {
    return this.row ? (this.row[this.target.length] ?? 0) : this.score;
  }

  /** No text that begins with the text read so far is fewer edits from the target. */
  get floor(): number {
    if (this.row) return Math.min(...this.row);
    let value = this.read;
    let least = value;
    for (let j = 0; j < this.target.length; j++) {
      if ((this.up & (1 << j)) !== 0) value += 1;
      else if ((this.down & (1 << j)) !== 0) value -= 1;
      if (value < least) least = value;
    }
    return least;
  }
}
