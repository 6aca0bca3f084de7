// Runs main/electron/index.ts against a recording stand-in for the electron module, to check
// the wiring the pure-function tests cannot see: which guards get installed, that the
// app:// handler and the one IPC handler apply them, and what the menu contains.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Fn = (...args: never[]) => unknown;

const h = vi.hoisted(() => {
  const handlers = {
    app: new Map<string, Fn>(),
    protocol: new Map<string, (req: Request) => Promise<Response>>(),
    ipc: new Map<string, Fn>(),
  };
  const recorded = {
    schemes: [] as unknown[],
    windows: [] as { options: Record<string, unknown>; url: string; sent: unknown[][] }[],
    menu: [] as { label?: string; role?: string; submenu?: unknown }[],
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    headers: null as Fn | null,
    beforeRequest: null as Fn | null,
    sandboxEnabled: false,
  };
  return { handlers, recorded, tmp: { dir: '' } };
});

vi.mock('electron', () => {
  const { handlers, recorded, tmp } = h;
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    readonly record: { options: Record<string, unknown>; url: string; sent: unknown[][] };
    readonly webContents = {
      send: (...args: unknown[]) => this.record.sent.push(args),
      once: () => undefined,
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, url: '', sent: [] };
      recorded.windows.push(this.record);
      BrowserWindow.all.push(this);
    }
    once() {}
    on() {}
    isDestroyed = () => false;
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  const session = {
    defaultSession: {
      webRequest: {
        onHeadersReceived: (fn: Fn) => (recorded.headers = fn),
        onBeforeRequest: (fn: Fn) => (recorded.beforeRequest = fn),
      },
      setPermissionRequestHandler: (fn: Fn) => (recorded.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Fn) => (recorded.permissionCheck = fn),
      setDevicePermissionHandler: () => undefined,
      setDisplayMediaRequestHandler: () => undefined,
    },
  };
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      enableSandbox: () => (recorded.sandboxEnabled = true),
      on: (event: string, fn: Fn) => handlers.app.set(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => join(tmp.dir, name),
      quit: () => undefined,
      exit: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => recorded.schemes.push(...s),
      handle: (scheme: string, fn: (req: Request) => Promise<Response>) =>
        handlers.protocol.set(scheme, fn),
    },
    ipcMain: {
      handle: (channel: string, fn: Fn) => handlers.ipc.set(channel, fn),
      removeHandler: () => undefined,
    },
    session,
    BrowserWindow,
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (t: typeof recorded.menu) => (recorded.menu = t),
    },
    dialog: { showMessageBox: () => Promise.resolve({}), showErrorBox: () => undefined },
    shell: { openExternal: () => Promise.resolve() },
  };
});

const { handlers, recorded } = h;

beforeAll(async () => {
  h.tmp.dir = mkdtempSync(join(tmpdir(), 'kimb-shell-'));
  await import('../../../main/electron/index');
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
});

describe('the Electron shell wiring', () => {
  it('sandboxes every renderer and registers app:// as a privileged standard scheme', () => {
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }) as unknown,
      }),
    ]);
    expect(handlers.app.has('second-instance')).toBe(true);
    expect(handlers.app.has('open-file')).toBe(true);
    expect(handlers.app.has('web-contents-created')).toBe(true);
  });

  it('opens one secure window on app://', () => {
    const win = recorded.windows[0];
    expect(win?.url).toBe('app://kimberlite/index.html');
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect((win?.options.webPreferences as { preload: string }).preload).toMatch(
      /preload[/\\]index\.cjs$/,
    );
  });

  it('serves app:// with the CSP and refuses traversal', async () => {
    const serve = handlers.protocol.get('app');
    expect(serve).toBeDefined();
    if (!serve) return;
    // Request (like Chromium) already folds "/../"; an encoded slash survives to our check.
    const bad = await serve(new Request('app://kimberlite/..%2f..%2fetc%2fpasswd'));
    expect(bad.status).toBe(403);
    expect(bad.headers.get('content-security-policy')).toContain("default-src 'none'");
    const folded = await serve(new Request('app://kimberlite/%2e%2e/%2e%2e/etc/passwd'));
    expect(folded.status).toBe(404); // became app://kimberlite/etc/passwd: inside the root
    expect(folded.headers.get('x-content-type-options')).toBe('nosniff');
    const post = await serve(new Request('app://kimberlite/index.html', { method: 'POST' }));
    expect(post.status).toBe(405);
  });

  it('denies every permission and blocks the network', () => {
    let granted: boolean | undefined;
    (recorded.permissionRequest as (w: null, p: string, cb: (ok: boolean) => void) => void)(
      null,
      'media',
      (ok) => (granted = ok),
    );
    expect(granted).toBe(false);
    expect(
      (recorded.permissionCheck as (w: null, p: string) => boolean)(null, 'notifications'),
    ).toBe(false);
    let cancel: boolean | undefined;
    (recorded.beforeRequest as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)(
      { url: 'https://example.com/' },
      (r) => (cancel = r.cancel),
    );
    expect(cancel).toBe(true);
  });

  it('answers IPC only from our window, and parses payloads', async () => {
    const call = handlers.ipc.get('kimberlite:call') as
      ((event: unknown, name: unknown, payload: unknown) => Promise<unknown>) | undefined;
    expect(call).toBeDefined();
    if (!call) return;
    const { BrowserWindow } = await import('electron');
    const win = (BrowserWindow as unknown as { all: { webContents: unknown }[] }).all[0];
    const mainFrame = { url: 'app://kimberlite/index.html', parent: null };
    const ours = { sender: win?.webContents, senderFrame: mainFrame };

    expect(await call(ours, 'app.info', {})).toMatchObject({
      ok: true,
      value: { transport: 'ipc' },
    });
    expect(await call(ours, 'case.open', { path: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const stranger = { sender: {}, senderFrame: mainFrame };
    expect(await call(stranger, 'app.info', {})).toMatchObject({ error: { code: 'forbidden' } });
    const iframe = { sender: win?.webContents, senderFrame: { ...mainFrame, parent: mainFrame } };
    expect(await call(iframe, 'app.info', {})).toMatchObject({ error: { code: 'forbidden' } });
    const gone = { sender: win?.webContents, senderFrame: null };
    expect(await call(gone, 'app.info', {})).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('has the File menu items', () => {
    const file = recorded.menu.find((m) => m.label === '&File');
    const labels = (file?.submenu as { label?: string; role?: string }[]).map(
      (i) => i.label ?? i.role,
    );
    expect(labels).toEqual(
      expect.arrayContaining(['New Case…', 'Open Case…', 'Open Recent', 'Close Case']),
    );
  });

  it('forwards push events to the window', async () => {
    const call = handlers.ipc.get('kimberlite:call') as (
      e: unknown,
      n: unknown,
      p: unknown,
    ) => Promise<unknown>;
    const { BrowserWindow } = await import('electron');
    const win = (BrowserWindow as unknown as { all: { webContents: unknown }[] }).all[0];
    const ours = {
      sender: win?.webContents,
      senderFrame: { url: 'app://kimberlite/', parent: null },
    };
    const path = join(h.tmp.dir, 'documents', 'Kimberlite', 'wired.kimb');
    expect(await call(ours, 'case.create', { path, title: 'Wired' })).toMatchObject({ ok: true });
    expect(recorded.windows[0]?.sent).toContainEqual([
      'kimberlite:event',
      'case.changed',
      expect.objectContaining({ title: 'Wired' }),
    ]);
  });
});
