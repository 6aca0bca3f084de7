// A KimberliteService in a temp folder, as the app would run it, and adding documents to its
// open case the way the window does: start the job, wait for it to end.
import { join } from 'node:path';
import { expect } from 'vitest';
import type { JobProgress } from '../../preload/contract';
import { KimberliteService, type ServiceOptions } from '../../main/service';

export function serviceIn(dir: string, extra: Partial<ServiceOptions> = {}): KimberliteService {
  return new KimberliteService({
    settingsDir: join(dir, 'settings'),
    defaultCaseDir: dir,
    user: 'ana',
    transport: 'http',
    ...extra,
  });
}

/** Adds `paths` to the open case and resolves once the ingest job has finished. */
export async function addDocuments(s: KimberliteService, paths: string[]): Promise<JobProgress> {
  const done = new Promise<JobProgress>((resolve) => {
    const stop = s.on('job.progress', (p) => {
      if (p.state !== 'running' && p.state !== 'queued') {
        stop();
        resolve(p);
      }
    });
  });
  const job = await s.call('documents.add', { paths });
  expect(job.ok).toBe(true);
  return done;
}
