import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  editDistance,
  editDistanceWithin,
} from '../../../../main/extract/normalize/string-distance';

/** The textbook optimal-string-alignment table, for checking the bounded version against. */
function plainOsa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, at(i - 2, j - 2) + 1);
      }
      const row = d[i];
      if (row) row[j] = v;
    }
  }
  return at(a.length, b.length);
}

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'o', 'r'), maxLength: 14 });

describe('edit distance with swaps', () => {
  it('is the textbook distance', () => {
    fc.assert(fc.property(text, text, (a, b) => editDistance(a, b) === plainOsa(a, b)));
  });

  it('bounded: exact up to the bound, above it past the bound', () => {
    fc.assert(
      fc.property(text, text, fc.nat(6), (a, b, max) => {
        const d = plainOsa(a, b);
        const got = editDistanceWithin(a, b, max);
        return d <= max ? got === d : got > max;
      }),
    );
  });
});
