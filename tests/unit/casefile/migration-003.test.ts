import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/casefile/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/casefile/migrations';
import { queryPlan } from './query-plan';

const SHA = 'b'.repeat(64);

function tableSql(db: Database.Database, name: string): string {
  const row = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .get(name) as { sql: string } | undefined;
  return row?.sql ?? '';
}

describe('migration 003 (templates)', () => {
  it('keeps documents and fields, adds the templates table and fields.template_id', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 2);
    db.exec(`
      INSERT INTO blobs VALUES ('${SHA}', x'00', 1);
      INSERT INTO documents (sha256, file_name, media_type, size, added_at, added_by)
        VALUES ('${SHA}', 'kp.pdf', 'application/pdf', 1, 't', 'ana');
      INSERT INTO fields (document_id, doc_index, name, value_json, source_text, page_no, x0, y0, x1, y1, confidence, origin)
        VALUES (1, 0, 'carats', '1234.56', '1,234.56', 1, 0.4, 0.4, 0.47, 0.41, 0.9, 'reviewer');
    `);
    expect(migrate(db)).toEqual({ from: 2, to: LATEST_SCHEMA_VERSION });
    expect(db.prepare('SELECT name, value_json, origin, template_id FROM fields').all()).toEqual([
      { name: 'carats', value_json: '1234.56', origin: 'reviewer', template_id: null },
    ]);
    expect(tableSql(db, 'templates')).toMatch(/\)\s*STRICT\s*$/);

    const insert = db.prepare(
      `INSERT INTO templates (doc_type, field, fingerprint_json, x0, y0, x1, y1, source_document_id,
                              source_page_no, created_at, created_by)
       VALUES (?, 'carats', '{"v":1,"tokens":[]}', ?, 0.4, ?, 0.42, 1, 1, 't', 'ana')`,
    );
    const id = Number(insert.run('kp_certificate', 0.39, 0.56).lastInsertRowid);
    expect(db.prepare('SELECT value_lines, rotation FROM templates').get()).toEqual({
      value_lines: 1,
      rotation: 0,
    });
    expect(() => insert.run('other', 0.39, 0.56)).toThrow(/CHECK/);
    expect(() => insert.run('invoice', 0.6, 0.5)).toThrow(/CHECK/); // x1 before x0
    expect(() => insert.run('invoice', 0.5, 1.2)).toThrow(/CHECK/); // off the page

    // A field names its template; deleting the template keeps the value and forgets the name.
    db.prepare("UPDATE fields SET origin = 'template', template_id = ?").run(id);
    db.prepare('DELETE FROM templates WHERE id = ?').run(id);
    expect(db.prepare('SELECT value_json, template_id FROM fields').get()).toEqual({
      value_json: '1234.56',
      template_id: null,
    });
    // Deleting the source document keeps the template (it describes a layout, not a file).
    const kept = Number(insert.run('kp_certificate', 0.39, 0.56).lastInsertRowid);
    db.prepare('DELETE FROM documents').run();
    expect(db.prepare('SELECT id, source_document_id FROM templates').all()).toEqual([
      { id: kept, source_document_id: null },
    ]);
  });

  it('finds the templates of a type and the fields of a template by index', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = (sql: string) => queryPlan(db, sql);
    expect(plan("SELECT * FROM templates WHERE doc_type = 'invoice'")).toMatch(/USING INDEX/);
    expect(plan('SELECT document_id FROM fields WHERE template_id = 1')).toMatch(/USING INDEX/);
  });
});
