import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/casefile/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/casefile/migrations';
import { replaceExtractedFields, setReviewerField } from '../../../main/casefile/queries/fields';
import { storedDocuments } from '../../../main/casefile/queries/stored-documents';
import type { ExtractedDocument, ExtractedField } from '../../../main/extract/types';

const SHA = 'c'.repeat(64);

function caseAt(version?: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations, version);
  db.exec(`
    INSERT INTO blobs VALUES ('${SHA}', x'00', 1);
    INSERT INTO documents (sha256, file_name, media_type, size, added_at, added_by)
      VALUES ('${SHA}', 'bundle.pdf', 'application/pdf', 1, 't', 'ana');
  `);
  return db;
}

function addPages(db: Database.Database, types: (string | null)[]): void {
  const insert = db.prepare(
    `INSERT INTO pages (document_id, page_no, width, height, text_source, doc_type)
     VALUES (1, ?, 595, 842, 'ocr', ?)`,
  );
  types.forEach((t, i) => insert.run(i + 1, t));
}

const field = (value: number, confidence: number, placed = true): ExtractedField => ({
  value,
  text: String(value),
  confidence,
  page: 1,
  bbox: placed ? [0.1, 0.1, 0.2, 0.12] : [0, 0, 0, 0],
  needsReview: false,
});

describe('migration 004 (page documents)', () => {
  it('numbers the documents of older case files by runs of one type, confidence unknown', () => {
    const db = caseAt(3);
    addPages(db, ['kp_certificate', 'invoice', 'invoice', 'airway_bill', 'other']);
    db.prepare(
      `INSERT INTO pages (document_id, page_no, width, height, text_source) VALUES (1, 6, 1, 1, 'ocr')`,
    ).run();
    expect(migrate(db)).toEqual({ from: 3, to: LATEST_SCHEMA_VERSION });
    expect(
      db.prepare('SELECT doc_index, doc_confidence FROM pages ORDER BY page_no').all(),
    ).toEqual([
      { doc_index: 0, doc_confidence: null },
      { doc_index: 1, doc_confidence: null },
      { doc_index: 1, doc_confidence: null },
      { doc_index: 2, doc_confidence: null },
      { doc_index: 3, doc_confidence: null },
      { doc_index: null, doc_confidence: null },
    ]);
    expect(storedDocuments(db, 1).map((d) => [d.type, d.pages, d.confidence])).toEqual([
      ['kp_certificate', [1], null],
      ['invoice', [2, 3], null],
      ['airway_bill', [4], null],
      ['other', [5], null],
    ]);
  });

  it('keeps each document of a file apart, two of one type in a row too', () => {
    const db = caseAt();
    addPages(db, [null, null, null]);
    const docs: ExtractedDocument[] = [
      { type: 'invoice', pages: [1], confidence: 0.93, fields: { total_amount: field(100, 0.95) } },
      {
        type: 'invoice',
        pages: [2, 3],
        confidence: 0.71,
        fields: { total_carats: field(12.5, 0.6), total_amount: field(200, 0.9, false) },
      },
    ];
    replaceExtractedFields(db, 1, docs);
    const stored = storedDocuments(db, 1);
    expect(stored.map((d) => [d.index, d.type, d.pages, d.confidence, d.ocrPages])).toEqual([
      [0, 'invoice', [1], 0.93, 1],
      [1, 'invoice', [2, 3], 0.71, 2],
    ]);
    expect(stored[0]?.fields.total_amount).toMatchObject({ value: 100, needsReview: false });
    // Below the review threshold, or worked out with no box on the page: to review.
    expect(stored[1]?.fields.total_carats).toMatchObject({ value: 12.5, needsReview: true });
    expect(stored[1]?.fields.total_amount).toMatchObject({ value: 200, needsReview: true });

    // A reviewer's value is settled, and survives extraction again.
    setReviewerField(db, {
      documentId: 1,
      docIndex: 1,
      name: 'total_carats',
      value: 12.75,
      text: '12.75',
      page: 2,
      bbox: [0.5, 0.5, 0.6, 0.52],
      confidence: 0.5,
      actor: 'ana',
      reason: 'misread',
    });
    replaceExtractedFields(db, 1, docs);
    expect(storedDocuments(db, 1)[1]?.fields.total_carats).toMatchObject({
      value: 12.75,
      origin: 'reviewer',
      needsReview: false,
    });
  });
});
