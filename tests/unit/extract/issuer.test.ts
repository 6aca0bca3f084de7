// The issuer of a certificate from a country the generator does not draw (Guinea), as OCR
// gives it: the country at the head of the form, a bilingual number label printed as one
// word, and a misread letter in the number's prefix.
import { describe, expect, it } from 'vitest';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

function certificate(header: string, label: string, number: string) {
  const words = page([
    line(0.04, [[0.35, header]]),
    line(0.07, [[0.3, 'Ministère des Mines et de la Géologie']]),
    line(0.11, [[0.2, 'CERTIFICAT DU PROCESSUS DE KIMBERLEY']]),
    line(0.16, [
      [0.55, label],
      [0.68, number],
    ]),
    line(0.22, [
      [0.08, "Pays d'origine / Country of origin"],
      [0.45, 'Guinée'],
    ]),
    line(0.26, [
      [0.08, 'Poids en carats / Carat weight'],
      [0.45, '310,75'],
    ]),
    line(0.3, [
      [0.08, 'Nombre de colis / Number of parcels'],
      [0.45, '2'],
    ]),
  ]);
  return fieldValues(words);
}

describe('the issuer of a certificate', () => {
  it('reads the number beside a bilingual label printed as one word ("N°/No.")', () => {
    const f = certificate('RÉPUBLIQUE DE GUINÉE', 'N°/No.', 'GN0031877');
    expect(f.certificate_number).toBe('GN 0031877');
    expect(f.issuing_country).toBe('GN');
  });

  it('takes the issuing country from the head of the form when the prefix is forged', () => {
    const f = certificate('RÉPUBLIQUE DE GUINÉE', 'N°/No.', 'ZZ0031877');
    expect(f.certificate_number).toBe('ZZ 0031877');
    expect(f.issuing_country).toBe('GN');
  });

  it('repairs a prefix OCR misread by one look-alike letter', () => {
    // "GM" (Gambia) is a real code one look-alike letter (N/M) from the printed Guinea.
    expect(certificate('RÉPUBLIQUE DE GUINÉE', 'N°/No.', 'GM0031877').certificate_number).toBe(
      'GN 0031877',
    );
    // "GA" (Gabon) is not a look-alike of GN: a different number, kept as read.
    expect(certificate('RÉPUBLIQUE DE GUINÉE', 'N°/No.', 'GA0031877').certificate_number).toBe(
      'GA 0031877',
    );
  });

  it('falls back to a real prefix when no country heads the form', () => {
    const f = certificate('Kimberley Process Authority', 'Certificate No.', 'GN0031877');
    expect(f.issuing_country).toBe('GN');
    const bare = certificate('Kimberley Process Authority', 'Certificate No.', '0031877');
    expect(bare.certificate_number).toBe('0031877');
    expect(bare.issuing_country).toBeUndefined();
  });
});
