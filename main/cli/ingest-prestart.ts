import { readdirSync, statSync } from 'node:fs';
import { prestartReaders } from '../ingest/prepare/spare-readers';

/** A named path that has something to read: a file, or a folder with anything in it. */
function hasContent(path: string): boolean {
  try {
    const s = statSync(path);
    return s.isFile() || (s.isDirectory() && readdirSync(path).length > 0);
  } catch {
    return false;
  }
}

/**
 * `kimberlite ingest <case> <paths...>`: a reader thread starts (and loads pdf.js) while this
 * thread loads the rest of the CLI, unless no path named has anything to read (an empty
 * folder would only pay for it). Option values among the arguments name no path, or one
 * whose reader is merely started early.
 */
export function prestartForIngest(argv: readonly string[]): void {
  if (argv[0] !== 'ingest') return;
  const paths = argv.slice(2).filter((a) => !a.startsWith('-'));
  if (paths.some(hasContent)) prestartReaders(1);
}
