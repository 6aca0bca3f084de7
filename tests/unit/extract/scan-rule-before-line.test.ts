// A form that draws its value column as a box: OCR reads the box's left rule as "|" just
// before the address's wrapped last line ("|  Hong Kong, China"). The rule is the box, not a
// word the line runs on from, so the line is still the address's.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const certificate = (rule: string) =>
  page([
    line(0.064, [[0.11, 'HONG KONG, CHINA']]),
    line(0.082, [[0.8, 'Certificate No']]),
    line(0.1, [[0.8, 'HK268966']]),
    line(0.16, [[0.24, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.294, [
      [0.09, 'Weight (carats)'],
      [0.38, '1,448.04'],
    ]),
    line(0.46, [
      [0.09, 'Exporter'],
      [0.38, 'Pearl Delta Diamond Co., Limited'],
    ]),
    line(0.487, [
      [0.09, 'Exporter address'],
      [0.38, 'Room 1203, Peninsula Square, 18 Sung On Street, Hung Hom, Kowloon,'],
    ]),
    line(
      0.501,
      rule === ''
        ? [[0.38, 'Hong Kong, China']]
        : [
            [0.364, rule],
            [0.38, 'Hong Kong, China'],
          ],
    ),
    line(0.525, [
      [0.09, 'Consignee'],
      [0.38, 'Ramat Gan Rough Stones Ltd.'],
    ]),
    line(0.557, [
      [0.09, 'Consignee address'],
      [0.38, 'Maccabi Building, 1 Jabotinsky Street, Ramat Gan, Israel'],
    ]),
  ]);

const ADDRESS =
  'Room 1203, Peninsula Square, 18 Sung On Street, Hung Hom, Kowloon, Hong Kong, China';

describe('a box rule before an address’s wrapped line', () => {
  it('does not cut the line off the address', () => {
    expect(fieldsOf(certificate('|')).exporter_address).toBe(ADDRESS);
  });

  it('reads the same as the line without the rule', () => {
    expect(fieldsOf(certificate('')).exporter_address).toBe(ADDRESS);
  });
});
