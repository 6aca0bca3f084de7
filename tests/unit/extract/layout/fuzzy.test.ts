import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DistanceTo, levenshtein, levenshteinWithin } from '../../../../main/extract/layout/fuzzy';

/** The textbook table, for checking the fast versions against. */
function plainLevenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

const unit = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'o', '0', '1', 'é');
const letters = fc.string({ unit, maxLength: 40 });
/** Targets around the 32 letters a bit word holds, and short ones. */
const targets = fc.oneof(letters, fc.string({ unit, minLength: 30, maxLength: 34 }));

describe('edit distances', () => {
  it('levenshtein is the textbook distance', () => {
    fc.assert(
      fc.property(letters, letters, (a, b) => levenshtein(a, b) === plainLevenshtein(a, b)),
    );
  });

  it('levenshteinWithin is exact up to its bound and above it past the bound', () => {
    fc.assert(
      fc.property(letters, letters, fc.nat(12), (a, b, max) => {
        const d = plainLevenshtein(a, b);
        const got = levenshteinWithin(a, b, max);
        return d <= max ? got === d : got > max;
      }),
    );
  });

  it('DistanceTo follows a text read piece by piece, and its floor bounds every longer text', () => {
    fc.assert(
      fc.property(targets, fc.array(letters, { maxLength: 4 }), letters, (target, pieces, more) => {
        const reader = new DistanceTo(target);
        reader.start();
        let text = '';
        for (const piece of pieces) {
          reader.append(piece);
          text += piece;
          expect(reader.distance).toBe(plainLevenshtein(text, target));
          expect(reader.floor).toBeLessThanOrEqual(plainLevenshtein(text + more, target));
          const prefixes = Array.from({ length: target.length + 1 }, (_, j) =>
            plainLevenshtein(text, target.slice(0, j)),
          );
          expect(reader.floor).toBe(Math.min(...prefixes));
        }
      }),
    );
  });
});
