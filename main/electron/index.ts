// The Electron shell, as a list of setup steps (electron/fiddle style): reading main() shows
// every feature. Decisions live in pure files next to this one; this file only wires Electron.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, session } from 'electron';
import { KimberliteService } from '../service';
import { currentUser } from '../user-paths';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { type ShellPaths, shellPaths } from './app-paths';
import { caseFileFromArgv } from './case-file-args';
import { createDeferredOpener } from './deferred-opener';
import { createDialogPort } from './dialogs';
import { bindIpc } from './ipc/bind-ipc';
import { installMenu } from './menu';
import { APP_ENTRY_URL, trustedOrigins } from './security/app-origin';
import { applySessionGuards } from './security/session-guards';
import { guardAllWebContents } from './security/web-contents-guards';
import { createMainWindow } from './window';

const paths = shellPaths(
  dirname(fileURLToPath(import.meta.url)),
  app.isPackaged,
  process.resourcesPath,
);
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const origins = trustedOrigins(devServerUrl, app.isPackaged);
const caseDir = () => join(app.getPath('documents'), 'Kimberlite');
let mainWindow: BrowserWindow | null = null;
let service: KimberliteService | null = null;
const getWindow = () => mainWindow;
// Case files named before the window has loaded wait here; see deferred-opener.ts.
const opener = createDeferredOpener(async (path) => {
  if (service !== null) await openCasePath(service, path);
});

async function main(): Promise<void> {
  if (!setupSingleInstance()) return;
  setupSecureDefaults();
  setupFileOpening();
  await app.whenReady();
  applySessionGuards(session.defaultSession, origins);
  serveRenderer(paths.rendererDir);
  const svc = createService(paths);
  service = svc;
  bindIpc(svc, getWindow, origins);
  await setupMenu(svc);
  setupWindowLifecycle();
  openWindow();
  // Closing stops ingest jobs (they resume next time) and ends the worker threads first.
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void svc.close().finally(() => app.exit(0));
  });
}

/** A second launch (e.g. double-clicking a .kimb) hands its argv to us and exits. */
function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const win = getWindow();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    const path = caseFileFromArgv(argv, workingDirectory);
    if (path !== null) opener.request(path);
  });
  return true;
}

/** Before `ready`: sandbox every renderer, give app:// its privileges, guard all webContents. */
function setupSecureDefaults(): void {
  app.enableSandbox();
  registerAppScheme();
  guardAllWebContents(origins);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** .kimb from argv (Windows/Linux) and macOS `open-file`, which can fire before `ready`. */
function setupFileOpening(): void {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opener.request(path);
  });
  const fromArgv = caseFileFromArgv(process.argv, process.cwd());
  if (fromArgv !== null) opener.request(fromArgv);
}

function createService(p: ShellPaths): KimberliteService {
  // Relative case paths resolve here, and SQLite will not create a missing folder.
  mkdirSync(caseDir(), { recursive: true });
  let nativeBinding = p.nativeBinding;
  if (nativeBinding !== undefined && !existsSync(nativeBinding)) {
    console.error(
      `better-sqlite3 built for Electron is missing (${nativeBinding}); run \`node scripts/electron-native.mjs\`. Opening cases will fail.`,
    );
    nativeBinding = undefined;
  }
  return new KimberliteService({
    settingsDir: app.getPath('userData'),
    defaultCaseDir: caseDir(),
    user: currentUser(),
    transport: 'ipc',
    dialogs: createDialogPort(getWindow, caseDir()),
    nativeBinding,
  });
}

/**
 * New Case… needs the renderer's form, so it is a push event; Open/Open Recent/Close are
 * complete in main (native dialog + service) and the renderer follows via `case.changed`.
 */
async function setupMenu(svc: KimberliteService): Promise<void> {
  const dialogs = createDialogPort(getWindow, caseDir());
  await installMenu(
    svc,
    {
      newCase: () => svc.emit('menu.command', 'new-case'),
      openCase: () => {
        dialogs
          .pickExistingCasePath()
          .then((path) => (path === null ? undefined : openCasePath(svc, path)))
          .catch((err: unknown) => console.error('Open Case failed:', err));
      },
      openRecent: (path) => void openCasePath(svc, path),
      closeCase: () => void svc.dispatch('case.close', {}),
    },
    { platform: process.platform, isPackaged: app.isPackaged },
  );
}

function setupWindowLifecycle(): void {
  // macOS keeps the app alive with no window; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function openWindow(): void {
  const win = createMainWindow({
    preloadPath: paths.preloadPath,
    entryUrl: devServerUrl !== undefined && origins.length > 1 ? devServerUrl : APP_ENTRY_URL,
    iconPath: paths.iconPath,
    devTools: !app.isPackaged,
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  // The renderer subscribes to `case.changed` while it loads; open queued files after that.
  win.webContents.once('did-finish-load', () => opener.ready());
  mainWindow = win;
}

/** Opens a case for the shell (menu, argv, open-file); failures are shown, never thrown. */
async function openCasePath(svc: KimberliteService, path: string): Promise<void> {
  const result = await svc.dispatch('case.open', { path });
  if (result.ok) return;
  const options = {
    type: 'error' as const,
    message: 'The case could not be opened.',
    detail: `${path}\n\n${result.error.message}`,
  };
  const win = getWindow();
  try {
    await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  } catch (err) {
    console.error(`Could not open ${path}: ${result.error.message}`, err);
  }
}

main().catch((err: unknown) => {
  console.error('Kimberlite failed to start:', err);
  dialog.showErrorBox(
    'Kimberlite failed to start',
    err instanceof Error ? err.message : String(err),
  );
  app.exit(1);
});
