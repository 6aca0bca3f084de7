import type { Migration } from './migration';

/**
 * What ingest needs to resume and to explain itself: the page count a document announced
 * (so an interrupted one is known to be incomplete), per-page OCR confidence, skew and errors.
 */
export const migration002: Migration = {
  version: 2,
  name: 'ingest state',
  up: (db) => {
    db.exec(`
      ALTER TABLE documents ADD COLUMN page_total INTEGER;
      ALTER TABLE pages ADD COLUMN confidence REAL CHECK (confidence BETWEEN 0 AND 1);
      ALTER TABLE pages ADD COLUMN skew REAL NOT NULL DEFAULT 0;
      ALTER TABLE pages ADD COLUMN error_code TEXT;
      ALTER TABLE pages ADD COLUMN error_message TEXT;
      -- Files finished as added or error keep their status; nothing to backfill.
    `);
  },
};
