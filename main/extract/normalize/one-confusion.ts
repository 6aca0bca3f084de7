// Whether a word OCR returned is a known word with exactly one letter swapped for a look-alike.
// The pairs differ by what is being repaired (a legal form's capitals and punctuation, a trade
// word's running-text letters), the comparison does not.

/** Pairs of characters OCR takes for one another, either way, lower-cased: "i:t", "0:o". */
export type ConfusionPairs = ReadonlySet<string>;

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
