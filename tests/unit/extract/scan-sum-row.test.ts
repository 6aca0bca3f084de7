// A totals line whose caption OCR lost, or read as an id, looks like one more row of its
// table; it is known by its figure, the sum of every row above it.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';
import { threeParcels } from './fixtures/page-parts';

const fieldsOf = (words: Word[], type: string): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === type);
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

/** A packing list whose last line has the parcel count under the ids and `last` under carats. */
const packing = (last: string) =>
  page([
    ...threeParcels(),
    // "Total carats" lost; the count "3" stands under the ids.
    line(0.383, [
      [0.186, '3'],
      [0.867, last],
    ]),
  ]);

describe('a totals line read as a row', () => {
  it('is no parcel when its carats are the sum of the parcels above', () => {
    const f = fieldsOf(packing('3,688.15'), 'packing_list');
    expect(f.parcel_lines).toEqual([
      { parcel_id: '004-01', carats: 1248.94 },
      { parcel_id: '004-02', carats: 1730.63 },
      { parcel_id: '004-03', carats: 708.58 },
    ]);
    expect(f.parcels).toBe(3);
    expect(f.total_carats).toBe(3688.15);
  });

  it('stays a row when its figure is not that sum', () => {
    const f = fieldsOf(packing('512.40'), 'packing_list');
    expect(f.parcel_lines).toHaveLength(4);
  });
});
