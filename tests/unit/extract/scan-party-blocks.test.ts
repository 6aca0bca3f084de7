// A party's block (name, then its address lines) as scans return it: lines of the column
// beside it fall between the block's lines, and a tall crumb at a line's edge stretches that
// line's box. The address is still read whole, and only as far as the block goes.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { ExtractedDocument } from '../../../main/extract/types';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const read = (words: Word[], type: string): ExtractedDocument | undefined =>
  extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === type);

describe('a seller block beside the invoice’s header fields', () => {
  // The header's rows (number, date) sit between the rows of the block: OCR makes them lines
  // of their own between the name and the street, and between the street and the country.
  const invoice = page([
    line(0.05, [[0.6, 'COMMERCIAL INVOICE']]),
    line(0.12, [[0.08, 'SELLER']]),
    line(0.14, [[0.08, 'Kasai Gem Exports SPRL']]),
    line(0.15, [
      [0.6, 'Invoice No'],
      [0.8, 'KGE/24/0311'],
    ]),
    line(0.16, [[0.08, '12 avenue du Fleuve, Tshikapa,']]),
    line(0.17, [
      [0.6, 'Date'],
      [0.8, '2 July 2024'],
    ]),
    line(0.18, [[0.08, 'DR Congo']]),
    line(0.22, [[0.08, 'SOLD TO']]),
    line(0.24, [[0.08, 'Negev Diamond Sorting Ltd.']]),
    line(0.256, [[0.08, '52 Bezalel Street, Ramat Gan, Israel']]),
    line(0.32, [
      [0.08, 'Description'],
      [0.5, 'Carats'],
      [0.84, 'Amount USD'],
    ]),
    line(0.34, [
      [0.08, 'Rough diamonds'],
      [0.5, '1,250.00'],
      [0.84, '120,500.00'],
    ]),
  ]);

  it('reads the address past the lines of the other column', () => {
    const f = read(invoice, 'invoice')?.fields;
    expect(f?.seller_name?.value).toBe('Kasai Gem Exports SPRL');
    expect(f?.seller_address?.value).toBe('12 avenue du Fleuve, Tshikapa, DR Congo');
    expect(f?.invoice_number?.value).toBe('KGE/24/0311');
  });
});

describe('an address line stretched by a tall crumb at the page’s edge', () => {
  // A stamp's edge read as a word as tall as two lines, at the right of the street line.
  const stretched = line(0.3, [[0.96, 'OLS)']], 0.2).map((w) => ({ ...w, y0: 0.29, y1: 0.313 }));
  const certificate = page([
    line(0.05, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.1, [[0.1, 'Certificate No']]),
    line(0.115, [[0.1, 'BE 0692324']]),
    line(0.26, [
      [0.1, 'Exporter (name and address)'],
      [0.52, 'Importer (name and address)'],
    ]),
    line(0.28, [
      [0.1, 'Van Loon & Peeters Diamonds NV'],
      [0.52, 'Pearl Delta Diamond Co., Limited'],
    ]),
    line(0.3, [
      [0.1, 'Pelikaanstraat 62, Antwerpen, Belgium'],
      [0.52, 'Room 1203, 18 Sung On Street,'],
    ]),
    stretched,
    line(0.314, [[0.52, 'Hung Hom, Kowloon, Hong Kong']]),
    // The next box's caption, misread past knowing, and its value: not the exporter's.
    line(0.345, [
      [0.1, '8. Cuntry of ong'],
      [0.52, 'Country of destination'],
    ]),
    line(0.36, [
      [0.1, 'Angola, Botswana, Canada'],
      [0.52, 'Hong Kong'],
    ]),
  ]);

  it('ends the exporter’s address where its block ends', () => {
    const f = read(certificate, 'kp_certificate')?.fields;
    expect(f?.exporter_address?.value).toBe('Pelikaanstraat 62, Antwerpen, Belgium');
    expect(f?.importer_address?.value).toBe(
      'Room 1203, 18 Sung On Street, Hung Hom, Kowloon, Hong Kong',
    );
  });
});

describe('a seller printed twice: letterhead and seller block', () => {
  const invoice = (blockAddress: Word[]) =>
    page([
      line(0.05, [[0.1, 'Lunda Norte Diamantes, S.A.']]),
      line(0.07, [[0.1, 'Rua Rainha Ginga, 87, Luanda, Angola']]),
      line(0.12, [
        [0.1, 'SELLER'],
        [0.6, 'COMMERCIAL INVOICE'],
      ]),
      line(0.14, [[0.1, 'Lunda Norte Diamantes, S.A.']]),
      blockAddress,
      line(0.22, [[0.1, 'SOLD TO']]),
      line(0.24, [[0.1, 'Negev Diamond Sorting Ltd.']]),
      line(0.256, [[0.1, '52 Bezalel Street, Ramat Gan, Israel']]),
      line(0.3, [
        [0.6, 'Invoice No'],
        [0.8, 'F-21-00727'],
      ]),
    ]);

  it('takes the surer of the two readings of its address', () => {
    // A smudge over the block: OCR read its address badly and doubted it.
    const smudged = line(0.155, [[0.1, 'Rua Raha $ingd, 87, uanda, Angola']], 0.35);
    const f = read(invoice(smudged), 'invoice')?.fields;
    expect(f?.seller_address?.value).toBe('Rua Rainha Ginga, 87, Luanda, Angola');
  });

  it('keeps the block’s own address when the letterhead prints another one', () => {
    const own = line(0.155, [[0.1, 'Rua Major Kanhangulo, 100, Luanda, Angola']], 0.6);
    const f = read(invoice(own), 'invoice')?.fields;
    expect(f?.seller_address?.value).toBe('Rua Major Kanhangulo, 100, Luanda, Angola');
  });
});

describe('a smudge under an address block', () => {
  it('ends the address where OCR doubted every word of the next row', () => {
    const words = page([
      line(0.05, [[0.6, 'COMMERCIAL INVOICE']]),
      line(0.12, [[0.08, 'SOLD TO']]),
      line(0.14, [[0.08, 'Pearl Delta Diamond Co., Limited']]),
      line(0.155, [[0.08, 'Room 1203, 18 Sung On Street, Hung Hom']]),
      line(0.17, [[0.08, 'Kowloon, Hong Kong']]),
      line(0.185, [[0.08, 'ARN,']], 0.18),
      line(0.3, [
        [0.6, 'Invoice No'],
        [0.8, 'EXP/22/0030'],
      ]),
    ]);
    expect(read(words, 'invoice')?.fields.buyer_address?.value).toBe(
      'Room 1203, 18 Sung On Street, Hung Hom, Kowloon, Hong Kong',
    );
  });
});
