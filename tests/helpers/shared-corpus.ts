import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './run-cli';

/** ../shared beside the checkout: real third-party files, read in place, never copied. */
export const sharedDir = process.env.KIMBERLITE_SHARED ?? join(repoRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus');
export const hasCorpus = existsSync(corpusDir);
export const noCorpusReason = `the shared corpus is absent (looked for ${corpusDir}; set KIMBERLITE_SHARED)`;
