import type { Database } from 'better-sqlite3';
import { appendAudit } from '../casefile/queries/audit';
import { insertDocument } from '../casefile/queries/documents';
import { replaceExtractedFields } from '../casefile/queries/fields';
import { documentPageWords, insertPage } from '../casefile/queries/pages';
import { listTemplates } from '../casefile/queries/templates';
import type { StoredDocument } from '../extract/templates/apply-templates';
import type { PreparedPage } from './prepare/prepared-page';

/** What extraction needs of a stored document: its pages' words and the case's templates. */
export function extractionInput(db: Database, documentId: number) {
  return { pages: documentPageWords(db, documentId), templates: listTemplates(db) };
}

/**
 * Stores what extraction read (values a reviewer set are kept); returns how many documents.
 */
export function storeExtracted(
  db: Database,
  documentId: number,
  documents: readonly StoredDocument[],
): number {
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
