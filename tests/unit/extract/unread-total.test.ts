// A packing list's total carats that OCR could not read: the parcels, all read, give it; a
// total with digits lost is not passed off as the shipment's weight, nor a table with rows
// lost as the parcel list.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { ExtractedField } from '../../../main/extract/types';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const CARATS = ['296.32', '195.64', '200.87', '344.84'];

function packing(total: Word[], parcels = String(CARATS.length), carats = CARATS): Word[] {
  return page([
    line(0.06, [
      [0.1, 'Société Kasai Diamants SARL'],
      [0.73, 'PACKING LIST'],
    ]),
    line(0.13, [
      [0.1, 'Reference'],
      [0.26, 'PL-20-0328'],
    ]),
    line(0.28, [
      [0.11, 'No.'],
      [0.17, 'Parcel ID'],
      [0.34, 'Seal No.'],
      [0.86, 'Carats'],
    ]),
    ...carats.map((c, i) =>
      line(0.3 + i * 0.022, [
        [0.11, String(i + 1)],
        [0.17, `001-0${String(i + 1)}`],
        [0.34, `SL-78721${String(i)}`],
        [0.86, c],
      ]),
    ),
    line(0.39, [
      [0.11, 'Total parcels:'],
      [0.25, parcels],
      [0.52, 'Total carats:'],
    ]),
    total,
  ]);
}

const fieldsOf = (words: Word[]) =>
  extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'packing_list')?.fields;

const totalCarats = (words: Word[]): ExtractedField | undefined =>
  extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'packing_list')?.fields
    .total_carats;

describe('a total OCR could not read', () => {
  // Tesseract's own confidence in "949167" was nil: the print under it says 1,037.67.
  const guessed = line(0.39, [[0.85, '949167']], 0);

  it('is the sum of the parcels when every parcel was read, for review', () => {
    const f = totalCarats(packing(guessed));
    expect(f?.value).toBe(1037.67);
    expect(f?.needsReview).toBe(true);
  });

  it('is left unread when rows may be missing (fewer rows than parcels)', () => {
    expect(totalCarats(packing(guessed, '5'))).toBeUndefined();
  });

  it('is left unread when it is smaller than every parcel (digits lost: "5" for 5,243.49)', () => {
    const cut = line(0.39, [[0.84, '5']], 0.9);
    expect(totalCarats(packing(cut, '8'))).toBeUndefined();
    expect(totalCarats(packing(cut))?.value).toBe(1037.67);
  });

  it('stays as read when it is legible and the parcels do not add up to it', () => {
    // carats.mismatch hangs on this total: it is reported, not replaced.
    const f = totalCarats(packing(line(0.39, [[0.85, '1,137.67']], 0.9)));
    expect(f?.value).toBe(1137.67);
  });
});

describe('a parcel whose decimal mark OCR read as a digit', () => {
  // "200,87" read "200787"; the total, 1 037,67, OCR doubted: the parcel is read again so the
  // parcels add up to the total, and both stand.
  it('is read as the total calls for', () => {
    const carats = ['296.32', '195.64', '200787', '344.84'];
    const f = fieldsOf(packing(line(0.39, [[0.85, '1 037,67']], 0), '4', carats));
    expect(f?.total_carats?.value).toBe(1037.67);
    expect(
      (f?.parcel_lines?.value as { carats: number }[] | undefined)?.map((r) => r.carats),
    ).toEqual([296.32, 195.64, 200.87, 344.84]);
  });
});

describe('a parcel table OCR lost rows of', () => {
  it('is not given as the list when it has fewer rows than the parcels printed', () => {
    const f = fieldsOf(packing(line(0.39, [[0.85, '1,237.67']], 0.9), '5'));
    expect(f?.parcel_lines).toBeUndefined();
    expect(f?.parcels?.value).toBe(5);
  });

  it('is given when every parcel has its row', () => {
    const f = fieldsOf(packing(line(0.39, [[0.85, '1,037.67']], 0.9)));
    expect(f?.parcel_lines?.value).toHaveLength(4);
  });
});
