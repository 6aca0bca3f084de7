// Waybill rows as a scan's OCR returns them when the small captions over the boxes are lost:
// the place of issue beside a date whose box OCR padded to twice its height must still be read
// as the departure; a party's name whose head OCR garbled into a run of its own is not read
// from its tail, nor when it starts well inside its block (its first words lost), and one whose
// legal form OCR set apart on its line keeps it; a speck OCR
// doubted before the kg mark leaves the pieces / weight row readable.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const waybill = (rows: Word[][]) =>
  page([
    line(0.04, [
      [0.07, '125-2519 8353'],
      [0.79, '125-2519 8353'],
    ]),
    line(0.08, [
      [0.08, 'Kalahari Rough Trading (Pty) Ltd'],
      [0.53, 'Air Waybill'],
    ]),
    line(0.1, [[0.08, 'Plot 64511, Fairgrounds Office Park, Gaborone']]),
    line(0.18, [[0.08, 'Antwerp Rough Sorting BVBA']]),
    line(0.195, [[0.08, 'Schupstraat 9-11, Antwerpen']]),
    line(0.27, [
      [0.08, 'GBE'],
      [0.52, 'FREIGHT PREPAID'],
    ]),
    line(0.305, [
      [0.3, 'BA122/13MAR23'],
      [0.52, 'NVD'],
      [0.75, 'USD 538588.67'],
    ]),
    ...rows,
  ]);

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'airway_bill');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

/** "13MAR23   GBE" under "Executed on (date) at (place)", the date's box padded by OCR. */
const executed = (dateHeight: number): Word[] =>
  line(0.634, [
    [0.07, '13MAR23'],
    [0.26, 'GBE'],
  ]).map((w) => (w.text === '13MAR23' ? { ...w, y0: w.y0 - 0.003, y1: w.y0 + dateHeight } : w));

describe('the place of issue beside a date whose box OCR padded', () => {
  it('is the departure airport, as beside a date of the usual height', () => {
    expect(fieldsOf(waybill([executed(0.012)])).departure_airport).toBe('GBE');
    expect(fieldsOf(waybill([executed(0.022)])).departure_airport).toBe('GBE');
  });
});

describe('a party name whose head OCR garbled into a run of its own', () => {
  // Its address line lost too: only the run before the name tells that its head is missing.
  const consignee = (head: Word[]) =>
    fieldsOf(
      waybill([])
        .filter((w) => !(w.y0 === 0.18 && w.x0 < 0.3) && w.y0 !== 0.195)
        .concat(head, [...line(0.18, [[0.173, 'Diamond Corp.']], 0.96)]),
    ).consignee_name;

  it('is left unread rather than read from its tail', () => {
    const head = [...line(0.18, [[0.049, 'Hu']], 0.96), ...line(0.18, [[0.072, '<on-']], 0)];
    expect(consignee(head)).toBeUndefined();
  });

  it('is read whole when only a doubted crumb or a rule stands before it', () => {
    expect(consignee(line(0.18, [[0.06, 'Hu']], 0.2))).toBe('Diamond Corp.');
    expect(consignee(line(0.18, [[0.06, '|']], 0.9))).toBe('Diamond Corp.');
  });
});

describe('a party name whose legal form OCR set apart on its line', () => {
  it('keeps the legal form ("Co.   Limited", the comma lost)', () => {
    const name = [
      ...line(0.18, [[0.072, 'Pearl Delta Diamond Co.']]),
      ...line(0.18, [[0.29, 'Limited']]),
    ];
    const f = fieldsOf(
      waybill([])
        .filter((w) => !(w.y0 === 0.18 && w.x0 < 0.3))
        .concat(name),
    );
    expect(f.consignee_name).toBe('Pearl Delta Diamond Co. Limited');
  });

  it('does not take a word of the next column for it', () => {
    const name = [
      ...line(0.18, [[0.072, 'Pearl Delta Diamond Co.']]),
      ...line(0.18, [[0.52, 'Limited']]),
    ];
    const f = fieldsOf(
      waybill([])
        .filter((w) => !(w.y0 === 0.18 && w.x0 < 0.3))
        .concat(name),
    );
    expect(f.consignee_name).toBe('Pearl Delta Diamond Co.');
  });
});

describe('a speck OCR doubted before the kg mark', () => {
  it('does not hide the pieces and the gross weight', () => {
    const row = [
      ...line(0.405, [
        [0.067, '1'],
        [0.147, '6.1'],
      ]),
      ...line(0.405, [[0.266, 'I']], 0.09),
      ...line(0.405, [
        [0.285, 'K'],
        [0.383, '7.08'],
        [0.567, 'ROUGH DIAMONDS'],
      ]),
    ];
    const f = fieldsOf(waybill([row]));
    expect(f.pieces).toBe(1);
    expect(f.gross_weight_kg).toBe(6.1);
  });

  it('is a word of the row when OCR was sure of it', () => {
    const row = line(0.405, [
      [0.067, '1'],
      [0.147, '6.1'],
      [0.266, 'I'],
      [0.285, 'K'],
      [0.383, '7.08'],
    ]);
    expect(fieldsOf(waybill([row])).gross_weight_kg).toBeUndefined();
  });
});

describe('a party name that starts well inside its block', () => {
  const shipper = (name: Word[]) =>
    fieldsOf(
      waybill([])
        .filter((w) => !(w.y0 === 0.08 && w.x0 < 0.5) && !(w.y0 === 0.1))
        .concat(name, line(0.096, [[0.036, 'Boulevard de la République, Plateau, Abidjan']])),
    ).shipper_name;

  it('lost its first words: it is left unread', () => {
    expect(shipper(line(0.08, [[0.111, 'Gemmes Export SA']]))).toBeUndefined();
  });

  it('is read when it starts at the block’s edge', () => {
    expect(shipper(line(0.08, [[0.037, 'Séguéla Gemmes Export SA']]))).toBe(
      'Séguéla Gemmes Export SA',
    );
  });
});
