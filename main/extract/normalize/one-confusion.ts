// Whether a word OCR returned is a known word with exactly one letter swapped for a look-alike.
// The pairs differ by what is being repaired (a legal form's capitals and punctuation, a trade
// word's running-text letters), the comparison does not.

/** Pairs of characters OCR takes for one another, either way, lower-cased: "i:t", "0:o". */
export type ConfusionPairs = ReadonlySet<string>;

/** Digits OCR takes for one another in print, either way: 0 for 6, 8 or 9; 1 for 7; 3, 6 or 9 for 8; 5 for 6. */
export const DIGIT_LOOKALIKES: ConfusionPairs = new Set([
  '0:6',
  '0:8',
  '0:9',
  '1:7',
  '3:8',
  '5:6',
  '6:8',
  '8:9',
]);

/** True when `seen` and `known` (same length, case ignored) differ in one confused pair. */
export function oneConfusionApart(seen: string, known: string, pairs: ConfusionPairs): boolean {
  if (seen.length !== known.length) return false;
  let diff = 0;
  for (let i = 0; i < seen.length; i++) {
    const a = seen[i]?.toLowerCase() ?? '';
    const b = known[i]?.toLowerCase() ?? '';
    if (a === b) continue;
    diff += 1;
    if (diff > 1 || !(pairs.has(`${a}:${b}`) || pairs.has(`${b}:${a}`))) return false;
  }
  return diff === 1;
}
