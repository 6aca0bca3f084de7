import type { Database } from 'better-sqlite3';
import { sha256Hex } from '../hash';

export interface DocumentRow {
  id: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  size: number;
  addedAt: string;
  addedBy: string;
  pageCount: number;
  status: string;
  error: { code: string; message: string } | null;
}

interface RawDocumentRow extends Omit<DocumentRow, 'error'> {
  errorCode: string | null;
  errorMessage: string | null;
}

export function listDocuments(db: Database): DocumentRow[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.sha256, d.file_name AS fileName, d.media_type AS mediaType, d.size,
              d.added_at AS addedAt, d.added_by AS addedBy, d.status,
              d.error_code AS errorCode, d.error_message AS errorMessage,
              (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS pageCount
         FROM documents d ORDER BY d.id`,
    )
    .all() as RawDocumentRow[];
  return rows.map(({ errorCode, errorMessage, ...d }) => ({
    ...d,
    error: errorCode ? { code: errorCode, message: errorMessage ?? '' } : null,
  }));
}

export interface NewDocument {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
  addedBy: string;
  addedAt?: string;
  /** `pending` while ingest reads it; `added` (default) when stored complete. */
  status?: 'pending' | 'added' | 'error';
}

/**
 * Stores the original bytes under their SHA-256 and a document row pointing at them.
 * Returns the existing row's id with `duplicate: true` when the same bytes are already there.
 */
export function insertDocument(
  db: Database,
  doc: NewDocument,
): { id: number; sha256: string; duplicate: boolean } {
  const sha256 = sha256Hex(doc.bytes);
  return db.transaction(() => {
    const existing = db.prepare('SELECT id FROM documents WHERE sha256 = ?').get(sha256) as
      { id: number } | undefined;
    if (existing) return { id: existing.id, sha256, duplicate: true };
    db.prepare('INSERT OR IGNORE INTO blobs (sha256, bytes, size) VALUES (?, ?, ?)').run(
      sha256,
      Buffer.from(doc.bytes),
      doc.bytes.length,
    );
    const info = db
      .prepare(
        `INSERT INTO documents (sha256, file_name, media_type, size, added_at, added_by, status)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        sha256,
        doc.fileName,
        doc.mediaType,
        doc.bytes.length,
        doc.addedAt ?? new Date().toISOString(),
        doc.addedBy,
        doc.status ?? 'added',
      );
    return { id: Number(info.lastInsertRowid), sha256, duplicate: false };
  })();
}

export interface BlobMismatch {
  sha256: string;
  fileNames: string[];
  message: string;
}

/** Re-hashes every stored original; returns those whose bytes no longer match their key. */
export function verifyBlobs(db: Database): BlobMismatch[] {
  const bad: BlobMismatch[] = [];
  const names = db.prepare('SELECT file_name FROM documents WHERE sha256 = ? ORDER BY id');
  for (const row of db.prepare('SELECT sha256, bytes FROM blobs').iterate() as IterableIterator<{
    sha256: string;
    bytes: Buffer;
  }>) {
    if (sha256Hex(row.bytes) !== row.sha256) {
      const fileNames = (names.all(row.sha256) as { file_name: string }[]).map((n) => n.file_name);
      bad.push({
        sha256: row.sha256,
        fileNames,
        message: `document ${fileNames.join(', ') || row.sha256.slice(0, 12)}: its stored bytes no longer match SHA-256 ${row.sha256}.`,
      });
    }
  }
  return bad;
}

export interface DocumentState {
  id: number;
  status: 'pending' | 'added' | 'error';
  pageTotal: number | null;
  errorCode: string | null;
}

export function documentBySha(db: Database, sha256: string): DocumentState | undefined {
  return db
    .prepare(
      'SELECT id, status, page_total AS pageTotal, error_code AS errorCode FROM documents WHERE sha256 = ?',
    )
    .get(sha256) as DocumentState | undefined;
}

export function setPageTotal(db: Database, documentId: number, pageTotal: number): void {
  db.prepare('UPDATE documents SET page_total = ? WHERE id = ?').run(pageTotal, documentId);
}

export function setDocumentStatus(
  db: Database,
  documentId: number,
  status: 'pending' | 'added' | 'error',
  error: { code: string; message: string } | null = null,
): void {
  db.prepare('UPDATE documents SET status = ?, error_code = ?, error_message = ? WHERE id = ?').run(
    status,
    error?.code ?? null,
    error?.message ?? null,
    documentId,
  );
}

export function documentExists(db: Database, documentId: number): boolean {
  return db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId) !== undefined;
}

/** The stored original of a document, as it was added. */
export function documentOriginal(
  db: Database,
  documentId: number,
): { bytes: Buffer; mediaType: string } | undefined {
  return db
    .prepare(
      'SELECT b.bytes, d.media_type AS mediaType FROM documents d JOIN blobs b ON b.sha256 = d.sha256 WHERE d.id = ?',
    )
    .get(documentId) as { bytes: Buffer; mediaType: string } | undefined;
}

/** Documents a stopped or crashed ingest left unfinished, oldest first. */
export function pendingDocuments(db: Database): { id: number; fileName: string }[] {
  return db
    .prepare("SELECT id, file_name AS fileName FROM documents WHERE status = 'pending' ORDER BY id")
    .all() as { id: number; fileName: string }[];
}
