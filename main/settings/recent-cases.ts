import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentCase } from '../../preload/contract';

const MAX_RECENT = 10;
const Stored = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }));
type StoredRecent = z.infer<typeof Stored>[number];

/** The most-recently-opened case files, kept as JSON in the user's settings folder. */
export class RecentCases {
  private readonly file: string;

  constructor(settingsDir: string) {
    this.file = join(settingsDir, 'recent-cases.json');
  }

  private read(): StoredRecent[] {
    try {
      return Stored.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return []; // missing or unreadable settings are not worth stopping the app for
    }
  }

  list(): RecentCase[] {
    return this.read().map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  remember(path: string, title: string, openedAt = new Date().toISOString()): void {
    const next = [{ path, title, openedAt }, ...this.read().filter((r) => r.path !== path)].slice(
      0,
      MAX_RECENT,
    );
    mkdirSync(join(this.file, '..'), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.file);
  }
}
