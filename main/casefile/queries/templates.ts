import type { Database } from 'better-sqlite3';
import type { Fingerprint } from '../../extract/templates/fingerprint';
import type { Template } from '../../extract/templates/template';
import type { Bbox, KnownDocType } from '../../extract/types';

export interface NewTemplate extends Omit<Template, 'id'> {
  sourceDocumentId: number;
  sourcePageNo: number;
  sourceText: string;
  createdBy: string;
  createdAt?: string;
}

export interface TemplateRow extends Template {
  sourceDocumentId: number | null;
  sourcePageNo: number | null;
  sourceText: string | null;
  createdAt: string;
  createdBy: string;
  /** Fields currently read through this template. */
  fieldCount: number;
}

interface RawRow {
  id: number;
  doc_type: KnownDocType;
  field: string;
  fingerprint_json: string;
  page_offset: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  rotation: number;
  value_lines: number;
  source_document_id: number | null;
  source_page_no: number | null;
  source_text: string | null;
  created_at: string;
  created_by: string;
  field_count: number;
}

const SELECT = `SELECT t.*, (SELECT count(*) FROM fields f WHERE f.template_id = t.id) AS field_count
                  FROM templates t`;

function toRow(r: RawRow, parsed: Map<string, Fingerprint>): TemplateRow {
  // Templates drawn on one page share a fingerprint: parse it once, so it is compared once.
  let fingerprint = parsed.get(r.fingerprint_json);
  if (!fingerprint) {
    fingerprint = JSON.parse(r.fingerprint_json) as Fingerprint;
    parsed.set(r.fingerprint_json, fingerprint);
  }
  const box: Bbox = [r.x0, r.y0, r.x1, r.y1];
  return {
    id: r.id,
    docType: r.doc_type,
    field: r.field,
    fingerprint,
    pageOffset: r.page_offset,
    box,
    rotation: r.rotation,
    valueLines: r.value_lines,
    sourceDocumentId: r.source_document_id,
    sourcePageNo: r.source_page_no,
    sourceText: r.source_text,
    createdAt: r.created_at,
    createdBy: r.created_by,
    fieldCount: r.field_count,
  };
}

export function listTemplates(db: Database, docType?: KnownDocType): TemplateRow[] {
  const rows = (
    docType
      ? db.prepare(`${SELECT} WHERE t.doc_type = ? ORDER BY t.id`).all(docType)
      : db.prepare(`${SELECT} ORDER BY t.id`).all()
  ) as RawRow[];
  const parsed = new Map<string, Fingerprint>();
  return rows.map((r) => toRow(r, parsed));
}

export function getTemplate(db: Database, id: number): TemplateRow | null {
  const r = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as RawRow | undefined;
  return r ? toRow(r, new Map()) : null;
}

function params(t: NewTemplate) {
  const [x0, y0, x1, y1] = t.box;
  return {
    doc_type: t.docType,
    field: t.field,
    fingerprint_json: JSON.stringify(t.fingerprint),
    page_offset: t.pageOffset,
    x0,
    y0,
    x1,
    y1,
    rotation: t.rotation,
    value_lines: t.valueLines,
    source_document_id: t.sourceDocumentId,
    source_page_no: t.sourcePageNo,
    source_text: t.sourceText,
    created_at: t.createdAt ?? new Date().toISOString(),
    created_by: t.createdBy,
  };
}

export function insertTemplate(db: Database, t: NewTemplate): number {
  const info = db
    .prepare(
      `INSERT INTO templates (doc_type, field, fingerprint_json, page_offset, x0, y0, x1, y1, rotation,
                              value_lines, source_document_id, source_page_no, source_text, created_at, created_by)
       VALUES (@doc_type, @field, @fingerprint_json, @page_offset, @x0, @y0, @x1, @y1, @rotation,
               @value_lines, @source_document_id, @source_page_no, @source_text, @created_at, @created_by)`,
    )
    .run(params(t));
  return Number(info.lastInsertRowid);
}

/** Redrawn on the same layout: the template keeps its id and takes the new box and page. */
export function replaceTemplate(db: Database, id: number, t: NewTemplate): void {
  db.prepare(
    `UPDATE templates SET doc_type = @doc_type, field = @field, fingerprint_json = @fingerprint_json,
            page_offset = @page_offset, x0 = @x0, y0 = @y0, x1 = @x1, y1 = @y1, rotation = @rotation,
            value_lines = @value_lines,
            source_document_id = @source_document_id, source_page_no = @source_page_no,
            source_text = @source_text, created_at = @created_at, created_by = @created_by
      WHERE id = @id`,
  ).run({ ...params(t), id });
}

export function deleteTemplate(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM templates WHERE id = ?').run(id).changes > 0;
}

/** Documents with a field read through the template. */
export function documentsUsingTemplate(db: Database, id: number): number[] {
  return (
    db
      .prepare('SELECT DISTINCT document_id FROM fields WHERE template_id = ? ORDER BY document_id')
      .all(id) as { document_id: number }[]
  ).map((r) => r.document_id);
}

/** Stored pages that extraction classified as `docType`, with their turn. */
export function pagesOfType(
  db: Database,
  docType: KnownDocType,
): { documentId: number; pageNo: number; rotation: number }[] {
  return db
    .prepare(
      `SELECT document_id AS documentId, page_no AS pageNo, rotation FROM pages
        WHERE doc_type = ? ORDER BY document_id, page_no`,
    )
    .all(docType) as { documentId: number; pageNo: number; rotation: number }[];
}
