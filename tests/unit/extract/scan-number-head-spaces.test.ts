// A value printed with spaces between its thousands ("1 301 508,44") whose first space OCR
// lost: "1301 508,44". One value cell holds one number, so it is 1,301,508.44, not 1301 with
// a stray 508,44 after it.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const certificate = (value: string) =>
  page([
    line(0.08, [[0.3, 'REPUBLIQUE DE COTE D’IVOIRE']]),
    line(0.12, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.18, [
      [0.1, 'Certificate No.'],
      [0.42, 'CI 27197'],
    ]),
    line(0.3, [
      [0.1, 'Exporter'],
      [0.42, 'Séguéla Gemmes Export SA'],
    ]),
    line(0.42, [
      [0.1, 'Carat weight'],
      [0.42, '5 512,30'],
    ]),
    line(0.475, [
      [0.1, 'Value (USD)'],
      [0.42, value],
    ]),
  ]);

describe('a spaced value whose first space OCR lost', () => {
  it('is read whole', () => {
    expect(fieldsOf(certificate('1301 508,44')).value_usd).toBe(1301508.44);
  });

  it('leaves a value printed whole as it was', () => {
    expect(fieldsOf(certificate('1 301 508,44')).value_usd).toBe(1301508.44);
    expect(fieldsOf(certificate('301 508,44')).value_usd).toBe(301508.44);
  });
});
