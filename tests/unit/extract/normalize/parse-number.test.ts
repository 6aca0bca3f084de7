import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumber } from '../../../../main/extract/normalize/parse-number';
import { formatNumber, type NumberStyle } from '../../../../main/samples/format/numbers';

const value = (text: string, options = {}): number | null =>
  parseNumber(text, options)?.value ?? null;

describe('parseNumber: separator styles', () => {
  it.each([
    ['12,345.67', 12345.67],
    ['12.345,67', 12345.67],
    ['12 345,67', 12345.67],
    ['12\u00A0345,67', 12345.67],
    ['12\u202F345,67', 12345.67],
    ['12\u2009345,67', 12345.67],
    ["12'345.67", 12345.67],
    ['12\u2019345.67', 12345.67],
    ['1,520.35', 1520.35],
    ['1520,35', 1520.35],
    ['1520.35', 1520.35],
    ['0.5', 0.5],
    ['0,5', 0.5],
    ['1.234.567', 1234567],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['1 234 567,89', 1234567.89],
    ['12,34,567.89', 1234567.89],
    ['42', 42],
    ['-1,234.56', -1234.56],
    ['\u22121 234,56', -1234.56],
    // Brackets are punctuation on shipping documents, not accounting negatives.
    ['(1,234.56)', 1234.56],
    ['(5)', 5],
  ])('%s → %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });
});

describe('parseNumber: surroundings, OCR noise', () => {
  it.each([
    ['US$ 1,520.35', 1520.35, '1,520.35'],
    ['USD 12.345,67', 12345.67, '12.345,67'],
    ['€12 345,67', 12345.67, '12 345,67'],
    ['1,520.35 ct', 1520.35, '1,520.35'],
    ['1 520,35 cts', 1520.35, '1 520,35'],
    ['1520.35ct', 1520.35, '1520.35'],
    ['12,345.67 carats', 12345.67, '12,345.67'],
    ['Valeur en USD : 84 512,00', 84512, '84 512,00'],
    ['1O,5OO.OO ct', 10500, '1O,5OO.OO'],
    ['l,520.35', 1520.35, 'l,520.35'],
    ['12O.5ct', 120.5, '12O.5'],
    ['USD1O5', 105, '1O5'],
    ['INV-2024-0118', 2024, '2024'],
    ['US$ 1,003 ,643.61', 1003643.61, '1,003 ,643.61'],
    ['Value in U.S. § 641, 955.96', 641955.96, '641, 955.96'],
    ['641. 955,96 USD', 641955.96, '641. 955,96'],
    ['(USD) 876,799,18', 876799.18, '876,799,18'],
    ['876.799.1', 876799.1, '876.799.1'],
    ['Nombre de colis (5)', 5, '5'],
  ])('%s → %d', (text, expected, printed) => {
    const r = parseNumber(text);
    expect(r?.value).toBe(expected);
    expect(r?.text).toBe(printed);
    expect(text.slice(r?.index, (r?.index ?? 0) + printed.length)).toBe(printed);
  });

  it('leaves words alone and finds nothing in them', () => {
    expect(parseNumber('Oil')).toBeNull();
    expect(parseNumber('Ltd')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(value('Oil 100')).toBe(100);
  });

  it('keeps numbers apart that a space only seems to join', () => {
    expect(findNumbers('12 parcels 345').map((n) => n.value)).toEqual([12, 345]);
    expect(findNumbers('1520 350').map((n) => n.value)).toEqual([1520, 350]);
    expect(findNumbers('12, 345').map((n) => n.value)).toEqual([12, 345]);
    expect(findNumbers('parcels 3, 4, 5').map((n) => n.value)).toEqual([3, 4, 5]);
    expect(findNumbers('1,520.35, 2,000.00').map((n) => n.value)).toEqual([1520.35, 2000]);
    expect(findNumbers('14/03/2024').map((n) => n.value)).toEqual([14, 3, 2024]);
  });
});

describe('parseNumber: one mark followed by three digits (rule 4)', () => {
  it('reads it as thousands by default and says so', () => {
    expect(parseNumber('1,520')).toMatchObject({ value: 1520, ambiguous: true });
    expect(parseNumber('1.520')).toMatchObject({ value: 1520, ambiguous: true });
    expect(parseNumber('1,520.00')).toMatchObject({ value: 1520, ambiguous: false });
  });
  it('reads it as decimals when told or when grouping is impossible', () => {
    expect(value('1.520', { decimals: 3 })).toBe(1.52);
    expect(value('1,520', { decimalSeparator: ',' })).toBe(1.52);
    expect(value('1,520', { decimalSeparator: '.' })).toBe(1520);
    expect(value('0,500')).toBe(0.5);
    expect(value('1520,350')).toBe(1520.35);
  });
  it('rejects a mark used as both decimal and group separator', () => {
    expect(parseNumber('1,234.567.89')).toBeNull();
    expect(parseNumber('1.234.56', { decimalSeparator: '.' })).toBeNull();
  });
  it('reads thousands then cents behind one repeated mark as a misread decimal mark', () => {
    expect(parseNumber('876,799,18')).toMatchObject({ value: 876799.18, ambiguous: true });
    expect(parseNumber('14.03.24')).toBeNull();
    expect(parseNumber('1,5,2')).toBeNull();
  });
});

// Values in integer hundredths, as the generator builds them (money.ts).
const cents = fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }).map((c) => c / 100);
const STYLES: NumberStyle[] = ['en', 'eu', 'fr', 'plain'];

describe('parseNumber: properties', () => {
  it('reads back every style the sample generator prints (2 decimals)', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(...STYLES), (v, style) => {
        const printed = formatNumber(v, style);
        expect(value(printed, { decimals: 2 })).toBe(v);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back integers and one-decimal weights the generator prints', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(...STYLES),
        fc.constantFrom(0, 1),
        (n, style, decimals) => {
          const v = decimals === 1 ? n / 10 : n;
          expect(value(formatNumber(v, style, decimals), { decimals: 2 })).toBe(v);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads Swiss apostrophes and French narrow spaces, with currency and units around', () => {
    fc.assert(
      fc.property(
        cents,
        fc.constantFrom("'", '\u2019', '\u00A0', '\u202F', '\u2009'),
        fc.constantFrom('', 'USD ', 'US$', '€ ', 'CHF '),
        fc.constantFrom('', ' ct', ' cts', ' carats', ' USD'),
        (v, group, before, after) => {
          const printed = formatNumber(v, 'en').replace(/,/g, group);
          expect(value(`${before}${printed}${after}`)).toBe(v);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is idempotent: parse(format(parse(x))) = parse(x)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom(...STYLES), (s, style) => {
        const first = parseNumber(s);
        if (!first || Math.abs(first.value) > 1e12) return;
        const again = parseNumber(formatNumber(first.value, style, 6));
        expect(again?.value).toBeCloseTo(first.value, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and returns finite values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'binary' }), (s) => {
        for (const n of findNumbers(s)) expect(Number.isFinite(n.value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
