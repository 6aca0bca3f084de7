import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../../main/extract/normalize/parse-date';
import { formatDate, type DateStyle } from '../../../../main/samples/format/dates';

describe('parseDate: the forms of domain.md and the documents', () => {
  it.each([
    ['14/03/2024', '2024-03-14'],
    ['14.03.2024', '2024-03-14'],
    ['14-03-2024', '2024-03-14'],
    ['2024-03-14', '2024-03-14'],
    ['2024/03/14', '2024-03-14'],
    ['14 mars 2024', '2024-03-14'],
    ['14 March 2024', '2024-03-14'],
    ['14 march 2024', '2024-03-14'],
    ['March 14, 2024', '2024-03-14'],
    ['Mar. 3rd, 2021', '2021-03-03'],
    ['17-Nov-2022', '2022-11-17'],
    ['17-NOV-2022', '2022-11-17'],
    ['14MAR24', '2024-03-14'],
    ['14 de março de 2024', '2024-03-14'],
    ['14 de marco de 2024', '2024-03-14'],
    ['1er avril 2024', '2024-04-01'],
    ['le 1er août 2023', '2023-08-01'],
    ['1 aout 2023', '2023-08-01'],
    ['3 févr. 2022', '2022-02-03'],
    ['5 dez 2023', '2023-12-05'],
    ['10 out 2024', '2024-10-10'],
    ['Issued on Thursday, 14th of March 2024', '2024-03-14'],
    ['Date of issue: 29/02/2024', '2024-02-29'],
    ['Date: 14/O3/2024', '2024-03-14'],
    ['Fri Mar 15 2024', '2024-03-15'],
    // Real invoices from traders elsewhere (German, Dutch, Spanish months; odd spacing).
    ['Invoice Date: August 3 , 2014', '2014-08-03'],
    ['Rechnungsdatum 7. Mai 2014', '2014-05-07'],
    ['3. März 2024', '2024-03-03'],
    ['Factuurdatum: 19 april 2014', '2014-04-19'],
    ['12 maart 2024', '2024-03-12'],
    ['5 de enero de 2024', '2024-01-05'],
    ['billing period July 1 - July 31 , 2014', '2014-07-31'],
    ['September 13. 2022', '2022-09-13'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('is day-first, month-first only when that is the only reading or asked for', () => {
    expect(parseDate('05/04/2024')).toBe('2024-04-05');
    expect(parseDate('03/14/2024')).toBe('2024-03-14');
    expect(parseDate('05/04/2024', { locale: 'en-US' })).toBe('2024-05-04');
    expect(parseDate('14/03/2024', { locale: 'en-US' })).toBe('2024-03-14');
  });

  it('puts two-digit years in a fixed window', () => {
    expect(parseDate('05/04/24')).toBe('2024-04-05');
    expect(parseDate('05/04/69')).toBe('2069-04-05');
    expect(parseDate('05/04/70')).toBe('1970-04-05');
    expect(parseDate('1 Jan 03')).toBe('2003-01-01');
  });

  it('does not take the first two digits of a year OCR damaged for a two-digit year', () => {
    expect(parseDate('November 18, 20Zqe of')).toBeNull();
    expect(parseDate('18 Nov 20Zq')).toBeNull();
    expect(parseDate('14/03/20ab')).toBeNull();
    expect(parseDate('November 18, 20')).toBe('2020-11-18');
  });

  it('rejects impossible and incomplete dates, and never resolves relative ones', () => {
    for (const t of [
      '31/02/2024',
      '29/02/2023',
      '2024-13-01',
      '32 March 2024',
      '13/13/2024',
      '15 Jan',
      'March 2024',
      '2024',
      'today',
      "aujourd'hui",
      'hoje',
      'next friday',
      '3 days ago',
      'in 2 years',
      '',
    ]) {
      expect(parseDate(t), t).toBeNull();
    }
  });
});

const isoDate = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2069-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const STYLES: DateStyle[] = [
  'iso',
  'dmy-slash',
  'dmy-dot',
  'en-long',
  'us-long',
  'fr-long',
  'pt-long',
  'awb',
  'd-mon-y',
];

describe('parseDate: properties', () => {
  it('reads back every style the sample generator prints', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...STYLES), (iso, style) => {
        expect(parseDate(formatDate(iso, style))).toBe(iso);
      }),
      { numRuns: 400 },
    );
  });

  it('reads the printed date inside a labelled line, in any case', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.constantFrom(...STYLES),
        fc.constantFrom('Date of issue: ', "Date d'émission : ", 'Data de emissão ', ''),
        fc.boolean(),
        (iso, style, label, upper) => {
          const printed = `${label}${formatDate(iso, style)}`;
          expect(parseDate(upper ? printed.toUpperCase() : printed)).toBe(iso);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is idempotent: parse(format(parse(x))) = parse(x)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), fc.constantFrom(...STYLES), (s, style) => {
        const first = parseDate(s);
        if (first === null) return;
        expect(parseDate(formatDate(first, style))).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and answers a real date or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (s) => {
        const d = parseDate(s);
        if (d !== null) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
      }),
      { numRuns: 300 },
    );
  });
});
