// A table whose column header is also a total's caption ("Carats" over the parcels, the
// lots): the cell under the header is the first row's, not the total. Here the totals line
// came back without its figure, as on a poor scan.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const fieldsOf = (words: Word[], type: string): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === type);
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const packing = (cells: (string | null)[]) =>
  page([
    line(0.065, [
      [0.138, 'Cuango Comercial de Diamantes, Lda.'],
      [0.764, 'PACKING LIST'],
    ]),
    line(0.135, [
      [0.133, 'Reference:'],
      [0.284, 'PL-22-0810'],
    ]),
    line(0.285, [
      [0.129, 'No.'],
      [0.186, 'Parcel ID'],
      [0.354, 'Seal No.'],
      [0.538, 'Stones >= 1 ct'],
      [0.874, 'Carats'],
    ]),
    ...cells.map((c, i) =>
      line(0.309 + 0.022 * i, [
        [0.129, String(i + 1)],
        [0.184, `008-0${String(i + 1)}`],
        [0.352, `S-14405${String(i)}`],
        [0.536, 'No'],
        ...(c === null ? [] : ([[0.867, c]] as [number, string][])),
      ]),
    ),
    line(0.383, [
      [0.119, 'Total parcels: 3'],
      [0.529, 'Total carats:'],
    ]),
  ]);

const invoice = (total: string | null) =>
  page([
    line(0.06, [[0.1, 'Kalahari Rough Trading (Pty) Ltd']]),
    line(0.1, [[0.6, 'COMMERCIAL INVOICE']]),
    line(0.13, [
      [0.6, 'Invoice No'],
      [0.8, 'KRT-2021-118'],
    ]),
    line(0.3, [
      [0.1, 'Lot'],
      [0.165, 'Description'],
      [0.593, 'Carats'],
      [0.727, 'USD/ct'],
      [0.832, 'Amount USD'],
    ]),
    line(0.32, [
      [0.1, '1'],
      [0.167, 'Run of mine, assorted'],
      [0.593, '62.83'],
      [0.725, '145.52'],
      [0.841, '9,143.02'],
    ]),
    line(0.34, [
      [0.1, '2'],
      [0.167, 'Gem rough +10.8 ct'],
      [0.593, '110.06'],
      [0.725, '183.21'],
      [0.841, '20,164.09'],
    ]),
    line(0.38, [
      [0.158, 'Total:'],
      ...(total === null ? [] : ([[0.573, total]] as [number, string][])),
      [0.833, '29,307.11'],
    ]),
  ]);

describe('a total caption that heads a table column', () => {
  it('does not take the first parcel for the packing list’s total', () => {
    const f = fieldsOf(packing(['773,53', null, null]), 'packing_list');
    expect(f.total_carats).toBeUndefined();
    expect(f.parcels).toBe(3);
  });

  it('reads the parcels’ sum when every parcel was read', () => {
    const f = fieldsOf(packing(['773,53', '247,71', '755,28']), 'packing_list');
    expect(f.total_carats).toBe(1776.52);
  });

  it('does not take the first lot for the invoice’s total carats', () => {
    expect(fieldsOf(invoice(null), 'invoice').total_carats).toBe(172.89);
    expect(fieldsOf(invoice('172.89'), 'invoice').total_carats).toBe(172.89);
  });
});
