// The desktop app end to end with Playwright's `_electron`: the same create → list → reopen
// flow as host-start-screen.spec.ts, but through the preload bridge, IPC and app://. Skipped,
// with the reason, when there is no Electron binary (offline machines cannot download it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ElectronApplication, type Page, _electron, expect, test } from '@playwright/test';
import { PROJECT_ROOT, findElectronBinary, missingDisplay } from './support/electron-binary';

const MAIN = join(PROJECT_ROOT, 'out', 'main', 'index.js');
const TITLE = 'Antwerp inbound, March 2025';
const binary = findElectronBinary();

// Role- and label-based selectors, in one place so a renderer change is a one-line fix here.
const ui = {
  startHeading: (p: Page) => p.getByRole('heading', { name: 'Start a review' }),
  caseHeading: (p: Page, title: string) => p.getByRole('heading', { level: 1, name: title }),
  caseTitle: (p: Page) => p.getByLabel('Case title'),
  caseFile: (p: Page) => p.getByLabel('Case file path'),
  create: (p: Page) => p.getByRole('button', { name: 'Create case' }),
  close: (p: Page) => p.getByRole('button', { name: 'Close case' }),
  recent: (p: Page) => p.getByRole('region', { name: 'Recent cases' }),
};

let dir: string;

// The second test reopens the file the first one created.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  // Also printed, because the list reporter does not show skip reasons.
  if ('missing' in binary) console.log(`[electron-app.spec] skipped: ${binary.missing}`);
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
  const display = missingDisplay();
  test.skip(display !== null, display ?? '');
  test.setTimeout(10 * 60_000); // the first native build for Electron takes minutes
  expect(existsSync(MAIN), 'run `npm run build` first').toBe(true);
  // better-sqlite3 for Electron's ABI (idempotent, quick once built).
  const native = spawnSync(process.execPath, ['scripts/electron-native.mjs', '--sqlite-only'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  expect(native.status, `${native.stdout}${native.stderr}`).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'kimb-electron-'));
  mkdirSync(join(dir, 'cases'));
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A fresh profile per test run: HOME and XDG dirs point into the temp folder. */
async function launch(extraArgs: string[] = []): Promise<{ app: ElectronApplication; page: Page }> {
  const executablePath = 'path' in binary ? binary.path : '';
  const rootSandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : []; // Chromium refuses root
  const app = await _electron.launch({
    executablePath,
    args: [...rootSandbox, MAIN, ...extraArgs],
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      HOME: dir,
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DOCUMENTS_DIR: join(dir, 'documents'),
      KIMBERLITE_USER: 'e2e.reviewer',
      ELECTRON_ENABLE_LOGGING: '1',
    },
  });
  const page = await app.firstWindow();
  return { app, page };
}

test('create a case, see it listed, reopen it', async () => {
  const { app, page } = await launch();
  try {
    expect(page.url()).toMatch(/^app:\/\/kimberlite\//);
    await expect(ui.startHeading(page)).toBeVisible();

    // The page sees the bridge and nothing of Node.
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      on: typeof (globalThis as { kimberlite?: { on?: unknown } }).kimberlite?.on,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', on: 'function' });

    // A bad payload is refused by main, as data.
    const refused = await page.evaluate(() => {
      const api = (globalThis as unknown as { kimberlite: Record<string, (i: unknown) => unknown> })
        .kimberlite;
      return api['case.open']?.({ path: 42 });
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const casePath = join(dir, 'cases', 'first.kimb');
    await ui.caseTitle(page).fill(TITLE);
    await ui.caseFile(page).fill(casePath);
    await ui.create(page).click();
    await expect(ui.caseHeading(page, TITLE)).toBeVisible();
    await expect(page.getByText(casePath)).toBeVisible();

    await ui.close(page).click();
    await expect(ui.startHeading(page)).toBeVisible();
    const listed = ui.recent(page).getByRole('button', { name: new RegExp(TITLE) });
    await expect(listed).toBeVisible();

    await listed.click();
    await expect(ui.caseHeading(page, TITLE)).toBeVisible();
    expect(existsSync(casePath)).toBe(true);
  } finally {
    await app.close();
  }
});

test('a .kimb on the command line opens on launch', async () => {
  const casePath = join(dir, 'cases', 'first.kimb');
  test.skip(!existsSync(casePath), 'needs the case created by the previous test');
  const { app, page } = await launch([casePath]);
  try {
    await expect(ui.caseHeading(page, TITLE)).toBeVisible();
  } finally {
    await app.close();
  }
});
