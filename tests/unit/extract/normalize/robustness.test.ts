// Every normaliser reads untrusted OCR text: none may throw, loop or answer garbage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as normalize from '../../../../main/extract/normalize';

const readers: [string, (s: string) => unknown][] = [
  ['parseNumber', (s) => normalize.parseNumber(s)],
  ['findNumbers', (s) => normalize.findNumbers(s, { decimals: 3 })],
  ['parseDate', (s) => normalize.parseDate(s)],
  ['parseCountry', (s) => normalize.parseCountry(s)],
  ['parseOrigins', (s) => normalize.parseOrigins(s)],
  ['parseCurrency', (s) => normalize.parseCurrency(s)],
  ['parseHsCodes', (s) => normalize.parseHsCodes(s)],
  ['parseCertificateNumbers', (s) => normalize.parseCertificateNumbers(s, { allowNoPrefix: true })],
  ['parseAwbNumber', (s) => normalize.parseAwbNumber(s)],
  ['awbCheckDigitValid', (s) => normalize.awbCheckDigitValid(s)],
  ['splitLegalForm', (s) => normalize.splitLegalForm(s)],
  ['partyNameSimilarity', (s) => normalize.partyNameSimilarity(s, 'Alrosa')],
  ['numberReadings', (s) => normalize.numberReadings(s)],
  ['parseCompactDate', (s) => normalize.parseCompactDate(s)],
  ['repairLegalForm', (s) => normalize.repairLegalForm(s)],
  ['repairTradeWords', (s) => normalize.repairTradeWords(s)],
  ['repairCertificatePrefix', (s) => normalize.repairCertificatePrefix(s)],
];

// Strings made of the characters the parsers care about, so the fuzzing reaches deep branches.
const documentish = fc
  .array(
    fc.constantFrom(
      ..."0123456789 ,.'-/()$€*OIlSB".split(''),
      '\u00A0',
      '\u202F',
      'USD',
      'BW',
      'mars',
      'de',
      'Ltd',
      'Congo',
      '7102',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('normalisers on hostile input', () => {
  it.each(readers)('%s never throws', (_name, read) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80, unit: 'binary' }), documentish), (s) => {
        expect(() => read(s)).not.toThrow();
      }),
      { numRuns: 150 },
    );
    for (const s of ['toString', '__proto__', 'constructor', 'hasOwnProperty', '\0', '\uFFFF']) {
      expect(() => read(s)).not.toThrow();
    }
  });

  it.each(readers)('%s stays fast on a long line', (_name, read) => {
    const long = '1,234.56 BW 0123456 14 mars 2024 '.repeat(400) + '9'.repeat(5000);
    const started = performance.now();
    read(long);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
