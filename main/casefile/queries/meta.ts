import type { Database } from 'better-sqlite3';

export function getMeta(db: Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM case_meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO case_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function addReviewer(db: Database, name: string, at = new Date().toISOString()): void {
  db.prepare(
    'INSERT INTO reviewers (name, added_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING',
  ).run(name, at);
}

export function listReviewers(db: Database): string[] {
  return (
    db.prepare('SELECT name FROM reviewers ORDER BY added_at, name').all() as { name: string }[]
  ).map((r) => r.name);
}

export interface CaseCounts {
  documentCount: number;
  pageCount: number;
  shipmentCount: number;
  findingCount: number;
  auditEntryCount: number;
}

export function caseCounts(db: Database): CaseCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM documents) AS documentCount,
              (SELECT count(*) FROM pages) AS pageCount,
              (SELECT count(*) FROM shipments) AS shipmentCount,
              (SELECT count(*) FROM findings) AS findingCount,
              (SELECT count(*) FROM audit) AS auditEntryCount`,
    )
    .get() as CaseCounts;
}
