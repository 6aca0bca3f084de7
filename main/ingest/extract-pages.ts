import { extractDocuments } from '../extract/extract-documents';
import { applyTemplates, type StoredDocument } from '../extract/templates/apply-templates';
import type { Template } from '../extract/templates/template';
import type { PageWords } from '../extract/types';

/**
 * The one extraction entry point: a document's stored pages into typed documents and fields.
 * The engine reads every page; the case's templates then read their boxes on pages of their
 * layout and win over the engine. Pure (no case file), so ingest runs it in a reader thread
 * and re-extraction or template teaching on the caller's.
 */
export function extractPages(
  pages: readonly PageWords[],
  templates: readonly Template[],
): StoredDocument[] {
  return applyTemplates(extractDocuments(pages), pages, templates);
}
