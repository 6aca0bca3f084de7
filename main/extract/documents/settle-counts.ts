// A count read in two places that disagree ("Number of parcels  3" and "in 5 sealed parcels"):
// one digit misread gives a wholly different number, so OCR's own doubt about the digit is the
// best evidence there is. A chosen count whose digits OCR doubted gives way to another reading
// of the field whose digits it was sure of.
import type { Candidate, DocSpec } from '../fields/engine';

/** Below this, OCR doubted the digit; at or above SURE it had no doubt. */
const DOUBTED = 0.6;
const SURE = 0.9;

const weakest = (c: Candidate): number => Math.min(...c.words.map((w) => w.confidence));

export function settleCounts(
  spec: DocSpec,
  chosen: Map<string, Candidate>,
  all: readonly Candidate[],
): void {
  for (const [field, fs] of Object.entries(spec.fields)) {
    if (fs.kind !== 'count') continue;
    const c = chosen.get(field);
    if (!c || c.words.length === 0 || weakest(c) >= DOUBTED) continue;
    const sure = all
      .filter((o) => o.field === field && o.value !== c.value && o.words.length > 0)
      .filter((o) => weakest(o) >= SURE)
      .sort((a, b) => b.score - a.score)[0];
    if (sure) chosen.set(field, sure);
  }
}
