// A value OCR doubted in every digit and read with no mark at all ("21921777") on a page that
// prints its figures with two decimals ("2,209.67 ct"): the marks were lost, and the last two
// digits are the cents (219,217.77). A figure OCR was sure of is read as printed.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const certificate = (value: string, confidence: number) =>
  page([
    line(0.152, [[0.4, 'EUROPEAN UNION']]),
    line(0.175, [[0.24, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.231, [[0.09, '1. Certificate No']]),
    line(0.242, [[0.09, 'BE 4744685']]),
    line(0.433, [
      [0.09, '7. HS code'],
      [0.3, '8. Number of parcels'],
      [0.51, '9. Carat weight'],
      [0.72, '10. Value (USD)'],
    ]),
    [
      ...line(0.446, [
        [0.09, '7102.31'],
        [0.3, '8'],
        [0.51, '2,209.67 ct'],
      ]),
      ...line(0.446, [[0.72, value]], confidence),
    ],
  ]);

describe('a doubted figure read without its marks', () => {
  it('is read with the cents the page prints its figures with', () => {
    expect(fieldsOf(certificate('21921777', 0.2)).value_usd).toBe(219217.77);
  });

  it('is read as printed when OCR was sure of it', () => {
    expect(fieldsOf(certificate('21921777', 0.95)).value_usd).toBe(21921777);
    expect(fieldsOf(certificate('219,217.77', 0.2)).value_usd).toBe(219217.77);
  });
});
