import type { Migration } from './migration';

/**
 * What ingest needs to resume and to explain itself: the page count a document announced
 * (so an interrupted one is known to be incomplete), per-page OCR confidence, skew and errors,
 * and an `interrupted` job state.
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
    // A job whose process died is 'interrupted': SQLite cannot alter a CHECK, so the jobs
    // table is rebuilt with the wider one, rows kept.
    db.exec(`
      CREATE TABLE jobs_v2 (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')),
        params_json TEXT NOT NULL DEFAULT '{}',
        step        TEXT,
        done        INTEGER NOT NULL DEFAULT 0,
        total       INTEGER NOT NULL DEFAULT 0,
        result_json TEXT,
        error_code    TEXT,
        error_message TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      INSERT INTO jobs_v2 SELECT * FROM jobs;
      DROP TABLE jobs;
      ALTER TABLE jobs_v2 RENAME TO jobs;
    `);
  },
};
