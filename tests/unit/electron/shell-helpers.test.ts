import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { shellPaths } from '../../../main/electron/app-paths';
import {
  caseFileFromArgv,
  suggestedCaseFileName,
  withCaseExtension,
} from '../../../main/electron/case-file-args';
import { createDeferredOpener } from '../../../main/electron/deferred-opener';

describe('caseFileFromArgv', () => {
  const cwd = resolve('/home/auditor');

  it('finds a .kimb argument and resolves it against the working directory', () => {
    expect(caseFileFromArgv(['/opt/Kimberlite/kimberlite', 'cases/a.kimb'], cwd)).toBe(
      join(cwd, 'cases', 'a.kimb'),
    );
    expect(caseFileFromArgv(['kimberlite', '/data/B.KIMB'], cwd)).toBe(resolve('/data/B.KIMB'));
  });

  it('skips the executable, Chromium switches and the dev app path', () => {
    expect(
      caseFileFromArgv(
        ['/usr/bin/electron', '.', '--allow-file-access-from-files', '--x=y.kimb', 'c.kimb'],
        cwd,
      ),
    ).toBe(join(cwd, 'c.kimb'));
    expect(caseFileFromArgv(['a.kimb'], cwd)).toBeNull(); // argv[0] is the executable
    expect(caseFileFromArgv(['electron', 'out/main/index.js'], cwd)).toBeNull();
  });

  it('ignores URLs and NUL', () => {
    expect(caseFileFromArgv(['app', 'https://evil.example/x.kimb'], cwd)).toBeNull();
    expect(caseFileFromArgv(['app', 'file:///tmp/x.kimb'], cwd)).toBeNull();
    expect(caseFileFromArgv(['app', 'x\0.kimb'], cwd)).toBeNull();
  });
});

describe('case file names for dialogs', () => {
  it('adds the extension once', () => {
    expect(withCaseExtension('/x/case')).toBe('/x/case.kimb');
    expect(withCaseExtension('/x/case.KIMB')).toBe('/x/case.KIMB');
  });

  it('turns a title into a plain file name', () => {
    expect(suggestedCaseFileName('Antwerp 2026/11 ← lot 7')).toBe('Antwerp 2026 11 ← lot 7.kimb');
    expect(suggestedCaseFileName('../../etc/passwd')).toBe('etc passwd.kimb');
    expect(suggestedCaseFileName('   ')).toBe('Untitled case.kimb');
  });
});

describe('createDeferredOpener', () => {
  it('holds requests until ready, then opens them in order and later ones at once', async () => {
    const opened: string[] = [];
    const opener = createDeferredOpener((p) => {
      opened.push(p);
      return Promise.resolve();
    });
    opener.request('a.kimb');
    opener.request('b.kimb');
    expect(opened).toEqual([]);
    opener.ready();
    opener.ready(); // idempotent: nothing opens twice
    opener.request('c.kimb');
    await Promise.resolve();
    expect(opened).toEqual(['a.kimb', 'b.kimb', 'c.kimb']);
  });

  it('logs a failed open instead of rejecting', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const opener = createDeferredOpener(() => Promise.reject(new Error('nope')));
    opener.ready();
    opener.request('x.kimb');
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe('shellPaths', () => {
  const mainDir = resolve('/repo/out/main');

  it('finds the renderer, preload and the Electron-ABI sqlite next to the bundle when unpackaged', () => {
    const p = shellPaths(mainDir, false, '/ignored');
    expect(p.rendererDir).toBe(resolve('/repo/out/renderer'));
    expect(p.preloadPath).toBe(resolve('/repo/out/preload/index.cjs'));
    expect(p.iconPath).toBe(resolve('/repo/resources/icons/icon.png'));
    expect(p.nativeBinding).toBe(
      resolve('/repo/.electron-native/better-sqlite3/build/Release/better_sqlite3.node'),
    );
  });

  it('uses the packaged resources and no sqlite override when packaged', () => {
    const p = shellPaths(resolve('/opt/K/resources/app.asar/out/main'), true, '/opt/K/resources');
    expect(p.resourcesDir).toBe(resolve('/opt/K/resources/resources'));
    expect(p.nativeBinding).toBeUndefined();
  });
});
