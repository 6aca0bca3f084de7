// A value typed above its caption's underline, as on the US certificate: "Ultimate Consignee"
// sits on the line and the consignee's name is raised over it, starting where the caption
// ends, while the caption's own line carries the second line of the address block beside it.
import { describe, expect, it } from 'vitest';
import type { Word } from '../../../main/ingest/word';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

/** The certificate with the consignee's address block starting at `addressX`. */
const usForm = (addressX: number): Word[] =>
  page([
    line(0.06, [[0.6, 'AES Confirmation Number (ITN):']]),
    line(0.103, [[0.07, 'US 39891']]),
    line(0.125, [[0.14, 'Angola, South Africa']]),
    line(0.159, [
      [0.07, 'Country of Origin'],
      [0.25, 'KIMBERLEY PROCESS CERTIFICATE'],
    ]),
    line(0.224, [[0.36, 'UNITED STATES OF AMERICA']]),
    line(0.52, [
      [0.08, 'Date of Issue'],
      [0.2, 'January 18, 2019'],
      [0.36, 'Date of Expiry'],
      [0.5, 'March 19, 2019'],
      [0.7, 'Value in U.S. $'],
      [0.86, '437,371.41'],
    ]),
    line(0.567, [[0.5, '15 West 47th Street, New York,']]),
    line(0.58, [
      [0.08, 'Exporter'],
      [0.16, 'Liberty Gem Importers LLC'],
      [0.5, 'United States of America'],
      [0.75, 'Number of Parcels'],
      [0.92, '6'],
    ]),
    line(0.628, [
      [0.215, 'Shreeji Rough Imports Pvt. Ltd.'],
      [addressX, 'BW-2030, Bharat Diamond Bourse,'],
    ]),
    line(0.642, [
      [0.08, 'Ultimate Consignee'],
      [addressX, 'Mumbai, India'],
      [0.75, 'Carat Weight/Mass'],
      [0.92, '3,598.58'],
    ]),
    line(0.702, [
      [0.08, 'Harmonized Commodity Code'],
      [0.44, '7102.31'],
    ]),
    line(0.761, [
      [0.08, 'Issuing Authority:'],
      [0.24, 'United States Kimberley Process Authority'],
    ]),
  ]);

describe('a value raised over its caption’s line', () => {
  // At 0.5 the two runs of the line above are closer than a column gap (OCR often leaves
  // none); at 0.52 the block on the caption's line is beyond reach of the caption.
  it.each([0.5, 0.52])('is the caption’s, not the block beside it (block at %s)', (x) => {
    const v = fieldValues(usForm(x));
    expect(v.importer_name).toBe('Shreeji Rough Imports Pvt. Ltd.');
    expect(v.importer_address).toBe('BW-2030, Bharat Diamond Bourse, Mumbai, India');
    expect(v.destination_country).toBe('IN');
    expect(v.exporter_name).toBe('Liberty Gem Importers LLC');
    expect(v.carats).toBe(3598.58);
  });
});
