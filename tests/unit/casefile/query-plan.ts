import type { Database } from 'better-sqlite3';

/** SQLite's plan for `sql`, one step a line: tests look for "USING INDEX" in it. */
export function queryPlan(db: Database, sql: string): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
}
