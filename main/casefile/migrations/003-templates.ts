import type { Migration } from './migration';

/**
 * User templates: a box a reviewer drew around a field, kept with the label fingerprint of its
 * page so later documents of the same layout are read the same way. They live in the case
 * file, so they travel with the case. A field read through a template names it.
 */
export const migration003: Migration = {
  version: 3,
  name: 'templates',
  up: (db) => {
    db.exec(`
      CREATE TABLE templates (
        id          INTEGER PRIMARY KEY,
        doc_type    TEXT NOT NULL CHECK (doc_type IN ('kp_certificate', 'invoice', 'airway_bill', 'packing_list', 'import_confirmation')),
        field       TEXT NOT NULL,
        -- {"v":1,"tokens":[{"t","x","y","w"}]}: printed words with positions, upright frame.
        fingerprint_json TEXT NOT NULL,
        -- Page of the box within its document, 0 = first.
        page_offset INTEGER NOT NULL DEFAULT 0 CHECK (page_offset >= 0),
        -- The box as drawn on the source page as stored, and how that page was turned upright.
        x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
        rotation    INTEGER NOT NULL DEFAULT 0,
        -- Lines the value took on the source page: a box carried to another page reads as many.
        value_lines INTEGER NOT NULL DEFAULT 1 CHECK (value_lines >= 1),
        source_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        source_page_no     INTEGER,
        source_text TEXT,
        created_at  TEXT NOT NULL,
        created_by  TEXT NOT NULL,
        CHECK (0 <= x0 AND x0 < x1 AND x1 <= 1 AND 0 <= y0 AND y0 < y1 AND y1 <= 1)
      ) STRICT;
      CREATE INDEX templates_by_type ON templates(doc_type, field);

      -- Existing fields came from the engine or a reviewer: no template to name.
      ALTER TABLE fields ADD COLUMN template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL;
      CREATE INDEX fields_by_template ON fields(template_id);
    `);
  },
};
