// A name beside its caption whose middle words OCR lost ("Importer  Antwerp      ing BVBA"
// for Antwerp Rough Sorting BVBA): the run before the gap is the name's start, not the name.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const confirmation = (importer: [number, string][]): Word[] =>
  page([
    line(0.073, [[0.091, 'FPS Economy, Diamond Office Antwerp']]),
    line(0.153, [[0.092, 'CONFIRMATION OF IMPORT']]),
    line(0.18, [[0.093, 'Kimberley Process Certification Scheme - import confirmation']]),
    line(0.297, [
      [0.098, 'KP certificate number'],
      [0.386, 'AO 463286'],
    ]),
    line(0.331, [
      [0.1, 'Date of receipt'],
      [0.388, '16 July 2022'],
    ]),
    line(0.365, [
      [0.101, 'Number of parcels'],
      [0.388, '8'],
    ]),
    line(0.43, [
      [0.103, 'Exporter'],
      [0.391, 'Sodiam EP'],
    ]),
    line(0.463, [[0.104, 'Importer'], ...importer]),
  ]);

const importerOf = (words: Word[]): unknown =>
  extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'import_confirmation')?.fields
    .importer_name?.value;

describe('a name beside its caption with its middle lost', () => {
  it('is left unread rather than read as its first word', () => {
    expect(
      importerOf(
        confirmation([
          [0.391, 'Antwerp'],
          [0.536, 'ing BVBA'],
        ]),
      ),
    ).toBeUndefined();
  });

  it('is read whole when nothing is lost', () => {
    expect(importerOf(confirmation([[0.391, 'Antwerp Rough Sorting BVBA']]))).toBe(
      'Antwerp Rough Sorting BVBA',
    );
  });

  it('is read when what follows at a distance is no legal form', () => {
    expect(
      importerOf(
        confirmation([
          [0.391, 'Gokhran'],
          [0.536, 'Moscow'],
        ]),
      ),
    ).toBe('Gokhran');
  });
});
