import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizePartyName,
  partyNameSimilarity,
  splitLegalForm,
} from '../../../../main/extract/normalize/party-name';

describe('splitLegalForm / normalizePartyName', () => {
  it.each([
    ['Kalahari Rough Trading (Pty) Ltd', 'kalahari rough trading', 'pty ltd'],
    ['KALAHARI ROUGH TRADING PTY. LTD.', 'kalahari rough trading', 'pty ltd'],
    ['Al Safa Rough Diamonds DMCC', 'al safa rough diamonds', 'dmcc'],
    ['Desert Light Diamonds FZE', 'desert light diamonds', 'fze'],
    ['Schelde Rough Trading BV', 'schelde rough trading', 'bv'],
    ['Van Loon & Peeters Diamonds N.V.', 'van loon and peeters diamonds', 'nv'],
    ['Société Kasaï Diamants SARL', 'societe kasai diamants', 'sarl'],
    ['Lunda Norte Diamantes, S.A.', 'lunda norte diamantes', 'sa'],
    ['Cuango Comercial de Diamantes, Lda.', 'cuango comercial de diamantes', 'lda'],
    ['Shreeji Rough Imports Pvt. Ltd.', 'shreeji rough imports', 'pvt ltd'],
    ['Pearl Delta Diamond Co., Limited', 'pearl delta diamond', 'co limited'],
    ['Hudson Rough Diamond Corp.', 'hudson rough diamond', 'corp'],
    ['Liberty Gem Importers LLC', 'liberty gem importers', 'llc'],
    ['Northern Lights Rough Inc.', 'northern lights rough', 'inc'],
    ['Antwerp Diamant GmbH', 'antwerp diamant', 'gmbh'],
    ['PJSC ALROSA', 'alrosa', 'pjsc'],
    ['Lion City Rough Pte. Ltd.', 'lion city rough', 'pte ltd'],
    ['Okavango Diamond Company', 'okavango diamond', 'company'],
    ['Ltd', 'ltd', null],
  ])('%s → %s [%s]', (text, name, legalForm) => {
    expect(splitLegalForm(text)).toEqual({ name, legalForm });
    expect(normalizePartyName(text)).toBe(name);
  });
});

describe('partyNameSimilarity', () => {
  it('is 1 for the same party however it is written', () => {
    expect(partyNameSimilarity('Kalahari Rough Trading (Pty) Ltd', 'KALAHARI ROUGH TRADING')).toBe(
      1,
    );
    expect(partyNameSimilarity('Société Kasaï Diamants SARL', 'SOCIETE KASAI DIAMANTS')).toBe(1);
    expect(partyNameSimilarity('PJSC ALROSA', 'Alrosa')).toBe(1);
  });

  it('stays high through OCR errors', () => {
    const same: [string, string][] = [
      ['Kalahari Rough Trading (Pty) Ltd', 'Kalahari Rougli Tradinq (Pty) Ltd'],
      ['Skeleton Coast Diamonds (Pty) Ltd', 'Ske1eton Coast Diamonds (Pty) Ltd'],
      ['Gulf Star Gems Trading DMCC', 'Gulf Star Gerns Trading DMCC'],
      ['Van Loon & Peeters Diamonds NV', 'VanLoon & Peeters Diamonds'],
    ];
    for (const [a, b] of same)
      expect(partyNameSimilarity(a, b), `${a} ~ ${b}`).toBeGreaterThan(0.9);
  });

  it('stays low for different firms that share trade words', () => {
    const different: [string, string][] = [
      ['Kalahari Rough Trading (Pty) Ltd', 'Tswana Gem Exports (Pty) Ltd'],
      ['Al Safa Rough Diamonds DMCC', 'Gulf Star Gems Trading DMCC'],
      ['Al Safa Rough Diamonds DMCC', 'Desert Light Diamonds FZE'],
      ['Schelde Rough Trading BV', 'Antwerp Rough Sorting BVBA'],
      ['Ramat Gan Rough Stones Ltd.', 'Negev Diamond Sorting Ltd.'],
      ['Société Kasaï Diamants SARL', 'Comptoir Sangha Diamants SARL'],
      ['Hudson Rough Diamond Corp.', 'Liberty Gem Importers LLC'],
      ['Pearl Delta Diamond Co., Limited', 'Victoria Harbour Gems Ltd'],
    ];
    for (const [a, b] of different) {
      expect(partyNameSimilarity(a, b), `${a} ≁ ${b}`).toBeLessThan(0.75);
    }
  });

  it('is 0 when a name is empty', () => {
    expect(partyNameSimilarity('', 'Alrosa')).toBe(0);
    expect(partyNameSimilarity('...', '')).toBe(0);
  });

  it('is symmetric, in 0..1, and 1 on itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const s = partyNameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(partyNameSimilarity(b, a)).toBeCloseTo(s, 10);
        if (normalizePartyName(a) !== '') expect(partyNameSimilarity(a, a)).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores case, accents, punctuation and the legal form', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Kalahari Rough Trading', 'Société Kasaï Diamants', 'Van Loon & Peeters'),
        fc.constantFrom('', ' Ltd', ' (Pty) Ltd', ' S.A.R.L.', ' DMCC', ' Inc.'),
        fc.boolean(),
        (name, form, upper) => {
          const printed = `${name}${form}`;
          expect(partyNameSimilarity(name, upper ? printed.toUpperCase() : printed)).toBe(1);
        },
      ),
      { numRuns: 50 },
    );
  });
});
