import type { Database } from 'better-sqlite3';
import { CaseFileError } from './case-file-error';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import type { Migration } from './migrations/migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `target` in ONE transaction: either every pending migration
 * applies and `user_version` moves, or nothing changes.
 */
export function migrate(
  db: Database,
  list: readonly Migration[] = migrations,
  target = LATEST_SCHEMA_VERSION,
): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > target) {
    throw new CaseFileError(
      'case_too_new',
      `This case file was written by a newer Kimberlite (schema ${from}; this version reads up to ${target}). Update Kimberlite to open it.`,
    );
  }
  const pending = list.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { from, to: schemaVersion(db) };
}
