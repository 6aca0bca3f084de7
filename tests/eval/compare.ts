// When an extracted value counts as the truth's: numbers within 0.005, names and addresses
// ignoring case, spacing and punctuation, lists as sets, table rows by their numbers.
const TOL = 0.005;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

function sameScalar(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= TOL;
  if (typeof a === 'string' && typeof b === 'string') return fold(a) === fold(b);
  return false;
}

function sameRow(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // Descriptions are free text that wraps; a row is right when its numbers and ids are.
  return Object.keys(rb)
    .filter((k) => k !== 'description')
    .every((k) => sameScalar(ra[k], rb[k]));
}

export function sameValue(got: unknown, want: unknown): boolean {
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) return false;
    if (want.every((w) => typeof w === 'object')) return want.every((w, i) => sameRow(got[i], w));
    const g = got.map(String).sort();
    const w = want.map(String).sort();
    return g.every((x, i) => sameScalar(x, w[i]));
  }
  return sameScalar(got, want);
}
