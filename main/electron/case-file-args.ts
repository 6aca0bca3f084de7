import { isAbsolute, resolve } from 'node:path';

export const CASE_EXTENSION = '.kimb';

/**
 * The .kimb file named on a command line (first launch, or forwarded by a second instance),
 * resolved against that process's working directory. Chromium adds its own switches to a
 * second instance's argv and reorders them, so we look for the argument by shape rather than
 * position; flags are never taken as paths.
 */
export function caseFileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1).reverse()) {
    if (arg.startsWith('-') || arg.includes('\0')) continue;
    if (!arg.toLowerCase().endsWith(CASE_EXTENSION)) continue;
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) continue; // URLs are not files
    return isAbsolute(arg) ? resolve(arg) : resolve(cwd, arg);
  }
  return null;
}

/** A save-dialog answer always gets the extension, so "Open Case…" can find it later. */
export function withCaseExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(CASE_EXTENSION) ? filePath : filePath + CASE_EXTENSION;
}

/** A file name for the save dialog from the title the user typed; never a path. */
export function suggestedCaseFileName(suggestedName: string): string {
  const base = suggestedName
    .replace(/[\\/:*?"<>|\0]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !/^\.+$/.test(word)) // no "." or ".." left behind
    .join(' ')
    .replace(/^\.+/, ''); // no hidden files
  return withCaseExtension(base === '' ? 'Untitled case' : base);
}
