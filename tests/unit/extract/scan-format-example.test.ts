// A blank form's format example printed in its security background ("XX0000000" in the
// margin, beside the number's caption) is no certificate number: no issuer numbers a
// certificate with zeros only, and XX is the code kept for no country. The number the
// issuer typed under the caption is the certificate's.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';
import { euFormFigures } from './fixtures/page-parts';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const certificate = (background: string, typed: string) =>
  page([
    line(0.137, [[0.023, background]]),
    line(0.152, [[0.4, 'EUROPEAN UNION']]),
    line(0.175, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.229, [
      [0.09, '1. Certificate No.'],
      [0.51, '2. Issuing authority'],
    ]),
    line(0.243, [
      [0.09, typed],
      [0.51, 'FPS Economy, Diamond Office Antwerp'],
    ]),
    line(0.276, [
      [0.09, '3. Exporter (name and address)'],
      [0.51, '4. Importer (name and address)'],
    ]),
    line(0.292, [
      [0.09, 'Schelde Rough Trading BV'],
      [0.51, 'Hudson Rough Diamond Corp.'],
    ]),
    ...euFormFigures(),
  ]);

describe('a format example in a form’s background', () => {
  it('is not read as the certificate number', () => {
    expect(fieldsOf(certificate('XX0000000', 'NL 0844438')).certificate_number).toBe('NL 0844438');
  });

  it('is not read even when the typed number is lost', () => {
    const f = fieldsOf(certificate('XX0000000', ''));
    expect(f.certificate_number).toBeUndefined();
    expect(f.carats).toBe(2027.88);
  });
});
