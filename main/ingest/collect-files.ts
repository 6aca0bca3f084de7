import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

export interface CollectedFile {
  path: string;
  /** The name shown and stored: relative to the folder it was found in, or the file's name. */
  name: string;
}

export interface UnreadablePath {
  path: string;
  message: string;
}

/**
 * Expands files and folders (recursively, sorted, skipping hidden entries and symlinked
 * folders, which can loop) into the files to ingest, and the paths that could not be read.
 */
export async function collectFiles(
  paths: readonly string[],
): Promise<{ files: CollectedFile[]; unreadable: UnreadablePath[] }> {
  const files: CollectedFile[] = [];
  const unreadable: UnreadablePath[] = [];
  const seen = new Set<string>();

  async function walk(dir: string, prefix: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      unreadable.push({
        path: dir,
        message: `The folder cannot be read (${(err as Error).message}).`,
      });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      const name = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(full, name);
      else if (e.isFile()) add(full, name);
      else if (e.isSymbolicLink()) {
        try {
          if ((await stat(full)).isFile()) add(full, name);
        } catch {
          unreadable.push({ path: full, message: 'The link points to nothing that can be read.' });
        }
      }
    }
  }

  function add(path: string, name: string): void {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, name });
  }

  for (const p of paths) {
    const full = resolve(p);
    try {
      const s = await stat(full);
      if (s.isDirectory()) await walk(full, basename(full));
      else add(full, basename(full));
    } catch (err) {
      unreadable.push({
        path: full,
        message: `Not found or not readable (${(err as Error).message}).`,
      });
    }
  }
  return { files, unreadable };
}
