import type { Database } from 'better-sqlite3';
import { appendAudit } from '../casefile/queries/audit';
import { insertDocument } from '../casefile/queries/documents';
import { replaceExtractedFields } from '../casefile/queries/fields';
import { documentPageWords, insertPage } from '../casefile/queries/pages';
import { listTemplates } from '../casefile/queries/templates';
import { extractDocuments } from '../extract/extract-documents';
import { applyTemplates } from '../extract/templates/apply-templates';
import type { PreparedPage } from './prepare/prepared-page';

/**
 * Classifies the stored pages into documents and stores their fields; returns how many. The
 * case's templates read their boxes on pages of their layout and win over the engine; values a
 * reviewer set are kept. Also what re-extraction runs.
 */
export function extractStoredDocument(db: Database, documentId: number): number {
  const pages = documentPageWords(db, documentId);
  const documents = applyTemplates(extractDocuments(pages), pages, listTemplates(db));
  replaceExtractedFields(db, documentId, documents);
  return documents.length;
}

export function storeOriginal(
  db: Database,
  bytes: Uint8Array,
  name: string,
  mediaType: string,
  actor: string,
): number {
  return db.transaction(() => {
    const doc = insertDocument(db, {
      bytes,
      fileName: name,
      mediaType,
      addedBy: actor,
      status: 'pending',
    });
    appendAudit(db, {
      actor,
      action: 'document.added',
      payload: { sha256: doc.sha256, fileName: name, mediaType, size: bytes.length },
    });
    return doc.id;
  })();
}

export function storePage(
  db: Database,
  documentId: number,
  page: PreparedPage & { textSource: 'text_layer' | 'none' },
): void {
  insertPage(db, {
    documentId,
    pageNo: page.pageNo,
    width: page.width,
    height: page.height,
    rotation: 0,
    skew: 0,
    textSource: page.textSource,
    thumbnail: page.thumbnail,
    words: page.textSource === 'text_layer' ? page.words : [],
    confidence: page.textSource === 'text_layer' && page.words.length ? 1 : null,
    error: page.textSource === 'none' ? page.error : null,
  });
}
