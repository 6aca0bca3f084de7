// A total printed in a box whose left rule OCR read as a "1" glued to the figure:
// "13,688.15" under parcels that add up to 3,688.15. The rows agree with the figure once the
// rule's "1" is left out, so that is the total; a total the rows do not explain stays as read.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';
import { threeParcels } from './fixtures/page-parts';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'packing_list');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const packing = (total: string) =>
  page([
    ...threeParcels(),
    line(0.4, [
      [0.6, 'Total carats:'],
      [0.858, total],
    ]),
  ]);

describe('a total with a box’s rule read as a leading 1', () => {
  it('is the rows’ sum when the figure without the 1 is', () => {
    expect(fieldsOf(packing('13,688.15')).total_carats).toBe(3688.15);
  });

  it('stays as read when the rows do not explain it', () => {
    expect(fieldsOf(packing('15,688.15')).total_carats).toBe(15688.15);
  });
});
