// Two hand-set certificate layouts for template tests. Layout A labels its carats "Mass of
// goods", a wording the engine does not know, so the engine misses them; layout B prints
// them under a label the engine reads, and has a number where A's carats box would fall.
import type { Word } from '../../../../main/ingest/word';
import { line, page } from '../fixtures/hand-words';

export interface Values {
  cert: string;
  exporter: string;
  importer: string;
  origin: string;
  carats: string;
  value: string;
  parcels: string;
  issued: string;
}

export const FIRST: Values = {
  cert: 'BW 0123456',
  exporter: 'Debswana Diamond Company',
  importer: 'Antwerp Rough Sorting NV',
  origin: 'Botswana',
  carats: '1,234.56',
  value: '2,345,678.00',
  parcels: '3',
  issued: '12 March 2024',
};

export const SECOND: Values = {
  cert: 'BW 0987654',
  exporter: 'Okavango Diamond Company',
  importer: 'Rosy Blue Trading NV',
  origin: 'Botswana',
  carats: '987.65',
  value: '1,111,222.00',
  parcels: '2',
  issued: '3 June 2024',
};

const shift = (words: Word[], dx: number, dy: number): Word[] =>
  words.map((w) => ({ ...w, x0: w.x0 + dx, x1: w.x1 + dx, y0: w.y0 + dy, y1: w.y1 + dy }));

/** Layout A, optionally shifted as a scan placed a little off on the glass. */
export function layoutA(v: Values, dx = 0, dy = 0): Word[] {
  return shift(
    page([
      line(0.05, [[0.3, 'REPUBLIC OF BOTSWANA']]),
      line(0.07, [[0.25, 'Ministry of Minerals and Energy, Diamond Hub']]),
      line(0.1, [[0.25, 'KIMBERLEY PROCESS CERTIFICATE']]),
      line(0.16, [
        [0.1, 'Certificate No:'],
        [0.4, v.cert],
      ]),
      line(0.22, [
        [0.1, 'Exporter:'],
        [0.4, v.exporter],
      ]),
      line(0.28, [
        [0.1, 'Importer:'],
        [0.4, v.importer],
      ]),
      line(0.34, [
        [0.1, 'Country of origin:'],
        [0.4, v.origin],
      ]),
      line(0.4, [
        [0.1, 'Mass of goods'],
        [0.4, v.carats],
      ]),
      line(0.46, [
        [0.1, 'Value (USD):'],
        [0.4, v.value],
      ]),
      line(0.52, [
        [0.1, 'Number of parcels:'],
        [0.4, v.parcels],
      ]),
      line(0.58, [
        [0.1, 'Date of issue:'],
        [0.4, v.issued],
      ]),
      line(0.8, [
        [0.1, 'This certificate is valid only under the seal of the exporting authority.'],
      ]),
      line(0.82, [
        [0.1, 'Rough diamonds handled in accordance with the Kimberley Process scheme.'],
      ]),
      line(0.9, [[0.6, 'Signature and official stamp']]),
    ]),
    dx,
    dy,
  );
}

/** Layout B: another issuer's form, a table-like block lower on the page. */
export function layoutB(v: Values): Word[] {
  return page([
    line(0.04, [[0.55, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.06, [[0.55, 'Issued under the KPCS by the Government Diamond Valuator']]),
    line(0.12, [
      [0.55, 'Certificate number'],
      [0.75, v.cert],
    ]),
    line(0.2, [[0.05, 'Consignor']]),
    line(0.22, [[0.05, v.exporter]]),
    line(0.2, [[0.55, 'Consignee']]),
    line(0.22, [[0.55, v.importer]]),
    // A number sits where layout A's carats box is.
    line(0.4, [
      [0.1, 'Seal reference'],
      [0.4, '55,501.00'],
    ]),
    line(0.5, [
      [0.05, 'Carat weight'],
      [0.3, 'Value in USD'],
      [0.55, 'Country of origin'],
    ]),
    line(0.52, [
      [0.05, v.carats],
      [0.3, v.value],
      [0.55, v.origin],
    ]),
    line(0.62, [
      [0.05, 'Date of issue'],
      [0.3, v.issued],
    ]),
    line(0.9, [[0.05, 'Authorised officer of the Government Diamond Valuator']]),
  ]);
}
