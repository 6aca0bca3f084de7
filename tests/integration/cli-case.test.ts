import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

describe('kimberlite case create / verify', () => {
  it('creates a case that verifies, and names the audit entry changed behind its back', () => {
    const path = join(tempDir(), 'x.kimb');
    const created = runCli(['case', 'create', path], { KIMBERLITE_USER: 'ana' });
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout.trim()).toBe(path);
    expect(existsSync(path)).toBe(true);

    const ok = runCli(['verify', path]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^OK: 0 documents and 1 audit entries verified/);

    const raw = new Database(path);
    raw.prepare("UPDATE audit SET actor = 'mallory' WHERE seq = 1").run();
    raw.close();

    const bad = runCli(['verify', path]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/audit entry 1 \(case\.created by mallory .*\) has been altered/);

    const json = runCli(['verify', path, '--json']);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      auditBreak: { seq: 1, reason: 'altered' },
    });
  });

  it('refuses to overwrite, and verify refuses a file that is not a case', () => {
    const dir = tempDir();
    const path = join(dir, 'y.kimb');
    expect(runCli(['case', 'create', path]).status).toBe(0);
    const again = runCli(['case', 'create', path]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const missing = runCli(['verify', join(dir, 'none.kimb')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
  });

  it('prints usage, and exits 2 on usage errors and on commands not built yet', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: kimberlite/);
    for (const cmd of ['case', 'verify', 'serve', 'samples', 'ingest']) {
      expect(help.stdout).toContain(cmd);
    }
    expect(runCli(['no-such-command']).status).toBe(2);
    expect(runCli(['verify']).status).toBe(2);
  });
});
