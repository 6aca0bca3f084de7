import type { Database } from 'better-sqlite3';
import type { Word } from '../../ingest/word';

export interface NewPage {
  documentId: number;
  pageNo: number;
  width: number;
  height: number;
  rotation: number;
  skew: number;
  textSource: 'text_layer' | 'ocr' | 'none';
  thumbnail: Buffer | null;
  words: readonly Word[];
  confidence: number | null;
  error: { code: string; message: string } | null;
}

/** Stores one page with all its words in one transaction: a page is there whole or not at all. */
export function insertPage(db: Database, page: NewPage): number {
  return db.transaction(() => {
    const info = db
      .prepare(
        `INSERT INTO pages (document_id, page_no, width, height, rotation, skew, text_source, thumbnail,
                            confidence, error_code, error_message)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        page.documentId,
        page.pageNo,
        page.width,
        page.height,
        page.rotation,
        page.skew,
        page.textSource,
        page.thumbnail,
        page.confidence,
        page.error?.code ?? null,
        page.error?.message ?? null,
      );
    const pageId = Number(info.lastInsertRowid);
    const word = db.prepare(
      'INSERT INTO words (page_id, seq, text, x0, y0, x1, y1, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    page.words.forEach((w, i) => word.run(pageId, i, w.text, w.x0, w.y0, w.x1, w.y1, w.confidence));
    return pageId;
  })();
}

export function storedPageNumbers(db: Database, documentId: number): number[] {
  return (
    db
      .prepare('SELECT page_no FROM pages WHERE document_id = ? ORDER BY page_no')
      .all(documentId) as {
      page_no: number;
    }[]
  ).map((r) => r.page_no);
}

export interface PageRow {
  pageNo: number;
  width: number;
  height: number;
  textSource: 'text_layer' | 'ocr' | 'none';
  wordCount: number;
  confidence: number | null;
  error: { code: string; message: string } | null;
}

export function listPages(db: Database, documentId: number): PageRow[] {
  const rows = db
    .prepare(
      `SELECT p.page_no AS pageNo, p.width, p.height, p.text_source AS textSource, p.confidence,
              p.error_code AS errorCode, p.error_message AS errorMessage,
              (SELECT count(*) FROM words w WHERE w.page_id = p.id) AS wordCount
         FROM pages p WHERE p.document_id = ? ORDER BY p.page_no`,
    )
    .all(documentId) as (Omit<PageRow, 'error'> & {
    errorCode: string | null;
    errorMessage: string | null;
  })[];
  return rows.map(({ errorCode, errorMessage, ...r }) => ({
    ...r,
    error: errorCode ? { code: errorCode, message: errorMessage ?? '' } : null,
  }));
}

export function pageThumbnail(db: Database, documentId: number, pageNo: number): Buffer | null {
  const row = db
    .prepare('SELECT thumbnail FROM pages WHERE document_id = ? AND page_no = ?')
    .get(documentId, pageNo) as { thumbnail: Buffer | null } | undefined;
  return row?.thumbnail ?? null;
}

export function pageWords(db: Database, documentId: number, pageNo: number): Word[] {
  return db
    .prepare(
      `SELECT w.text, w.x0, w.y0, w.x1, w.y1, w.confidence FROM words w
         JOIN pages p ON p.id = w.page_id
        WHERE p.document_id = ? AND p.page_no = ? ORDER BY w.seq`,
    )
    .all(documentId, pageNo) as Word[];
}

/** Every stored page of a document with its words and turn, as extraction takes them. */
export function documentPageWords(
  db: Database,
  documentId: number,
): { pageNo: number; rotation: number; words: Word[] }[] {
  const pages = db
    .prepare('SELECT page_no AS pageNo, rotation FROM pages WHERE document_id = ? ORDER BY page_no')
    .all(documentId) as { pageNo: number; rotation: number }[];
  return pages.map((p) => ({ ...p, words: pageWords(db, documentId, p.pageNo) }));
}

export function setPageThumbnail(
  db: Database,
  documentId: number,
  pageNo: number,
  png: Buffer,
): void {
  db.prepare('UPDATE pages SET thumbnail = ? WHERE document_id = ? AND page_no = ?').run(
    png,
    documentId,
    pageNo,
  );
}

export function hasPage(db: Database, documentId: number, pageNo: number): boolean {
  return (
    db
      .prepare('SELECT 1 FROM pages WHERE document_id = ? AND page_no = ?')
      .get(documentId, pageNo) !== undefined
  );
}
