// Checks across a certificate's fields after assignment. Rough diamonds trade between a few
// dollars a carat (boart) and a few thousand (large gems): a value that puts the parcel at
// fractions of a cent or millions a carat is a misreading (a table rule read as "1", a
// stamp's digits), and the next best reading that makes sense takes its place.
import type { Candidate } from '../fields/engine';

const USD_PER_CT = { min: 0.5, max: 50_000 };

const plausible = (value: unknown, carats: number): boolean =>
  typeof value === 'number' && value / carats >= USD_PER_CT.min && value / carats <= USD_PER_CT.max;

export function reconcileCertificate(
  chosen: Map<string, Candidate>,
  all: readonly Candidate[],
): void {
  const carats = chosen.get('carats')?.value;
  const value = chosen.get('value_usd');
  if (typeof carats !== 'number' || carats <= 0 || !value || plausible(value.value, carats)) {
    return;
  }
  const taken = new Set([...chosen].filter(([f]) => f !== 'value_usd').flatMap(([, c]) => c.words));
  const next = all
    .filter((c) => c.field === 'value_usd' && plausible(c.value, carats))
    .filter((c) => !c.words.some((w) => taken.has(w)))
    .sort((a, b) => b.score - a.score)[0];
  // Keep the reading when nothing better exists: the price check will still flag it.
  if (next) chosen.set('value_usd', next);
}
