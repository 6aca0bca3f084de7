import { describe, expect, it } from 'vitest';
import {
  readAwbNumber,
  readCertificateNumbers,
  readCurrency,
  readDate,
  readNumber,
  readOrigins,
} from '../../../main/extract/fields/parsers';
import { interpret } from '../../../main/extract/fields/kinds';
import { similarity } from '../../../main/extract/layout/fuzzy';

describe('extraction readings', () => {
  it.each([
    ['1.722.784,33', 1722784.33],
    ['7 701,66', 7701.66],
    ['US$ 96,078.18', 96078.18],
    ['484248.55', 484248.55],
    ['2,826.32', 2826.32],
  ])('number %s', (t, v) => {
    expect(readNumber(t)?.value).toBeCloseTo(v, 5);
  });

  it.each([
    ['17/09/2022', '2022-09-17'],
    ['6 septembre 2019', '2019-09-06'],
    ['17 de setembro de 2022', '2022-09-17'],
    ['ET76/25MAY19', '2019-05-25'],
    ['June 26, 2023', '2023-06-26'],
    ['17.08.2023', '2023-08-17'],
  ])('date %s', (t, v) => {
    expect(readDate(t)).toBe(v);
  });

  it('reads certificate numbers with a real ISO prefix, also when OCR made AO into A0', () => {
    expect(readCertificateNumbers('KP CERTIFICATE NO. ZA 2551111')).toEqual(['ZA 2551111']);
    expect(readCertificateNumbers('A0051088')).toEqual(['AO 051088']);
    expect(readCertificateNumbers('Suite 1210')).toEqual([]);
  });

  it('reads "No." before a bare number as the number sign, not as Norway', () => {
    expect(readCertificateNumbers('KP CERTIFICATE NO.746087')).toEqual([]);
    expect(readCertificateNumbers('Certificate No 746087')).toEqual([]);
    expect(readCertificateNumbers('NO 746087')).toEqual(['NO 746087']);
    expect(interpret('certificates', 'NO.746087')?.value).toEqual(['746087']);
    expect(interpret('certificate', 'No. 746087')?.value).toBe('746087');
  });

  it('reads origins, currencies and AWB numbers', () => {
    expect(readOrigins('Afrique du Sud')).toEqual(['ZA']);
    expect(readOrigins('Angola, Canada, South Africa')).toEqual(['AO', 'CA', 'ZA']);
    expect(readOrigins('* * * * *')).toEqual(['MIXED']);
    expect(readCurrency('Amount USD')).toBe('USD');
    expect(readCurrency('Copies 1, 2 and 3 of this Air Waybill')).toBeNull();
    expect(readAwbNumber('071-6571 2835')).toBe('07165712835');
  });

  it('compares labels through OCR errors and accents', () => {
    expect(similarity("Pavs d'origlne", "Pays d'origine")).toBeGreaterThan(0.8);
    expect(similarity('Data de emissao', 'Data de emissão')).toBe(1);
  });
});
