// A certificate without a destination box (the US form), or whose destination OCR lost: the
// importer's address names the country, "Hong Kong, China" being Hong Kong.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';
import { usFormHead } from './fixtures/page-parts';

const certificate = (town: string): Word[] =>
  page([
    ...usFormHead(),
    line(0.632, [[0.42, 'Room 1203, Peninsula Square,']]),
    line(0.65, [
      [0.083, 'Ultimate Consignee'],
      [0.24, 'Pearl Delta Ltd'],
      [0.42, town],
      [0.7, 'Carat Weight/Mass'],
      [0.86, '8,780.89'],
    ]),
  ]);

const destinationOf = (words: Word[]): unknown =>
  extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate')?.fields
    .destination_country?.value;

describe('the destination read from the importer’s address', () => {
  it('is the territory printed before its state', () => {
    expect(destinationOf(certificate('Kowloon, Hong Kong, China'))).toBe('HK');
  });

  it('is the country the address ends with otherwise', () => {
    expect(destinationOf(certificate('Shanghai, China'))).toBe('CN');
  });
});
