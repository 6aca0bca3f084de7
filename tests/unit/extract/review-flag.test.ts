// needs_review should single out the values a reviewer must look at: one doubtful word in a
// name, print-like garbage, and not a certificate number that validates cleanly.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import { fieldConfidence, REVIEW_THRESHOLD } from '../../../main/extract/fields/confidence';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

function confirmation(importer: Word[]) {
  const words = page([
    line(0.05, [[0.25, 'CONFIRMATION OF IMPORT']]),
    line(0.12, [[0.08, 'KP certificate number']]),
    line(0.12, [[0.4, 'NA 0042195']]),
    line(0.16, [[0.08, 'Importer']]),
    importer,
    line(0.2, [[0.08, 'Number of parcels']]),
    line(0.2, [[0.4, '3']]),
  ]);
  return extractDocuments([{ pageNo: 1, words }])[0]?.fields ?? {};
}

describe('the needs-review flag', () => {
  it('is off for clean print, on when one word of a name is doubtful to OCR', () => {
    const clean = confirmation(line(0.16, [[0.4, 'Namib Rough Traders Ltd']]));
    expect(clean.importer_name?.needsReview).toBe(false);
    expect(clean.certificate_number?.needsReview).toBe(false);
    const doubtful = line(0.16, [[0.4, 'Namib Rough Traders Lid']]).map((w) =>
      w.text === 'Lid' ? { ...w, confidence: 0.6 } : w,
    );
    expect(confirmation(doubtful).importer_name?.needsReview).toBe(true);
  });

  it('costs free text that holds characters print does not', () => {
    const words = line(0.1, [[0.1, 'Negev Phainond Sorting {ad']]);
    const plain = line(0.1, [[0.1, 'Negev Diamond Sorting Ltd']]);
    expect(fieldConfidence(0.9, words, 'name')).toBeLessThan(fieldConfidence(0.9, plain, 'name'));
    // The same text as a certificate number would not be judged by its look.
    expect(fieldConfidence(0.9, words, 'certificate')).toBe(
      fieldConfidence(0.9, plain, 'certificate'),
    );
  });

  it('trusts a strictly validated value more than free text at the same score', () => {
    const words = line(0.1, [[0.1, 'BW 0123456']]);
    expect(fieldConfidence(0.55, words, 'certificate')).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(fieldConfidence(0.55, words, 'name')).toBeLessThan(REVIEW_THRESHOLD);
  });
});

describe('free text OCR could not read', () => {
  it('is left unread, not given as a name, when OCR doubted its words and they are no print', () => {
    const garbled = line(0.16, [[0.4, "Hitisoh 'Rbtigh {ad"]], 0.3);
    const f = confirmation(garbled);
    expect(f.importer_name).toBeUndefined();
    // The validated fields around it still stand.
    expect(f.certificate_number?.value).toBe('NA 0042195');
  });

  it('keeps a name OCR doubted in one word only, for review', () => {
    const doubtful = line(0.16, [[0.4, 'Namib Rough Traders Lid']]).map((w) =>
      w.text === 'Lid' ? { ...w, confidence: 0.4 } : w,
    );
    expect(confirmation(doubtful).importer_name?.needsReview).toBe(true);
  });
});
