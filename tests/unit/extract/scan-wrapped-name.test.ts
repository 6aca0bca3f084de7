// A name wrapped in a narrow box beside its caption: "Pearl Delta Diamond Co.," on the first
// row, "Limited" on the second, the caption level with the second. The reading beside the
// caption is only the legal form; the name is both rows.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';
import { usFormHead } from './fixtures/page-parts';

const certificate = (firstRow: string | null): Word[] =>
  page([
    ...usFormHead(),
    ...(firstRow === null ? [] : [line(0.633, [[0.26, firstRow]])]),
    line(0.65, [
      [0.083, 'Ultimate Consignee'],
      [0.26, 'Limited'],
      [0.7, 'Carat Weight/Mass'],
      [0.86, '8,780.89'],
    ]),
    line(0.71, [
      [0.082, 'Harmonized Commodity Code'],
      [0.446, '7102.31'],
    ]),
  ]);

const importerOf = (words: Word[]): unknown =>
  extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate')?.fields
    .importer_name?.value;

describe('a name wrapped before its legal form beside the caption', () => {
  it('is read from both rows', () => {
    expect(importerOf(certificate('Pearl Delta Diamond Co.,'))).toBe(
      'Pearl Delta Diamond Co., Limited',
    );
  });

  it('is left unread when nothing is printed over the legal form', () => {
    expect(importerOf(certificate(null))).toBeUndefined();
  });
});
