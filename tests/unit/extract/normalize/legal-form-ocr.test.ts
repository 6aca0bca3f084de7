import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  misreadLegalForm,
  repairLegalForm,
} from '../../../../main/extract/normalize/legal-form-ocr';

describe('repairLegalForm: a legal form one OCR confusion off', () => {
  it.each([
    ['Shreeji Rough Imports Pvt. Lid.', 'Shreeji Rough Imports Pvt. Ltd.'],
    ['Yakutia Rough Trading JS(', 'Yakutia Rough Trading JSC'],
    ['Okavango Diamond 5ARL', 'Okavango Diamond SARL'],
    ['Desert Light Diamonds FZF', 'Desert Light Diamonds FZF'],
    ['Antwerp Rough Sorting 8VBA', 'Antwerp Rough Sorting BVBA'],
    ['Kimberley Gem C0rp.', 'Kimberley Gem Corp.'],
    // A capital I and a small l are one shape in sans-serif print.
    ['Société Kasai Diamants SARI', 'Société Kasai Diamants SARL'],
  ])('%s → %s', (seen, want) => {
    expect(repairLegalForm(seen)).toBe(want);
  });

  it('leaves right forms, other words and lone words as printed', () => {
    for (const name of [
      'Negev Diamond Sorting Ltd.',
      'Sierra Gems Inv',
      'Joe Lido',
      'Lid',
      'Helvetia Rough SA',
      'Van Loon & Peeters Diamonds NV',
    ]) {
      expect(repairLegalForm(name)).toBe(name);
    }
  });

  it('repairs a two-letter form only when it is printed in capitals ("BY" for BV)', () => {
    expect(repairLegalForm('Schelde Rough Trading BY')).toBe('Schelde Rough Trading BV');
    expect(repairLegalForm('Schelde Rough Trading By')).toBe('Schelde Rough Trading By');
    expect(misreadLegalForm('BY')).toBe('BV');
    expect(misreadLegalForm('By')).toBeNull();
    expect(misreadLegalForm('OF')).toBeNull();
  });

  it('never changes anything but the last word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const out = repairLegalForm(s);
        const cut = (t: string) => t.replace(/\S+[.,]*$/u, '');
        expect(cut(out)).toBe(cut(s));
      }),
    );
  });
});
