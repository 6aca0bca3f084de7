// A certificate whose carat weight OCR lost, a speck at the page's edge on the caption's row
// read as "2" it doubts. Carats are printed with their decimals: a whole figure OCR doubted
// far across the page is no reading of the weight, which is left unread rather than wrong.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const certificate = (edge: string, confidence: number) =>
  page([
    line(0.066, [[0.81, 'Certificate No']]),
    line(0.074, [
      [0.08, 'BOTSWANA'],
      [0.76, 'BW2075398'],
    ]),
    line(0.16, [[0.22, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.241, [
      [0.08, 'Country of origin'],
      [0.37, 'Botswana'],
    ]),
    line(0.269, [
      [0.09, 'Number of parcels'],
      [0.37, '7'],
    ]),
    [...line(0.305, [[0.09, 'Weight (carats)']]), ...line(0.305, [[0.939, edge]], confidence)],
    line(0.338, [
      [0.09, 'Value (US$)'],
      [0.38, 'US$ 2,425,929.32'],
    ]),
  ]);

describe('a doubted speck at the edge of a lost weight’s row', () => {
  it('is not read as the carats', () => {
    expect(fieldsOf(certificate('2', 0.44)).carats).toBeUndefined();
  });

  it('is not read as the carats however sure OCR was of one lone digit', () => {
    expect(fieldsOf(certificate('2', 0.79)).carats).toBeUndefined();
  });

  it('leaves a weight with its decimals read, however doubted', () => {
    expect(fieldsOf(certificate('15,283.37', 0.44)).carats).toBe(15283.37);
  });
});
