import type { Database } from 'better-sqlite3';
import type { JobProgress } from '../../preload/contract';
import { createJob, finishJob, updateJobProgress } from '../casefile/queries/jobs';
import { toAppError } from '../service-error';

export interface JobContext {
  signal: AbortSignal;
  /** Progress, at most every 100 ms from the caller; persisted at most once a second. */
  progress(p: {
    step: string;
    done: number;
    total: number;
    etaSeconds: number | null;
    file: string | null;
  }): void;
}

interface Running {
  progress: JobProgress;
  controller: AbortController;
  persistedAt: number;
  settled: Promise<void>;
}

const PERSIST_INTERVAL_MS = 1000;

/**
 * Long work of the open case: each job has an id, progress, an AbortSignal, and its state and
 * result recorded in the case file's jobs table, so a crash leaves a trace to resume from.
 */
export class JobRegistry {
  private readonly running = new Map<number, Running>();

  constructor(private readonly publish: (p: JobProgress) => void) {}

  start<T>(
    db: Database,
    kind: string,
    params: unknown,
    work: (ctx: JobContext) => Promise<T>,
  ): { jobId: number; done: Promise<T | null> } {
    const jobId = createJob(db, kind, params);
    const controller = new AbortController();
    const entry: Running = {
      controller,
      persistedAt: 0,
      settled: Promise.resolve(),
      progress: {
        jobId,
        kind,
        state: 'running',
        step: 'starting',
        done: 0,
        total: 0,
        etaSeconds: null,
        file: null,
      },
    };
    this.running.set(jobId, entry);
    this.publish(entry.progress);
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (p) => {
        entry.progress = { ...entry.progress, ...p };
        this.publish(entry.progress);
        const now = Date.now();
        if (now - entry.persistedAt >= PERSIST_INTERVAL_MS) {
          entry.persistedAt = now;
          updateJobProgress(db, jobId, p.step, p.done, p.total);
        }
      },
    };
    const done = work(ctx)
      .then((result) => {
        const state = controller.signal.aborted ? 'cancelled' : 'done';
        finishJob(db, jobId, state, result);
        this.end(jobId, state);
        return result;
      })
      .catch((err: unknown) => {
        const error = toAppError(err);
        try {
          finishJob(db, jobId, 'failed', null, error);
        } catch {
          // the case may have been closed under the job; its row stays 'running' → interrupted
        }
        this.end(jobId, 'failed');
        return null;
      });
    entry.settled = done.then(() => undefined);
    return { jobId, done };
  }

  private end(jobId: number, state: JobProgress['state']): void {
    const entry = this.running.get(jobId);
    if (!entry) return;
    this.running.delete(jobId);
    this.publish({ ...entry.progress, state, etaSeconds: 0 });
  }

  cancel(jobId: number): boolean {
    const entry = this.running.get(jobId);
    if (!entry) return false;
    entry.controller.abort();
    return true;
  }

  list(): JobProgress[] {
    return [...this.running.values()].map((r) => r.progress);
  }

  /** Stops every job and waits for them to let go of the case file; their rows stay resumable. */
  async stopAll(): Promise<void> {
    const entries = [...this.running.values()];
    for (const r of entries) r.controller.abort();
    await Promise.all(entries.map((r) => r.settled));
  }
}
