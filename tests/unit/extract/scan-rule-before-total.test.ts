// A total printed in a box whose left rule OCR read as a "1" glued to the figure:
// "13,688.15" under parcels that add up to 3,688.15. The rows agree with the figure once the
// rule's "1" is left out, so that is the total; a total the rows do not explain stays as read.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'packing_list');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const CARATS = ['1,248.94', '1,730.63', '708.58'];

const packing = (total: string) =>
  page([
    line(0.065, [[0.764, 'PACKING LIST']]),
    line(0.135, [
      [0.133, 'Reference:'],
      [0.284, 'PL-24-0548'],
    ]),
    line(0.285, [
      [0.129, 'No.'],
      [0.186, 'Parcel ID'],
      [0.354, 'Seal No.'],
      [0.874, 'Carats'],
    ]),
    ...CARATS.map((c, i) =>
      line(0.309 + 0.022 * i, [
        [0.129, String(i + 1)],
        [0.184, `004-0${String(i + 1)}`],
        [0.352, `SL-64237${String(i)}`],
        [0.867, c],
      ]),
    ),
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
