import type { Database } from 'better-sqlite3';
import type { IngestFileResult } from '../../preload/contract';
import { IngestEngine } from '../ingest/ingest-engine';
import { JobRegistry } from '../jobs/job-registry';
import { currentUser } from '../user-paths';
import { ProgressLine } from './progress-line';

export interface RunIngestOptions {
  jobs?: number;
  lang?: string;
  password?: string;
  pageTimeout?: number;
}

/**
 * Runs one ingest job for a command, with a progress line on stderr; Ctrl+C stops it cleanly
 * (stored pages stay, the next run resumes).
 */
export async function runIngest(
  db: Database,
  paths: string[],
  options: RunIngestOptions,
): Promise<IngestFileResult[]> {
  const progress = new ProgressLine();
  const registry = new JobRegistry((p) => {
    if (p.state === 'running') progress.update('reading', p.done, p.total, p.etaSeconds, p.file);
  });
  const engine = new IngestEngine(registry, {
    actor: currentUser(),
    ...(options.jobs ? { poolSize: options.jobs } : {}),
    ...(options.pageTimeout ? { readTimeoutMs: options.pageTimeout * 1000 } : {}),
  });
  const stop = () => void registry.stopAll();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const { done } = engine.add(
      db,
      { paths, ...(options.lang ? { langs: options.lang } : {}) },
      options.password,
    );
    return (await done) ?? [];
  } finally {
    progress.end();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await engine.shutdown();
  }
}
