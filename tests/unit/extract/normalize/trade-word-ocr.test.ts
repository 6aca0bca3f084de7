import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairTradeWords } from '../../../../main/extract/normalize/trade-word-ocr';

describe('repairTradeWords: trade words of company names as OCR misspells them', () => {
  it.each([
    ['Al Safa Rough Diamends DMCC', 'Al Safa Rough Diamonds DMCC'],
    ['Ramat Gan Raugh Stones Ltd.', 'Ramat Gan Rough Stones Ltd.'],
    ['KALAHARI ROUGH TRADIHG', 'KALAHARI ROUGH TRADIHG'],
    ['KALAHARI ROUGH TRADLNG', 'KALAHARI ROUGH TRADING'],
    ['Gulf Star Gcms Trading', 'Gulf Star Gems Trading'],
    ['Lunda Norte Dramantes, SA', 'Lunda Norte Diamantes, SA'],
    ['Hudson Rough Dramond Corp.', 'Hudson Rough Diamond Corp.'],
  ])('%s → %s', (seen, want) => {
    expect(repairTradeWords(seen)).toBe(want);
  });

  it('leaves names whose words are right, or off by more than an OCR confusion', () => {
    for (const n of [
      'Rouge Diamonds SA',
      'Van Loon & Peeters Diamonds NV',
      'Mobilong Négoce de Diamants SARL',
      'Cuango Comercial de Diamantes, Lda.',
      'Stonex Trading',
    ]) {
      expect(repairTradeWords(n)).toBe(n);
    }
  });

  it('changes at most one letter of any word, and never the word count', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const out = repairTradeWords(s);
        expect(out.length).toBe(s.length);
        const a = s.split(/\s+/u);
        const b = out.split(/\s+/u);
        expect(b.length).toBe(a.length);
      }),
    );
  });
});
