import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { type MenuActions, buildMenuTemplate } from '../../../main/electron/menu-template';
import { CONTENT_SECURITY_POLICY, withSecurityHeaders } from '../../../main/electron/security/csp';
import { secureWebPreferences } from '../../../main/electron/security/web-preferences';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and disables Node in the renderer', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });
});

describe('Content-Security-Policy', () => {
  it('is default-none with self-only scripts and no remote origins', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
      ]),
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('replaces any CSP the response carried and keeps other headers', () => {
    const out = withSecurityHeaders({
      'content-security-policy': ['default-src *'],
      'Content-Security-Policy-Report-Only': ['x'],
      'Content-Type': ['text/html'],
    });
    expect(out['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(out['content-security-policy']).toBeUndefined();
    expect(out['Content-Security-Policy-Report-Only']).toBeUndefined();
    expect(out['Content-Type']).toEqual(['text/html']);
    expect(out['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(withSecurityHeaders(undefined)['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
  });

  it('matches the meta tag in renderer/index.html directive for directive', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    for (const directive of (meta ?? '').split(';').map((d) => d.trim())) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
  });
});

function actions() {
  const s = {
    newCase: vi.fn<() => void>(),
    openCase: vi.fn<() => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    closeCase: vi.fn<() => void>(),
  };
  const a: MenuActions = {
    newCase: () => {
      s.newCase();
    },
    openCase: () => {
      s.openCase();
    },
    openRecent: (path) => {
      s.openRecent(path);
    },
    closeCase: () => {
      s.closeCase();
    },
  };
  return { a, s };
}

function fileMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const file = template.find((m) => m.label === '&File');
  return (file?.submenu ?? []) as MenuItemConstructorOptions[];
}

const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('buildMenuTemplate', () => {
  const recent = [
    { path: '/c/a.kimb', title: 'Lot A', openedAt: '2026-11-01T00:00:00Z', exists: true },
    { path: '/c/gone.kimb', title: 'Gone', openedAt: '2026-10-01T00:00:00Z', exists: false },
  ];

  it('has New, Open, Open Recent, Close and Quit, wired to the actions', () => {
    const { a, s } = actions();
    const items = fileMenu(
      buildMenuTemplate({ platform: 'linux', isPackaged: true, recent, caseOpen: true }, a),
    );
    const byLabel = (l: string) => items.find((i) => i.label === l);
    click(byLabel('New Case…'));
    click(byLabel('Open Case…'));
    click(byLabel('Close Case'));
    expect(s.newCase).toHaveBeenCalledOnce();
    expect(s.openCase).toHaveBeenCalledOnce();
    expect(s.closeCase).toHaveBeenCalledOnce();
    expect(items.find((i) => i.role === 'quit')).toBeDefined();

    const recentItems = byLabel('Open Recent')?.submenu as MenuItemConstructorOptions[];
    expect(recentItems.map((i) => i.enabled)).toEqual([true, false]);
    click(recentItems[0]);
    expect(s.openRecent).toHaveBeenCalledWith('/c/a.kimb');
  });

  it('disables Close Case with no case open and shows an empty recent list', () => {
    const items = fileMenu(
      buildMenuTemplate(
        { platform: 'win32', isPackaged: true, recent: [], caseOpen: false },
        actions().a,
      ),
    );
    expect(items.find((i) => i.label === 'Close Case')?.enabled).toBe(false);
    const recentItems = items.find((i) => i.label === 'Open Recent')
      ?.submenu as MenuItemConstructorOptions[];
    expect(recentItems).toEqual([{ label: 'No Recent Cases', enabled: false }]);
  });

  it('puts Quit in the app menu on macOS and has the standard menus', () => {
    const t = buildMenuTemplate(
      { platform: 'darwin', isPackaged: true, recent: [], caseOpen: false },
      actions().a,
    );
    expect(t.map((m) => m.role ?? m.label)).toEqual([
      'appMenu',
      '&File',
      'editMenu',
      '&View',
      'windowMenu',
    ]);
    expect(fileMenu(t).find((i) => i.role === 'quit')).toBeUndefined();
  });

  it('offers devtools and reload only when unpackaged', () => {
    const roles = (isPackaged: boolean) => {
      const t = buildMenuTemplate(
        { platform: 'linux', isPackaged, recent: [], caseOpen: false },
        actions().a,
      );
      const view = t.find((m) => m.label === '&View')?.submenu as MenuItemConstructorOptions[];
      return view.map((i) => i.role);
    };
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
