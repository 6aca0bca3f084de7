import type { Migration } from './migration';

/** The first schema: every table the case file needs, STRICT, with foreign keys. */
export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up: (db) => {
    db.exec(`
      CREATE TABLE case_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE reviewers (
        name     TEXT PRIMARY KEY,
        added_at TEXT NOT NULL
      ) STRICT;

      -- Originals are immutable and content-addressed.
      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        bytes  BLOB NOT NULL,
        size   INTEGER NOT NULL CHECK (size = length(bytes))
      ) STRICT;

      CREATE TABLE documents (
        id         INTEGER PRIMARY KEY,
        sha256     TEXT NOT NULL UNIQUE REFERENCES blobs(sha256),
        file_name  TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size       INTEGER NOT NULL,
        added_at   TEXT NOT NULL,
        added_by   TEXT NOT NULL,
        status     TEXT NOT NULL DEFAULT 'added' CHECK (status IN ('pending', 'added', 'error')),
        error_code    TEXT,
        error_message TEXT
      ) STRICT;

      CREATE TABLE pages (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page_no     INTEGER NOT NULL CHECK (page_no >= 1),
        width       REAL NOT NULL,
        height      REAL NOT NULL,
        rotation    INTEGER NOT NULL DEFAULT 0,
        text_source TEXT NOT NULL CHECK (text_source IN ('text_layer', 'ocr', 'none')),
        doc_type    TEXT,
        thumbnail   BLOB,
        UNIQUE (document_id, page_no)
      ) STRICT;

      -- Boxes are fractions of the page, origin top-left.
      CREATE TABLE words (
        id         INTEGER PRIMARY KEY,
        page_id    INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
        confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        UNIQUE (page_id, seq)
      ) STRICT;

      CREATE TABLE fields (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        doc_index   INTEGER NOT NULL DEFAULT 0,
        name        TEXT NOT NULL,
        value_json  TEXT NOT NULL,
        source_text TEXT,
        page_no     INTEGER,
        x0 REAL, y0 REAL, x1 REAL, y1 REAL,
        confidence  REAL CHECK (confidence BETWEEN 0 AND 1),
        origin      TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'template', 'reviewer')),
        UNIQUE (document_id, doc_index, name)
      ) STRICT;

      CREATE TABLE field_history (
        id          INTEGER PRIMARY KEY,
        field_id    INTEGER NOT NULL REFERENCES fields(id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        old_value_json TEXT,
        new_value_json TEXT NOT NULL,
        reason      TEXT
      ) STRICT;

      CREATE TABLE shipments (
        id  INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE shipment_documents (
        shipment_id INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        doc_index   INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (shipment_id, document_id, doc_index)
      ) STRICT;

      CREATE TABLE findings (
        id            INTEGER PRIMARY KEY,
        rule          TEXT NOT NULL,
        severity      TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low', 'info')),
        shipment_id   INTEGER REFERENCES shipments(id) ON DELETE CASCADE,
        title         TEXT NOT NULL,
        message       TEXT NOT NULL,
        evidence_json TEXT NOT NULL DEFAULT '[]',
        status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed')),
        note          TEXT,
        created_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE jobs (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
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

      -- Append-only and hash-chained: hash = sha256(prev_hash + canonical entry).
      CREATE TABLE audit (
        seq          INTEGER PRIMARY KEY,
        at           TEXT NOT NULL,
        actor        TEXT NOT NULL,
        action       TEXT NOT NULL,
        payload_json TEXT NOT NULL,
        prev_hash    TEXT NOT NULL,
        hash         TEXT NOT NULL
      ) STRICT;

      CREATE INDEX pages_by_document ON pages(document_id, page_no);
      CREATE INDEX words_by_page ON words(page_id, seq);
      CREATE INDEX fields_by_document ON fields(document_id, doc_index);
      CREATE INDEX findings_by_shipment ON findings(shipment_id);
      CREATE INDEX shipment_documents_by_document ON shipment_documents(document_id);
    `);
  },
};
