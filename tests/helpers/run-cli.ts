import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
const bin = join(repoRoot, 'bin', 'kimberlite.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `kimberlite` command as a user would (npm test builds it first). */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  cwd = repoRoot,
  timeoutMs = 120_000,
): CliRun {
  if (!existsSync(join(repoRoot, 'out', 'main', 'cli.js'))) {
    throw new Error(
      'The CLI is not built: run `npm run build` before these tests (npm test does).',
    );
  }
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
