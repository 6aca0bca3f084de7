import type { Migration } from './migration';

/**
 * Which of a file's documents each page belongs to, and how sure classification was of it.
 * A bundled file holds several documents; pages.doc_type alone cannot tell two invoices in a
 * row apart, and the fields' doc_index had no pages to point to. With these, what extraction
 * stored is read back as it was found, without extracting again.
 */
export const migration004: Migration = {
  version: 4,
  name: 'page-documents',
  up: (db) => {
    db.exec(`
      ALTER TABLE pages ADD COLUMN doc_index INTEGER CHECK (doc_index >= 0);
      ALTER TABLE pages ADD COLUMN doc_confidence REAL CHECK (doc_confidence BETWEEN 0 AND 1);

      -- Case files written before: each run of pages of one type was one document, in order
      -- (fields.doc_index counts them the same way). The confidence was not kept.
      UPDATE pages SET doc_index = (
        SELECT COUNT(*) - 1 FROM pages AS p
        WHERE p.document_id = pages.document_id AND p.page_no <= pages.page_no
          AND p.doc_type IS NOT NULL
          AND p.doc_type IS NOT (
            SELECT q.doc_type FROM pages AS q
            WHERE q.document_id = p.document_id AND q.page_no = p.page_no - 1
          )
      )
      WHERE doc_type IS NOT NULL;
    `);
  },
};
