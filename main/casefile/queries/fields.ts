import type { Database } from 'better-sqlite3';
import type { StoredDocument } from '../../extract/templates/apply-templates';
import type { Bbox, ExtractedDocument, FieldValue } from '../../extract/types';

/**
 * Stores what extraction read from one file: each page's document (its index in the file,
 * type and classification confidence) and every field with its source text, box and
 * confidence. Earlier extracted values (from the engine or through a template, origin
 * 'extracted' or 'template') are replaced; values a reviewer set are kept.
 */
export function replaceExtractedFields(
  db: Database,
  documentId: number,
  documents: readonly (ExtractedDocument | StoredDocument)[],
): void {
  db.transaction(() => {
    db.prepare(
      "DELETE FROM fields WHERE document_id = ? AND origin IN ('extracted', 'template')",
    ).run(documentId);
    const setDocument = db.prepare(
      `UPDATE pages SET doc_type = ?, doc_index = ?, doc_confidence = ?
       WHERE document_id = ? AND page_no = ?`,
    );
    const kept = db.prepare(
      'SELECT 1 FROM fields WHERE document_id = ? AND doc_index = ? AND name = ?',
    );
    const insert = db.prepare(
      `INSERT INTO fields (document_id, doc_index, name, value_json, source_text, page_no, x0, y0, x1, y1, confidence, origin, template_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    documents.forEach((doc, index) => {
      const sure = Math.min(1, Math.max(0, doc.confidence));
      for (const page of doc.pages) setDocument.run(doc.type, index, sure, documentId, page);
      for (const [name, f] of Object.entries<StoredDocument['fields'][string]>(doc.fields)) {
        if (kept.get(documentId, index, name)) continue;
        const [x0, y0, x1, y1] = f.bbox;
        const placed = x1 > x0 && y1 > y0;
        insert.run(
          documentId,
          index,
          name,
          JSON.stringify(f.value),
          f.text,
          f.page,
          placed ? x0 : null,
          placed ? y0 : null,
          placed ? x1 : null,
          placed ? y1 : null,
          Math.min(1, Math.max(0, f.confidence)),
          f.templateId === undefined ? 'extracted' : 'template',
          f.templateId ?? null,
        );
      }
    });
  })();
}

export interface ReviewerField {
  documentId: number;
  docIndex: number;
  name: string;
  value: FieldValue;
  text: string;
  page: number;
  bbox: Bbox;
  confidence: number;
  actor: string;
  reason: string;
}

/**
 * A value the reviewer set (origin 'reviewer'): it replaces whatever was there and survives
 * re-extraction; the change is kept in the field's history. Returns the value it replaced.
 */
export function setReviewerField(db: Database, f: ReviewerField): FieldValue | null {
  return db.transaction(() => {
    const old = db
      .prepare(
        'SELECT id, value_json FROM fields WHERE document_id = ? AND doc_index = ? AND name = ?',
      )
      .get(f.documentId, f.docIndex, f.name) as { id: number; value_json: string } | undefined;
    const [x0, y0, x1, y1] = f.bbox;
    const row = db
      .prepare(
        `INSERT INTO fields (document_id, doc_index, name, value_json, source_text, page_no, x0, y0, x1, y1, confidence, origin, template_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'reviewer', NULL)
         ON CONFLICT (document_id, doc_index, name) DO UPDATE SET
           value_json = excluded.value_json, source_text = excluded.source_text,
           page_no = excluded.page_no, x0 = excluded.x0, y0 = excluded.y0, x1 = excluded.x1,
           y1 = excluded.y1, confidence = excluded.confidence, origin = 'reviewer', template_id = NULL
         RETURNING id`,
      )
      .get(
        f.documentId,
        f.docIndex,
        f.name,
        JSON.stringify(f.value),
        f.text,
        f.page,
        x0,
        y0,
        x1,
        y1,
        Math.min(1, Math.max(0, f.confidence)),
      ) as { id: number };
    db.prepare(
      `INSERT INTO field_history (field_id, at, actor, old_value_json, new_value_json, reason)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      row.id,
      new Date().toISOString(),
      f.actor,
      old?.value_json ?? null,
      JSON.stringify(f.value),
      f.reason,
    );
    return old ? (JSON.parse(old.value_json) as FieldValue) : null;
  })();
}

/** Boxes of the stored fields on one page (what was read there as values). */
export function fieldBoxes(db: Database, documentId: number, pageNo: number): Bbox[] {
  return (
    db
      .prepare(
        `SELECT x0, y0, x1, y1 FROM fields
          WHERE document_id = ? AND page_no = ? AND x0 IS NOT NULL`,
      )
      .all(documentId, pageNo) as { x0: number; y0: number; x1: number; y1: number }[]
  ).map((r) => [r.x0, r.y0, r.x1, r.y1]);
}
