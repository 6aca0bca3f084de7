import type { Database } from 'better-sqlite3';
import { extractPages } from './extract-pages';
import { extractionInput, storeExtracted } from './store-document';

/**
 * Classifies the stored pages into documents and stores their fields, on this thread; returns
 * how many. What re-extraction and template teaching run; ingest runs the same extractPages in
 * a reader thread.
 */
export function extractStoredDocument(db: Database, documentId: number): number {
  const { pages, templates } = extractionInput(db, documentId);
  return storeExtracted(db, documentId, extractPages(pages, templates));
}
