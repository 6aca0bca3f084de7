import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awbCheckDigitValid, parseAwbNumber } from '../../../../main/extract/normalize/awb-number';
import { awbCheckDigit, isValidAwb } from '../../../../main/samples/model/awb';

describe('parseAwbNumber', () => {
  it.each([
    ['176-12345675', '17612345675'],
    ['176 1234 5675', '17612345675'],
    ['176-1234 5675', '17612345675'],
    ['17612345675', '17612345675'],
    ['AWB No: 176-1234 5675', '17612345675'],
    ['I76-12345675', '17612345675'],
  ])('%s → %s', (text, awb) => {
    expect(parseAwbNumber(text)).toBe(awb);
  });

  it('wants exactly eleven digits', () => {
    for (const t of ['176-1234567', '176-123456755', '14/03/2024', '', 'AWB']) {
      expect(parseAwbNumber(t), t).toBeNull();
    }
  });

  it('checks the digit: serial mod 7', () => {
    expect(awbCheckDigitValid('17612345675')).toBe(true);
    expect(awbCheckDigitValid('17612345676')).toBe(false);
    expect(awbCheckDigitValid('176-1234 5675')).toBe(true);
    expect(awbCheckDigitValid('1761234567')).toBe(false);
  });

  it('agrees with the sample generator on every number, printed either way', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{3}$/),
        fc.integer({ min: 1_000_000, max: 9_999_999 }),
        fc.integer({ min: 0, max: 9 }),
        (prefix, serial, check) => {
          const awb = `${prefix}${String(serial)}${String(check)}`;
          expect(awbCheckDigitValid(awb)).toBe(isValidAwb(awb));
          expect(awbCheckDigitValid(awb)).toBe(check === awbCheckDigit(String(serial)));
          // The AWB layout prints 176-1234 5675; the packing list 176-12345675.
          const printed = [
            `${awb.slice(0, 3)}-${awb.slice(3, 7)} ${awb.slice(7)}`,
            `${awb.slice(0, 3)}-${awb.slice(3)}`,
          ];
          for (const p of printed) expect(parseAwbNumber(p)).toBe(awb);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a valid number becomes invalid when the check digit changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.integer({ min: 1, max: 6 }),
        (serial, shift) => {
          const s = String(serial).padStart(7, '0');
          const good = `176${s}${String(serial % 7)}`;
          const bad = `176${s}${String(((serial % 7) + shift) % 7)}`;
          expect(awbCheckDigitValid(good)).toBe(true);
          expect(awbCheckDigitValid(bad)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
