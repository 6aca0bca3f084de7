import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isIsoCountryCode,
  lookupCountry,
  parseCountry,
} from '../../../../main/extract/normalize/country';
import { parseOrigins } from '../../../../main/extract/normalize/parse-origins';
import { COUNTRIES, countryName, type Lang } from '../../../../main/samples/model/places';
import { originText } from '../../../../main/samples/layouts/common/print';
import type { Shipment } from '../../../../main/samples/model/types';

describe('parseCountry', () => {
  it.each([
    ['Botswana', 'BW'],
    ['BOTSWANA', 'BW'],
    ['Republic of Botswana', 'BW'],
    ['DR Congo', 'CD'],
    ['RDC', 'CD'],
    ['DRC', 'CD'],
    ['République démocratique du Congo', 'CD'],
    ['REPUBLIQUE DEMOCRATIQUE DU CONGO', 'CD'],
    ['RD Congo', 'CD'],
    ['Congo', 'CD'],
    ['Republic of the Congo', 'CG'],
    ["Côte d'Ivoire", 'CI'],
    ['Cote d’Ivoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['Costa do Marfim', 'CI'],
    ['UAE', 'AE'],
    ['Émirats arabes unis', 'AE'],
    ['Emirados Árabes Unidos', 'AE'],
    ['USA', 'US'],
    ['United States of America', 'US'],
    ['États-Unis', 'US'],
    ['Russian Federation', 'RU'],
    ['Fédération de Russie', 'RU'],
    ['Hong Kong, China', 'HK'],
    ['Hong Kong SAR', 'HK'],
    ['Afrique du Sud', 'ZA'],
    ['África do Sul', 'ZA'],
    ['Namibie', 'NA'],
    ['Belgique', 'BE'],
    ['Suíça', 'CH'],
    ['CAR', 'CF'],
    ['République centrafricaine', 'CF'],
    ['BW', 'BW'],
    ['BWA', 'BW'],
    ['COD', 'CD'],
    ['Country of origin: Namibia', 'NA'],
    ["Pays d'origine : Angola", 'AO'],
    ['Botswna', 'BW'],
    ['Sierra Leonne', 'SL'],
  ])('%s → %s', (text, code) => {
    expect(parseCountry(text)).toBe(code);
  });

  it('reads a name of two words OCR glued together before the country it belongs to', () => {
    expect(parseCountry('HongKong, (China')).toBe('HK');
    expect(parseCountry('Kowloon, HongKong, China')).toBe('HK');
    expect(parseCountry('Pretoria, SouthAfrica')).toBe('ZA');
    expect(parseCountry('Beijing, China')).toBe('CN');
  });

  it('takes codes only in capitals and ignores what is no country', () => {
    for (const t of [
      'bw',
      'in',
      'be',
      'no',
      'car',
      'XX',
      'ZZ',
      'Kimberley',
      'Rough diamonds',
      '',
    ]) {
      expect(parseCountry(t), t).toBeNull();
    }
  });

  it('reads every name the sample generator prints, in all three languages', () => {
    for (const code of Object.keys(COUNTRIES)) {
      for (const lang of ['en', 'fr', 'pt'] as const) {
        expect(parseCountry(countryName(code, lang)), `${code} ${lang}`).toBe(code);
      }
    }
  });

  it("reads back every country's official English, French and Portuguese name", () => {
    const require = createRequire(import.meta.url);
    const wrong: string[] = [];
    for (const lang of ['en', 'fr', 'pt']) {
      const file = require(`i18n-iso-countries/langs/${lang}.json`) as {
        countries: Record<string, string | string[]>;
      };
      for (const [code, names] of Object.entries(file.countries)) {
        // pt.json swaps the two Congos; the parser corrects that on purpose.
        if (lang === 'pt' && (code === 'CD' || code === 'CG')) continue;
        const name = typeof names === 'string' ? names : (names[0] ?? '');
        // The data gives a few names to two codes (pt "São Martinho": MF and SX).
        const owners = Object.values(file.countries).filter((n) => n === name || n[0] === name);
        if (owners.length > 1) continue;
        const got = parseCountry(name);
        if (got !== code) wrong.push(`${lang} ${name}: ${String(got)} ≠ ${code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('judges codes', () => {
    expect(isIsoCountryCode('BW')).toBe(true);
    expect(isIsoCountryCode('ZZ')).toBe(false);
    expect(isIsoCountryCode('bw')).toBe(false);
    expect(lookupCountry('Botswna')).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (s) => {
        const c = parseCountry(s);
        if (c !== null) expect(isIsoCountryCode(c)).toBe(true);
        for (const o of parseOrigins(s)) expect(o === 'MIXED' || isIsoCountryCode(o)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseOrigins', () => {
  it.each([
    ['Botswana', ['BW']],
    ['Botswana, Namibia', ['BW', 'NA']],
    ['Botswana / South Africa', ['BW', 'ZA']],
    ['Angola e Namíbia', ['AO', 'NA']],
    ['Namibie et Afrique du Sud', ['NA', 'ZA']],
    ['Hong Kong, China', ['HK']],
    ['Congo, The Democratic Republic of the', ['CD']],
    ['Trinidad and Tobago, Botswana', ['TT', 'BW']],
    ['Botswana; Botswana', ['BW']],
    ['Mixed', ['MIXED']],
    ['MIXED ORIGIN', ['MIXED']],
    ['Mixte (origines multiples)', ['MIXED']],
    ['Misto (várias origens)', ['MIXED']],
    ['* * * * *', ['MIXED']],
    ['*****', ['MIXED']],
    ['Mixed (Botswana, Namibia)', ['BW', 'NA']],
    // OCR's comma read as a full stop; abbreviations with full stops still join up.
    ['Botswana. Canada, South Africa', ['BW', 'CA', 'ZA']],
    ['Sierra Leone. Guinea', ['SL', 'GN']],
    ['Dem. Rep. Congo', ['CD']],
    ['Congo, Dem. Rep.', ['CD']],
    ['U.S.A.', ['US']],
    ['', []],
    ['n/a', []],
  ])('%s → %j', (text, codes) => {
    expect(parseOrigins(text)).toEqual(codes);
  });

  it('reads back what the sample certificates print for any origin list', () => {
    const codes = Object.keys(COUNTRIES);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<Lang>('en', 'fr', 'pt'),
        (origin, lang) => {
          const s = { mixedWording: 'list' } as Shipment;
          expect(parseOrigins(originText(origin, s, lang))).toEqual(origin);
        },
      ),
      { numRuns: 150 },
    );
    for (const lang of ['en', 'fr', 'pt'] as const) {
      for (const wording of ['mixed', 'asterisks'] as const) {
        const s = { mixedWording: wording } as Shipment;
        expect(parseOrigins(originText(['MIXED'], s, lang))).toEqual(['MIXED']);
      }
    }
  });
});
