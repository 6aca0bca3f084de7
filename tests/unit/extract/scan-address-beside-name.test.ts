// A form that prints each party's name and address side by side on one row, under a large
// caption ("Exporter", "Ultimate Consignee" in big italics, as the US certificate does). The
// exporter's address is the print beside its name, not also the consignee's a row further
// down, however tall the caption makes the exporter's line.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const sized = (words: Word[], h: number): Word[] => words.map((w) => ({ ...w, y1: w.y0 + h }));

const certificate = (): Word[] =>
  page([
    line(0.104, [[0.076, 'US 60763']]),
    line(0.16, [[0.077, 'Country of Origin']]),
    line(0.18, [[0.234, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.22, [[0.366, 'UNITED STATES OF AMERICA']]),
    line(0.52, [
      [0.08, 'Date of Issue'],
      [0.205, 'May 13, 2019'],
      [0.645, 'Value in U.S. $'],
      [0.823, '1,080,640.18'],
    ]),
    line(0.568, [[0.42, '580 Fifth Avenue, New York']]),
    sized(line(0.581, [[0.081, 'Exporter']]), 0.029),
    line(0.588, [
      [0.16, 'Hudson Rough Diamond Corp.'],
      [0.42, 'United States of America'],
      [0.7, 'Number of Parcels'],
      [0.86, '9'],
    ]),
    line(0.632, [[0.42, 'Room 1203, Peninsula Square,']]),
    sized(line(0.64, [[0.083, 'Ultimate Consignee']]), 0.027),
    line(0.65, [
      [0.24, 'Pearl Delta Ltd'],
      [0.42, 'Kowloon, Hong Kong, China'],
      [0.7, 'Carat Weight/Mass'],
      [0.86, '8,780.89'],
    ]),
    line(0.71, [
      [0.082, 'Harmonized Commodity Code'],
      [0.446, '7102.31'],
    ]),
  ]);

describe('an address beside its party’s name under a tall caption', () => {
  it('is the print beside the name, not also the next party’s', () => {
    const doc = extractDocuments([{ pageNo: 1, words: certificate() }]).find(
      (d) => d.type === 'kp_certificate',
    );
    const f = Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, v]) => [k, v.value]));
    expect(f.exporter_name).toBe('Hudson Rough Diamond Corp.');
    expect(f.exporter_address).toBe('580 Fifth Avenue, New York, United States of America');
  });
});
