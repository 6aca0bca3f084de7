// A form printed over a security pattern: OCR reads the pattern in the margin as tall words
// it doubts ("XXO0000"), and one of them stands between a party's name and its address's
// line. Noise OCR doubted, or marks in the page's outer margin, are no line of the form: the
// address under the name is still read.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';
import { euFormFigures } from './fixtures/page-parts';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const pattern = (confidence: number): Word => ({
  text: 'XXO0000',
  x0: 0.03,
  y0: 0.284,
  x1: 0.06,
  y1: 0.334,
  confidence,
});

const certificate = (noise: Word[]) =>
  page([
    line(0.152, [[0.4, 'EUROPEAN UNION']]),
    line(0.175, [[0.24, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.229, [
      [0.09, '1. Certificate No.'],
      [0.51, '2. Issuing authority'],
    ]),
    line(0.243, [
      [0.09, 'NL 0844438'],
      [0.51, 'FPS Economy, Diamond Office Antwerp'],
    ]),
    line(0.281, [
      [0.088, '3. Exporter (name and address)'],
      [0.507, '4. Importer (name and address)'],
    ]),
    line(0.296, [
      [0.091, 'Schelde Rough Trading BV'],
      [0.511, 'Hudson Rough Diamond Corp.'],
    ]),
    noise,
    line(0.328, [
      [0.09, 'Hoveniersstraat 30, Antwerpen, Belgium'],
      [0.509, '580 Fifth Avenue, New York'],
    ]),
    ...euFormFigures(),
  ]);

describe('security-pattern noise between a name and its address', () => {
  // Doubted, or read with some confidence: in the page's outer margin it is no print either.
  it.each([0.2, 0.6])('is looked past (confidence %s)', (confidence) => {
    expect(fieldsOf(certificate([pattern(confidence)])).exporter_address).toBe(
      'Hoveniersstraat 30, Antwerpen, Belgium',
    );
  });

  it('reads the same as the page without it', () => {
    expect(fieldsOf(certificate([])).exporter_address).toBe(
      'Hoveniersstraat 30, Antwerpen, Belgium',
    );
  });
});
