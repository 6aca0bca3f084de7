import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberReadings } from '../../../../main/extract/normalize/number-readings';
import { formatNumber, type NumberStyle } from '../../../../main/samples/format/numbers';

describe('numberReadings: what a damaged scan may have printed', () => {
  it.each([
    // Both separators dropped: the literal reading first, the two-decimal one next, and last
    // the decimal mark read as a digit.
    ['189357', [189357, 1893.57, 189.57]],
    // The decimal mark read as a digit: "159,17" as "159717" (a packing list's parcel).
    ['159717', [159717, 1597.17, 159.17]],
    // The thousands mark read as the decimal one, or the decimal as the thousands one.
    ['1.893.57', [1893.57]],
    ['1,893,57', [1893.57]],
    // One of two marks dropped.
    ['2.96757', [2.96757, 2967.57]],
    // Marks read as spaces.
    ['1 893.57', [1893.57]],
    ['237 870,26', [237870.26]],
    // Dust after the number.
    ['358.13;', [358.13]],
    ['USD 640,972.34', [640972.34]],
    // The decimal mark read as a colon or semicolon.
    ['82:59;', [82.59, 82]],
    ['1.234;56', [1234.56, 1234]],
  ])('%s → %j', (text, expected) => {
    expect(numberReadings(text)).toEqual(expected);
  });

  it('reads a clean number one way only', () => {
    expect(numberReadings('640,972.34')).toEqual([640972.34]);
    expect(numberReadings('12.345,67')).toEqual([12345.67]);
    expect(numberReadings('4,964')).toEqual([4964]);
    expect(numberReadings('12')).toEqual([12]);
  });

  it('answers nothing for text without digits', () => {
    expect(numberReadings('Total carats')).toEqual([]);
    expect(numberReadings('')).toEqual([]);
  });

  const cents = fc.integer({ min: 100, max: 99_999_999 }).map((n) => n / 100);
  const style = fc.constantFrom<NumberStyle>('en', 'eu', 'fr', 'plain');

  it('reads any printed two-decimal number literally first', () => {
    fc.assert(
      fc.property(cents, style, (v, s) => {
        expect(numberReadings(formatNumber(v, s))[0]).toBeCloseTo(v, 2);
      }),
    );
  });

  it('offers the value when OCR drops every separator', () => {
    fc.assert(
      fc.property(cents, style, (v, s) => {
        const damaged = formatNumber(v, s).replace(/[^\d]/g, '');
        fc.pre(!damaged.startsWith('0'));
        expect(numberReadings(damaged)).toContain(v);
      }),
    );
  });

  it('offers the value when OCR prints every mark as the same one', () => {
    fc.assert(
      fc.property(cents, style, fc.constantFrom('.', ','), (v, s, mark) => {
        const damaged = formatNumber(v, s).replace(/[^\d]/g, (c) => (c === ' ' ? c : mark));
        expect(numberReadings(damaged)).toContain(v);
      }),
    );
  });

  it('never throws and never answers a negative or non-finite value', () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        for (const v of numberReadings(t)) {
          expect(Number.isFinite(v) && v >= 0).toBe(true);
        }
      }),
    );
  });
});
