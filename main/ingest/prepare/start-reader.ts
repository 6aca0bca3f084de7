import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { FromWorker } from './protocol';
import { raiseTieringBudget } from './reader-tiering';

/** tsx's ESM register API, found through its package.json exports (the CJS build cannot register). */
function tsxEsmApi(): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const rel = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return new URL(rel, pathToFileURL(pkgPath)).href;
}

/**
 * The built worker beside the bundle; from source (tests, dev) the TypeScript entry is loaded
 * through tsx, registered inside the new thread (loader flags in execArgv do not reach it on Node 20).
 */
function spawnWorker(options: WorkerOptions): Worker {
  for (const rel of ['./prepare-worker.js', '../prepare-worker.js']) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(file)) return new Worker(file, options);
  }
  const tsx = tsxEsmApi();
  const entry = new URL('./prepare-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

export interface StartingReader {
  worker: Worker;
  /** Resolves when the thread has loaded its code, or has died trying. */
  started: Promise<void>;
}

/**
 * A new reader thread with a JS heap of at most `maxHeapMb`. It is unreferenced once started
 * (an idle reader must not keep the process alive); until then only its own start-up
 * listeners are attached.
 */
export function startReader(maxHeapMb: number): StartingReader {
  raiseTieringBudget();
  const worker = spawnWorker({
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    stdout: true, // pdf.js warnings stay out of the CLI's stdout
    stderr: true,
  });
  const started = new Promise<void>((resolve) => {
    const settle = () => {
      worker.off('message', onMessage);
      worker.off('error', settle);
      worker.off('exit', settle);
      resolve();
    };
    const onMessage = (msg: FromWorker) => {
      if (msg.type !== 'ready') return;
      worker.unref();
      settle();
    };
    worker.on('message', onMessage);
    worker.on('error', settle);
    worker.on('exit', settle);
  });
  return { worker, started };
}
