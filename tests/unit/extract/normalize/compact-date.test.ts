import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCompactDate } from '../../../../main/extract/normalize/compact-date';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

describe('parseCompactDate: airline dates through OCR', () => {
  it.each([
    ['05MAY23', '2023-05-05'],
    ['14FEB2019', '2019-02-14'],
    ['29sep21', '2021-09-29'],
    // The month's O read as a zero.
    ['120CT22', '2022-10-12'],
    // A stray digit that leaves only one real day: 19 (39 and 31 February are not).
    ['319FEB24', '2024-02-19'],
    ['31FEB23', null],
    ['BSMAY23', null],
    // Two real days from one print: no answer.
    ['065MAY23', null],
    ['MAY23', null],
  ])('%s → %s', (text, want) => {
    expect(parseCompactDate(text)).toBe(want);
  });

  it('reads a stray digit away when only one day is real', () => {
    // 3·9 → 39 (no), 3 9 → 9? Dropping each digit of "392": 92, 32, 39 — none real.
    expect(parseCompactDate('392MAY23')).toBeNull();
    // "307" → 07, 37, 30: 7 and 30 are both real.
    expect(parseCompactDate('307APR24')).toBeNull();
    // "909" → 09, 99, 90: only the 9th.
    expect(parseCompactDate('909APR24')).toBe('2024-04-09');
  });

  it('reads every real date printed the airline way, O or 0 in the month', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2069-12-31'), noInvalidDate: true }),
        fc.boolean(),
        fc.boolean(),
        (d, longYear, zero) => {
          const day = String(d.getUTCDate()).padStart(2, '0');
          const month = MONTHS[d.getUTCMonth()] ?? '';
          const year = String(d.getUTCFullYear()).slice(longYear ? 0 : 2);
          const printed = `${day}${zero ? month.replace('O', '0') : month}${year}`;
          expect(parseCompactDate(printed)).toBe(d.toISOString().slice(0, 10));
        },
      ),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        const r = parseCompactDate(t);
        expect(r === null || /^\d{4}-\d{2}-\d{2}$/u.test(r)).toBe(true);
      }),
    );
  });
});
