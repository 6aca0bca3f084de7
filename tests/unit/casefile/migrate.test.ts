import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/casefile/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/casefile/migrations';
import type { Migration } from '../../../main/casefile/migrations/migration';
import { createCaseFile } from '../../../main/casefile/open-case-file';
import { useTempDir } from '../../helpers/temp-dir';
import { queryPlan } from './query-plan';

const tempDir = useTempDir();

function tables(db: Database.Database): { name: string; sql: string }[] {
  return db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all() as { name: string; sql: string }[];
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('bring an empty database to the latest schema with every table STRICT', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    const names = tables(db).map((t) => t.name);
    for (const t of [
      'case_meta',
      'reviewers',
      'blobs',
      'documents',
      'pages',
      'words',
      'fields',
      'field_history',
      'shipments',
      'shipment_documents',
      'findings',
      'jobs',
      'audit',
    ]) {
      expect(names).toContain(t);
    }
    for (const t of tables(db)) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
  });

  it('are idempotent: a second run changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
  });

  it('apply in one transaction: a failing step leaves the schema and version untouched', () => {
    const db = new Database(':memory:');
    const failing: Migration[] = [
      ...migrations,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'adds a table, then fails',
        up: (d) => {
          d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, failing, LATEST_SCHEMA_VERSION + 1)).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('refuse to downgrade a newer database', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/newer Kimberlite/);
  });

  it('enforce STRICT types and foreign keys in a created case file', () => {
    const db = createCaseFile(join(tempDir(), 'c.kimb'), {
      title: 't',
      actor: 'a',
      appVersion: '0',
    });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(() =>
      db
        .prepare(
          "INSERT INTO documents (sha256, file_name, media_type, size, added_at, added_by) VALUES ('x', 'f', 'm', 'not a number', 'now', 'a')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column|datatype mismatch/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO documents (sha256, file_name, media_type, size, added_at, added_by) VALUES ('0000000000000000000000000000000000000000000000000000000000000000', 'f', 'm', 1, 'now', 'a')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('use an index for the hot look-ups (words of a page, pages of a document)', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = (sql: string) => queryPlan(db, sql);
    expect(plan('SELECT * FROM words WHERE page_id = 1 ORDER BY seq')).toMatch(/USING INDEX/);
    expect(plan('SELECT * FROM pages WHERE document_id = 1 ORDER BY page_no')).toMatch(
      /USING INDEX/,
    );
    expect(plan('SELECT * FROM fields WHERE document_id = 1')).toMatch(/USING INDEX/);
  });
});

describe('migration 002 (ingest state)', () => {
  it('keeps jobs and documents, adds page state and the interrupted job state', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 1);
    db.exec(`
      INSERT INTO jobs (kind, state, params_json, created_at, updated_at)
        VALUES ('ingest', 'running', '{"paths":["a"]}', 't0', 't1');
      INSERT INTO blobs VALUES ('${'a'.repeat(64)}', x'00', 1);
      INSERT INTO documents (sha256, file_name, media_type, size, added_at, added_by)
        VALUES ('${'a'.repeat(64)}', 'a.pdf', 'application/pdf', 1, 't', 'ana');
    `);
    expect(migrate(db)).toEqual({ from: 1, to: LATEST_SCHEMA_VERSION });
    expect(db.prepare('SELECT kind, state, params_json FROM jobs').all()).toEqual([
      { kind: 'ingest', state: 'running', params_json: '{"paths":["a"]}' },
    ]);
    expect(db.prepare('SELECT file_name, page_total FROM documents').all()).toEqual([
      { file_name: 'a.pdf', page_total: null },
    ]);
    db.prepare("UPDATE jobs SET state = 'interrupted'").run();
    expect(() => db.prepare("UPDATE jobs SET state = 'lost'").run()).toThrow(/CHECK/);
    const pageColumns = (db.prepare('PRAGMA table_info(pages)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(pageColumns).toEqual(
      expect.arrayContaining(['confidence', 'skew', 'error_code', 'error_message']),
    );
  });
});
