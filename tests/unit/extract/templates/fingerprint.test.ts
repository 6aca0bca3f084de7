import { describe, expect, it } from 'vitest';
import type { Word } from '../../../../main/ingest/word';
import {
  compareFingerprints,
  localAgreement,
  pageFingerprint,
  SAME_LAYOUT,
  sameLayoutAt,
  shiftNear,
  WEAK_LAYOUT,
} from '../../../../main/extract/templates/fingerprint';
import { framePage } from '../../../../main/extract/templates/page-frame';
import { turnWord } from '../../../../main/extract/layout/upright';
import { FIRST, layoutA, layoutB, SECOND } from './layouts';

const fp = (words: Word[], rotation = 0) =>
  pageFingerprint('kp_certificate', framePage({ pageNo: 1, words, rotation }));

/** OCR's usual damage: every third word with a letter misread, every seventh word lost. */
function ocrNoise(words: Word[]): Word[] {
  return words
    .filter((_, i) => i % 7 !== 3)
    .map((w, i) =>
      i % 3 === 0 && w.text.length > 4
        ? { ...w, text: w.text.replace(/[a-z]/u, (c) => (c === 'l' ? '1' : 'l')) }
        : w,
    );
}

describe('label fingerprints', () => {
  const a1 = fp(layoutA(FIRST));

  it('keep printed words and leave out numbers', () => {
    const texts = a1.tokens.map((t) => t.t);
    expect(texts).toEqual(expect.arrayContaining(['exporter', 'mass', 'goods', 'ministry']));
    expect(texts.some((t) => /\d/.test(t))).toBe(false);
    expect(a1.tokens.find((t) => t.t === 'exporter')?.w).toBe(2); // a label the engine knows
    expect(a1.tokens.find((t) => t.t === 'ministry')?.w).toBe(1);
  });

  it('match documents of one layout with other values, shifted, and read by OCR', () => {
    const same = compareFingerprints(a1, fp(layoutA(SECOND)));
    expect(same.similarity).toBeGreaterThan(0.75);
    const shifted = compareFingerprints(a1, fp(layoutA(SECOND, 0.02, -0.015)));
    expect(shifted.similarity).toBeGreaterThan(0.75);
    expect(shifted.shift.dx).toBeCloseTo(0.02, 2);
    expect(shifted.shift.dy).toBeCloseTo(-0.015, 2);
    const noisy = compareFingerprints(a1, fp(ocrNoise(layoutA(SECOND, 0.01, 0.01))));
    expect(noisy.similarity).toBeGreaterThan(SAME_LAYOUT + 0.15);
  });

  it('match a page stored upside down in its reading frame', () => {
    const turned = layoutA(SECOND).map((w) => turnWord(w, 180));
    expect(compareFingerprints(a1, fp(turned, 180)).similarity).toBeGreaterThan(0.75);
    // Without the turn the words are nowhere near their places.
    expect(compareFingerprints(a1, fp(turned, 0)).similarity).toBeLessThan(SAME_LAYOUT);
  });

  it('tell another layout of the same document type apart', () => {
    const b = fp(layoutB(SECOND));
    expect(compareFingerprints(a1, b).similarity).toBeLessThan(SAME_LAYOUT - 0.15);
    expect(compareFingerprints(b, a1).similarity).toBeLessThan(SAME_LAYOUT - 0.15);
  });

  it('follow what moved with a longer table: anchors near a point move it', () => {
    // The lower half of the page sits 0.06 lower on the second document.
    const moved = layoutA(SECOND).map((w) =>
      w.y0 > 0.5 ? { ...w, y0: w.y0 + 0.06, y1: w.y1 + 0.06 } : w,
    );
    const cmp = compareFingerprints(a1, fp(moved));
    expect(cmp.similarity).toBeGreaterThan(0.75);
    expect(shiftNear(cmp, 0.3, 0.81).dy).toBeCloseTo(0.06, 2);
    expect(shiftNear(cmp, 0.3, 0.2).dy).toBeCloseTo(0, 2);
  });
});

describe('weak layout matches', () => {
  const a1 = fp(layoutA(FIRST));
  // The carats row of layout A ("Mass of goods   1,234.56") sits at y 0.4.
  const at = { x: 0.45, y: 0.406 };
  /** A poor scan of layout A: most words lost, except (or including) those near the box. */
  const poor = (keepNearBox: boolean) =>
    fp(
      layoutA(SECOND).filter((w, i) => {
        const [x, y] = [(w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2];
        // The box's row (its label) and its surroundings.
        const near = Math.abs(y - at.y) < 0.03 || Math.hypot(x - at.x, y - at.y) < 0.15;
        return near ? keepNearBox : i % 3 === 0;
      }),
    );

  it('count when the words around the box match', () => {
    const cmp = compareFingerprints(a1, poor(true));
    expect(cmp.similarity).toBeGreaterThanOrEqual(WEAK_LAYOUT);
    expect(cmp.similarity).toBeLessThan(SAME_LAYOUT);
    expect(localAgreement(a1, cmp, at.x, at.y)).toBeGreaterThan(0.5);
    expect(sameLayoutAt(a1, cmp, at.x, at.y)).toBe(true);
  });

  it('do not count when the box has no matching words around it', () => {
    const cmp = compareFingerprints(a1, poor(false));
    expect(localAgreement(a1, cmp, at.x, at.y)).toBe(0);
    expect(sameLayoutAt(a1, cmp, at.x, at.y)).toBe(false);
    // Another layout is no match anywhere on the page.
    const b = compareFingerprints(a1, fp(layoutB(SECOND)));
    expect(sameLayoutAt(a1, b, at.x, at.y)).toBe(false);
  });
});
