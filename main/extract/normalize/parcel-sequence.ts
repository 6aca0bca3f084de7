// Parcel ids on a packing list count up: "001-01", "001-02", "001-03"… OCR misreads a digit of
// one ("001-63", "GO5 04") and the list then names a parcel no other document knows. Where the
// ids beside one (both neighbours, or the two next to an end) fix what it must be, and the
// reading differs from that only by look-alike characters (two at most, O for 0 not counted),
// the id is put right; anything else is left as read.
import { fixOcrDigits } from './ocr-digits';
import { oneConfusionApart } from './one-confusion';

interface Numbered {
  prefix: string;
  n: number;
  width: number;
}

const NUMBERED = /^(.*?)(\d+)$/u;

// Characters OCR takes for one another in an id (either way), lower-cased; separators too.
const LOOK_ALIKE = new Set([
  '0:6',
  '0:8',
  '0:9',
  '0:o',
  '0:g',
  '0:d',
  '0:q',
  '1:7',
  '1:l',
  '1:i',
  '3:8',
  '5:6',
  '5:s',
  '6:8',
  '6:g',
  '8:b',
  '2:z',
  '-: ',
  '-:.',
  '-:_',
]);

/**
 * `seen` is `known` with at most two characters misread as look-alikes ("001-63" for 001-03,
 * "GO5 04" for 005-04); a different number ("001-07" for 001-03) is not a misreading.
 */
function misreadOf(seen: string, known: string): boolean {
  // O for 0 is OCR's commonest slip in ids and is not counted.
  const a = Array.from(seen.toLowerCase().replace(/o/gu, '0'));
  const b = Array.from(known.toLowerCase());
  if (a.length !== b.length) return false;
  if (a.filter((c, i) => c !== b[i]).length > 2) return false;
  return a.every((c, i) => c === b[i] || oneConfusionApart(c, b[i] ?? '', LOOK_ALIKE));
}

/**
 * `seen` cannot be the id as printed and the sequence's id is what was: its number has
 * another count of digits than the sequence keeps ("005-901", "003-6950" for 005-01, 003-04),
 * or it is the sequence's id cut short at a separator ("008" for 008-03).
 */
function damagedOf(seen: string, known: string): boolean {
  const own = numbered(seen);
  const want = numbered(known);
  if (!want) return false;
  const cut = known.length > seen.length && known.startsWith(seen);
  if (cut && /^[^\p{L}\p{N}]$/u.test(known.charAt(seen.length))) return true;
  return own !== null && own.prefix === want.prefix && own.width !== want.width;
}

function numbered(id: string): Numbered | null {
  const m = NUMBERED.exec(fixOcrDigits(id.trim()));
  const [, prefix = '', digits = ''] = m ?? [];
  return m ? { prefix, n: Number(digits), width: digits.length } : null;
}

const format = (p: Numbered, n: number): string => `${p.prefix}${String(n).padStart(p.width, '0')}`;

/** Two readings that agree on prefix and width, the second one `step` further on. */
function follows(a: Numbered | null, b: Numbered | null, step: number): a is Numbered {
  return (
    a !== null && b !== null && a.prefix === b.prefix && a.width === b.width && b.n - a.n === step
  );
}

/**
 * What the id at `i` must be: between neighbours two apart; or next to two ids one apart at
 * either end of the list, or after them where the id below does not follow this one (it is
 * damaged too: "008-02", "008", "008").
 */
function expectedAt(read: readonly (Numbered | null)[], i: number): string | null {
  const at = (k: number) => read[k] ?? null;
  const before = at(i - 1);
  const after = at(i + 1);
  if (follows(before, after, 2)) return format(before, before.n + 1);
  const twoBefore = at(i - 2);
  const last = i === read.length - 1 || !follows(at(i), after, 1);
  if (last && follows(twoBefore, before, 1)) return format(twoBefore, twoBefore.n + 2);
  if (i === 0 && follows(after, at(i + 2), 1)) return format(after, after.n - 1);
  return null;
}

/** The ids with a misread one put right where its neighbours say what it must be. */
export function repairParcelSequence(ids: readonly string[]): string[] {
  // Read top down: an id put right counts as a neighbour for the ones under it.
  const read = ids.map(numbered);
  return ids.map((id, i) => {
    const own = read[i] ?? null;
    const expected = expectedAt(read, i);
    if (!expected) return id;
    const seen = id.trim();
    const right =
      (own && format(own, own.n) === expected) ||
      misreadOf(seen, expected) ||
      damagedOf(seen, expected);
    if (right) read[i] = numbered(expected);
    return right ? expected : id;
  });
}
