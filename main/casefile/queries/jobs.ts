import type { Database } from 'better-sqlite3';

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';

export interface JobRow {
  id: number;
  kind: string;
  state: JobState;
  params: unknown;
  step: string | null;
  done: number;
  total: number;
}

export function createJob(db: Database, kind: string, params: unknown): number {
  const now = new Date().toISOString();
  const info = db
    .prepare(
      `INSERT INTO jobs (kind, state, params_json, created_at, updated_at) VALUES (?, 'running', ?, ?, ?)`,
    )
    .run(kind, JSON.stringify(params), now, now);
  return Number(info.lastInsertRowid);
}

export function updateJobProgress(
  db: Database,
  id: number,
  step: string,
  done: number,
  total: number,
): void {
  db.prepare('UPDATE jobs SET step = ?, done = ?, total = ?, updated_at = ? WHERE id = ?').run(
    step,
    done,
    total,
    new Date().toISOString(),
    id,
  );
}

export function finishJob(
  db: Database,
  id: number,
  state: Exclude<JobState, 'queued' | 'running'>,
  result: unknown,
  error: { code: string; message: string } | null = null,
): void {
  db.prepare(
    `UPDATE jobs SET state = ?, result_json = ?, error_code = ?, error_message = ?, updated_at = ? WHERE id = ?`,
  ).run(
    state,
    JSON.stringify(result ?? null),
    error?.code ?? null,
    error?.message ?? null,
    new Date().toISOString(),
    id,
  );
}

/**
 * Jobs left `running` by a process that died or quit: marked `interrupted` and returned, so
 * the caller can run them again (finished pages are not redone).
 */
export function takeInterruptedJobs(db: Database): JobRow[] {
  return db.transaction(() => {
    const rows = db
      .prepare(
        "SELECT id, kind, state, params_json, step, done, total FROM jobs WHERE state = 'running'",
      )
      .all() as (Omit<JobRow, 'params'> & { params_json: string })[];
    db.prepare("UPDATE jobs SET state = 'interrupted', updated_at = ? WHERE state = 'running'").run(
      new Date().toISOString(),
    );
    return rows.map(({ params_json, ...r }) => ({
      ...r,
      state: 'interrupted' as const,
      params: JSON.parse(params_json) as unknown,
    }));
  })();
}
