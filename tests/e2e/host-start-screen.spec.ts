// The renderer end to end against `kimberlite serve`: same screens and service as the desktop
// app, only the transport differs. Needs `npm run build` first (npm test does it).
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Page, expect, test } from '@playwright/test';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'kimberlite.mjs');
const FIRST_TITLE = 'Antwerp inbound, March 2025';
const SECOND_TITLE = 'Dubai transit – April 2025';

let dir: string;
let env: NodeJS.ProcessEnv;
let server: ChildProcessWithoutNullStreams;
let url: string;
let origin: string;

/** Starts `kimberlite serve` and resolves with the first stdout line, the token URL. */
function serve(casePath: string): Promise<string> {
  server = spawn(process.execPath, [CLI, 'serve', casePath], { env });
  let stderr = '';
  server.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stdout });
    lines.once('line', (line) => resolve(line));
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

async function expectCounts(page: Page, expected: Record<string, number>) {
  const contents = page.getByRole('region', { name: 'Case contents' });
  for (const [label, n] of Object.entries(expected)) {
    const count = contents.getByRole('group', { name: label, exact: true });
    await expect(count.getByRole('definition')).toHaveText(String(n));
  }
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kimb-e2e-'));
  env = { ...process.env, KIMBERLITE_HOME: join(dir, 'home'), KIMBERLITE_USER: 'a.reviewer' };
  const first = join(dir, 'first.kimb');
  execFileSync(process.execPath, [CLI, 'case', 'create', first, '--title', FIRST_TITLE], { env });
  url = await serve(first);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  origin = new URL(url).origin;
});

test.afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

test('the served case, then close, create, list and reopen', async ({ page, request }) => {
  await page.goto(url);
  // The token was traded for a cookie and stripped from the address bar.
  await expect(page).toHaveURL(`${origin}/`);

  await expect(page.getByRole('heading', { level: 1, name: FIRST_TITLE })).toBeVisible();
  await expect(page.getByText(join(dir, 'first.kimb'))).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add documents…' })).toBeEnabled();
  await expect(page.getByText('No documents yet')).toBeVisible();
  const audit = page.getByRole('region', { name: 'Audit trail' });
  await expect(audit.getByRole('row')).toHaveCount(2); // header + case.created
  await expect(audit.getByRole('cell', { name: 'case.created' })).toBeVisible();
  await expectCounts(page, {
    Documents: 0,
    Pages: 0,
    Shipments: 0,
    Findings: 0,
    'Audit entries': 1,
  });
  await page.screenshot({ path: '/tmp/kimberlite-case.png', fullPage: true });

  await page.getByRole('button', { name: 'Close case' }).click();
  await expect(page.getByRole('heading', { name: 'Start a review' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Recent cases' });
  await expect(recent.getByRole('button', { name: new RegExp(FIRST_TITLE) })).toBeVisible();
  // Native dialogs exist only in the desktop app.
  await expect(page.getByRole('button', { name: 'Browse…' })).toHaveCount(0);

  await page.getByLabel('Case title').fill(SECOND_TITLE);
  const suggested = join(dir, 'dubai-transit-april-2025.kimb');
  await expect(page.getByLabel('Case file path')).toHaveValue(suggested);
  await page.screenshot({ path: '/tmp/kimberlite-start.png', fullPage: true });
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SECOND_TITLE })).toBeVisible();
  await expect(page.getByText(suggested)).toBeVisible();

  // Creating the same file again is refused in plain words.
  await page.getByRole('button', { name: 'Close case' }).click();
  await page.getByLabel('Case title').fill(SECOND_TITLE);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('alert')).toContainText('already exists');
  await page.screenshot({ path: '/tmp/kimberlite-error.png', fullPage: true });

  await expect(recent.getByRole('listitem')).toHaveCount(2);
  await expect(recent.getByRole('listitem').first()).toContainText(SECOND_TITLE);
  await recent.getByRole('button', { name: new RegExp(FIRST_TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_TITLE })).toBeVisible();
  await expectCounts(page, {
    Documents: 0,
    Pages: 0,
    Shipments: 0,
    Findings: 0,
    'Audit entries': 1,
  });

  // A recent case whose file has gone is shown, greyed and not clickable.
  await page.getByRole('button', { name: 'Close case' }).click();
  rmSync(suggested);
  await page.reload();
  const gone = recent.getByRole('button', { name: new RegExp(SECOND_TITLE) });
  await expect(gone).toBeDisabled();
  await expect(gone).toContainText('file missing');
  await page.screenshot({ path: '/tmp/kimberlite-recent-missing.png', fullPage: true });

  // Push events reach the page over SSE: a case opened by another client appears here.
  // Retried because the page's EventSource may still be connecting after the reload.
  const token = new URL(url).searchParams.get('token') ?? '';
  await expect(async () => {
    const opened = await request.post(`${origin}/api/call/case.open`, {
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      data: { path: join(dir, 'first.kimb') },
    });
    expect(await opened.json()).toMatchObject({ ok: true });
    await expect(page.getByRole('heading', { level: 1, name: FIRST_TITLE })).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 10_000 });
});

test('the API refuses requests without the token or from a foreign origin', async ({ request }) => {
  const token = new URL(url).searchParams.get('token') ?? '';
  const call = `${origin}/api/call/app.info`;
  const json = { 'Content-Type': 'application/json' };

  const bare = await request.post(call, { headers: json, data: {} });
  expect(bare.status()).toBe(403);
  expect(await bare.text()).toBe('Forbidden.');
  expect((await request.get(`${origin}/`)).status()).toBe(403);
  expect((await request.get(`${origin}/?token=wrong`)).status()).toBe(403);

  const foreign = await request.post(call, {
    headers: { ...json, Authorization: `Bearer ${token}`, Origin: 'http://evil.example' },
    data: {},
  });
  expect(foreign.status()).toBe(403);

  const good = await request.post(call, {
    headers: { ...json, Authorization: `Bearer ${token}` },
    data: {},
  });
  expect(good.status()).toBe(200);
  expect(await good.json()).toMatchObject({ ok: true, value: { transport: 'http' } });
});
