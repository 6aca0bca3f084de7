import { describe, expect, it } from 'vitest';
import type { OcrPage } from '../../../main/ingest/ocr/ocr-pool';
import { readsUpright } from '../../../main/ingest/ocr/read-page-image';

/** A reading of `n` words of which `confident` were read with confidence 0.92, the rest 0.3. */
function reading(n: number, confident: number): OcrPage {
  const words = Array.from({ length: n }, (_, i) => ({
    text: `w${i}`,
    x0: 0,
    y0: 0,
    x1: 1,
    y1: 1,
    confidence: i < confident ? 0.92 : 0.3,
  }));
  return { words, confidence: words.reduce((s, w) => s + w.confidence, 0) / Math.max(1, n) };
}

describe('readsUpright', () => {
  it('takes a poor page with a third of its words read confidently as upright', () => {
    expect(readsUpright(reading(287, 95))).toBe(true);
  });

  it('does not for the confident crumbs of text read upside down', () => {
    expect(readsUpright(reading(651, 72))).toBe(false);
    expect(readsUpright(reading(230, 5))).toBe(false);
  });

  it('does not judge from a handful of words', () => {
    expect(readsUpright(reading(12, 12))).toBe(false);
  });
});
