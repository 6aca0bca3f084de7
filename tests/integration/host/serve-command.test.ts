// `kimberlite serve` refusals, through the real CLI program (the happy path is the e2e test).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../main/cli/program';

let dir: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kimb-serve-'));
  vi.stubEnv('KIMBERLITE_HOME', join(dir, 'home'));
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined; // runCli reports through it; do not fail the test runner
  rmSync(dir, { recursive: true, force: true });
});

describe('kimberlite serve', () => {
  it('refuses a case file that does not exist (exit 1) and says how to create one', async () => {
    const missing = join(dir, 'missing.kimb');
    expect(await runCli(['serve', missing])).toBe(1);
    expect(stderr).toContain('does not exist');
    expect(stderr).toContain('kimberlite case create');
  });

  it('refuses a file that is not a case (exit 1)', async () => {
    const notCase = join(dir, 'notes.kimb');
    writeFileSync(notCase, 'hello');
    expect(await runCli(['serve', notCase])).toBe(1);
    expect(stderr).toContain('not a Kimberlite case file');
  });

  it('refuses a bad --port as a usage error (exit 2)', async () => {
    expect(await runCli(['serve', join(dir, 'x.kimb'), '--port', 'eighty'])).toBe(2);
    expect(await runCli(['serve', join(dir, 'x.kimb'), '--port', '70000'])).toBe(2);
  });
});
