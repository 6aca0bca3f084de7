import type { Database } from 'better-sqlite3';
import { REVIEW_THRESHOLD } from '../../extract/fields/confidence';
import type { Bbox, DocType, ExtractedField, FieldValue } from '../../extract/types';

export type FieldOrigin = 'extracted' | 'template' | 'reviewer';

export interface StoredField extends ExtractedField {
  origin: FieldOrigin;
}

/** One document of a stored file as extraction (and the reviewer) left it. */
export interface StoredFileDocument {
  /** Its place among the file's documents: fields.doc_index. */
  index: number;
  type: DocType;
  pages: number[];
  /** Classification confidence; null in case files written before it was kept. */
  confidence: number | null;
  /** Pages read by OCR rather than from a text layer. */
  ocrPages: number;
  fields: Record<string, StoredField>;
}

interface PageRow {
  page_no: number;
  doc_type: DocType;
  doc_index: number;
  doc_confidence: number | null;
  text_source: string;
}

interface FieldRow {
  doc_index: number;
  name: string;
  value_json: string;
  source_text: string | null;
  page_no: number | null;
  x0: number | null;
  y0: number | null;
  x1: number | null;
  y1: number | null;
  confidence: number | null;
  origin: FieldOrigin;
}

function storedField(r: FieldRow): StoredField {
  const bbox: Bbox = [r.x0 ?? 0, r.y0 ?? 0, r.x1 ?? 0, r.y1 ?? 0];
  const confidence = r.confidence ?? 0;
  const placed = r.x0 !== null;
  return {
    value: JSON.parse(r.value_json) as FieldValue,
    text: r.source_text ?? '',
    confidence,
    page: r.page_no ?? 0,
    bbox,
    // A reviewer's value is settled; a derived value (no box on the page) is always checked.
    needsReview: r.origin !== 'reviewer' && (!placed || confidence < REVIEW_THRESHOLD),
    origin: r.origin,
  };
}

/**
 * The documents extraction found in one stored file, with their fields, in file order. Empty
 * until the file has been extracted.
 */
export function storedDocuments(db: Database, documentId: number): StoredFileDocument[] {
  const pages = db
    .prepare(
      `SELECT page_no, doc_type, doc_index, doc_confidence, text_source FROM pages
        WHERE document_id = ? AND doc_index IS NOT NULL ORDER BY page_no`,
    )
    .all(documentId) as PageRow[];
  const docs = new Map<number, StoredFileDocument>();
  for (const p of pages) {
    const doc = docs.get(p.doc_index) ?? {
      index: p.doc_index,
      type: p.doc_type,
      pages: [],
      confidence: p.doc_confidence,
      ocrPages: 0,
      fields: {},
    };
    doc.pages.push(p.page_no);
    if (p.text_source === 'ocr') doc.ocrPages += 1;
    docs.set(p.doc_index, doc);
  }
  const fields = db
    .prepare(
      `SELECT doc_index, name, value_json, source_text, page_no, x0, y0, x1, y1, confidence, origin
         FROM fields WHERE document_id = ? ORDER BY doc_index, id`,
    )
    .all(documentId) as FieldRow[];
  for (const f of fields) {
    const doc = docs.get(f.doc_index);
    if (doc) doc.fields[f.name] = storedField(f);
  }
  return [...docs.values()].sort((a, b) => a.index - b.index);
}
