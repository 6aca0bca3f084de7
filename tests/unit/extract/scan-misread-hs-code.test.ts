// A certificate whose HS code came back from OCR with its 0 read as 6 ("7162.31", seed 13301's
// second US certificate): no such heading exists (chapter 71 ends at 7118), and one digit
// from the rough-diamond heading it is that heading, trusted less. A heading that exists (7103,
// other precious stones) is another good and is not read as a diamond code.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import { line, page } from './fixtures/hand-words';

const certificate = (code: string) =>
  page([
    line(0.05, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.12, [
      [0.05, 'Certificate No.'],
      [0.4, 'US 66322'],
    ]),
    line(0.2, [
      [0.05, 'Country of Origin'],
      [0.4, 'United States of America'],
    ]),
    line(0.28, [
      [0.05, 'Harmonized Commodity Code'],
      [0.45, code],
    ]),
    line(0.36, [
      [0.05, 'Carat Weight/Mass'],
      [0.45, '2,022.08'],
    ]),
  ]);

describe('an HS code with one digit misread', () => {
  it('is the diamond heading, trusted less than one read as printed, where no such heading exists', () => {
    const [doc] = extractDocuments([{ pageNo: 1, words: certificate('7162.31'), rotation: 0 }]);
    const [clean] = extractDocuments([{ pageNo: 1, words: certificate('7102.31'), rotation: 0 }]);
    expect(doc?.type).toBe('kp_certificate');
    expect(doc?.fields.hs_codes?.value).toEqual(['7102.31']);
    expect(doc?.fields.hs_codes?.text).toBe('7162.31'); // what the reviewer sees was printed
    expect(doc?.fields.hs_codes?.confidence).toBeLessThan(clean?.fields.hs_codes?.confidence ?? 0);
  });

  it('is left alone where the heading exists', () => {
    const [doc] = extractDocuments([{ pageNo: 1, words: certificate('7103.10'), rotation: 0 }]);
    expect(doc?.fields.hs_codes).toBeUndefined();
  });
});
