// A packing list whose origin box held asterisks (a mixed parcel), read by OCR as "PE" it
// doubts. Two letters OCR doubted are too little print to tell a country's code from a
// smudge: the origin is left unread, not taken for Peru. A code OCR was sure of is read.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'packing_list');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const packingList = (origin: string, confidence: number) =>
  page([
    line(0.056, [[0.71, 'PACKING LIST']]),
    line(0.066, [[0.08, 'Hudson Rough Diamond Corp.']]),
    line(0.133, [
      [0.08, 'Reference'],
      [0.23, 'PL-20-0516'],
    ]),
    line(0.152, [
      [0.08, 'Date'],
      [0.23, '2020-03-24'],
    ]),
    line(0.191, [
      [0.08, 'KP certificate'],
      [0.23, 'US 17314'],
    ]),
    [...line(0.206, [[0.08, 'Origin']]), ...line(0.206, [[0.23, origin]], confidence)],
    line(0.228, [
      [0.08, 'AWB'],
      [0.23, '114-62906841'],
    ]),
    line(0.281, [
      [0.09, 'No.'],
      [0.15, 'Parcel ID'],
      [0.32, 'Seal No.'],
      [0.84, 'Carats'],
    ]),
    line(0.305, [
      [0.1, '1'],
      [0.15, '002-01'],
      [0.32, 'KP-841547'],
      [0.85, '54.53'],
    ]),
    line(0.327, [
      [0.1, '2'],
      [0.15, '002-02'],
      [0.32, 'KP-581915'],
      [0.84, '135.57'],
    ]),
    line(0.48, [
      [0.51, 'Total carats:'],
      [0.84, '190.10'],
    ]),
  ]);

describe('an origin read as two letters OCR doubted', () => {
  it('is left unread', () => {
    expect(fieldsOf(packingList('PE', 0.34)).country_of_origin).toBeUndefined();
  });

  it('is read when OCR was sure of the code', () => {
    expect(fieldsOf(packingList('BW', 0.95)).country_of_origin).toEqual(['BW']);
  });
});
