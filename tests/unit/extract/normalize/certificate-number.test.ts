import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certificatePrefix,
  parseCertificateNumber,
  parseCertificateNumbers,
} from '../../../../main/extract/normalize/certificate-number';
import { certNumberText } from '../../../../main/samples/layouts/common/print';
import { COUNTRIES } from '../../../../main/samples/model/places';

describe('parseCertificateNumber', () => {
  it.each([
    ['BW0123456', 'BW 0123456'],
    ['BW 0123456', 'BW 0123456'],
    ['bw-0123456', 'BW 0123456'],
    ['BW 012 3456', 'BW 0123456'],
    ['No. BW/0123456', 'BW 0123456'],
    ['KP Certificate No. BW0123456', 'BW 0123456'],
    ['US12345', 'US 12345'],
    ['US 12345', 'US 12345'],
    ['Certificate number: AE 123456', 'AE 123456'],
    ['BW 0123456 14/03/2024', 'BW 0123456'],
    ['US 12345 2024', 'US 12345'],
    ['BW O123456', 'BW 0123456'],
    ['BW 0I23456', 'BW 0123456'],
    ['bw 0l23456', 'BW 0123456'],
    ['BW 01S3456', 'BW 0153456'],
    ['BW 0123B56', 'BW 0123856'],
  ])('%s → %s', (text, expected) => {
    expect(parseCertificateNumber(text)).toBe(expected);
  });

  it('rejects prefixes that are no country, short numbers and letter soup', () => {
    for (const t of ['KX 12345', 'ZZ 12345', 'BW 12', 'BW OISB', 'NOTE', 'BW 0123456789012', '']) {
      expect(parseCertificateNumber(t), t).toBeNull();
    }
  });

  it('reads forged or bare numbers when asked to', () => {
    const lenient = { anyPrefix: true, allowNoPrefix: true };
    expect(parseCertificateNumber('ZZ 12345', lenient)).toBe('ZZ 12345');
    expect(parseCertificateNumber('0123456', lenient)).toBe('0123456');
    expect(parseCertificateNumber('0123456')).toBeNull();
    expect(certificatePrefix('ZZ 12345')).toBe('ZZ');
    expect(certificatePrefix('BW 0123456')).toBe('BW');
    expect(certificatePrefix('0123456')).toBeNull();
  });

  it('takes "No." and "No" for the number sign, not for Norway', () => {
    const lenient = { anyPrefix: true, allowNoPrefix: true };
    expect(parseCertificateNumber('KP CERTIFICATE NO.746087', lenient)).toBe('746087');
    expect(parseCertificateNumber('KP certificate No 746087', lenient)).toBe('746087');
    expect(parseCertificateNumber('KP CERTIFICATE NO.746087')).toBeNull();
    expect(parseCertificateNumber('KP CERTIFICATE NO. NO 746087')).toBe('NO 746087');
    // Printed in capitals without a stop, a prefix may be Norway's.
    expect(parseCertificateNumber('NO 746087')).toBe('NO 746087');
    // A decimal figure is still no bare number.
    expect(parseCertificateNumber('total 1.2345', lenient)).toBeNull();
  });

  it('lists every number an invoice quotes', () => {
    expect(parseCertificateNumbers('BW-0123456, BW-0123457; bw 0123456')).toEqual([
      'BW 0123456',
      'BW 0123457',
    ]);
  });

  it('reads back every way the sample certificates print a number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(COUNTRIES)),
        fc.stringMatching(/^\d{5,7}$/),
        fc.constantFrom('space', 'tight', 'dash'),
        fc.boolean(),
        (prefix, digits, style, lower) => {
          const n = `${prefix} ${digits}`;
          const printed = certNumberText(n, style);
          expect(parseCertificateNumber(lower ? printed.toLowerCase() : printed)).toBe(n);
          expect(parseCertificateNumber(`No. ${printed} dated 14/03/2024`)).toBe(n);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('repairs one OCR confusion in the digits', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{6,7}$/),
        fc.nat(),
        fc.constantFrom(['0', 'O'], ['1', 'I'], ['1', 'l'], ['5', 'S'], ['8', 'B']),
        (digits, at, [digit, letter]) => {
          const i = at % digits.length;
          const clean = digits.slice(0, i) + digit + digits.slice(i + 1);
          const noisy = digits.slice(0, i) + letter + digits.slice(i + 1);
          expect(parseCertificateNumber(`BW ${noisy}`)).toBe(`BW ${clean}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
