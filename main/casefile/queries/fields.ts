import type { Database } from 'better-sqlite3';
import type { ExtractedDocument } from '../../extract/types';

/**
 * Stores what extraction read from one file: each page's document type and every field with
 * its source text, box and confidence. Earlier extracted values are replaced; values a
 * reviewer set (origin 'reviewer' or 'template') are kept.
 */
export function replaceExtractedFields(
  db: Database,
  documentId: number,
  documents: readonly ExtractedDocument[],
): void {
  db.transaction(() => {
    db.prepare("DELETE FROM fields WHERE document_id = ? AND origin = 'extracted'").run(documentId);
    const setType = db.prepare(
      'UPDATE pages SET doc_type = ? WHERE document_id = ? AND page_no = ?',
    );
    const kept = db.prepare(
      'SELECT 1 FROM fields WHERE document_id = ? AND doc_index = ? AND name = ?',
    );
    const insert = db.prepare(
      `INSERT INTO fields (document_id, doc_index, name, value_json, source_text, page_no, x0, y0, x1, y1, confidence, origin)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'extracted')`,
    );
    documents.forEach((doc, index) => {
      for (const page of doc.pages) setType.run(doc.type, documentId, page);
      for (const [name, f] of Object.entries(doc.fields)) {
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
        );
      }
    });
  })();
}
