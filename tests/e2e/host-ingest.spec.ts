// Adding documents in the browser host, end to end: a folder by path (a born-digital PDF from
// the shared corpus, a scan generated here, a text file posing as a PDF), then files uploaded
// by the file picker and by drag-and-drop. Needs `npm run build` first.
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Locator, type Page, expect, test } from '@playwright/test';
import sharp from 'sharp';
import { corpusDir } from '../helpers/shared-corpus';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'kimberlite.mjs');
const AWS_PDF = join(corpusDir, 'invoices', 'AmazonWebServices.pdf');

let dir: string;
let server: ChildProcessWithoutNullStreams | null = null;
let url: string;

/** A page of typed text, as a scanner would hand it over: drawn with SVG, rendered by sharp. */
async function scan(lines: string[]): Promise<Buffer> {
  const text = lines
    .map((l, i) => `<text x="90" y="${160 + i * 64}" font-size="40">${l}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754">
    <rect width="100%" height="100%" fill="#fff"/>
    <g font-family="DejaVu Sans, Arial, sans-serif" fill="#111">${text}</g></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function serve(casePath: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [CLI, 'serve', casePath], { env });
  server = child;
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

const rowOf = (page: Page, name: string): Locator =>
  page
    .getByRole('list', { name: 'Documents in this case' })
    .locator(':scope > li')
    .filter({ hasText: name });

async function expectThumbnail(row: Locator, name: string) {
  // Thumbnails load only for rows near the viewport; scroll there as a person would.
  await row.scrollIntoViewIfNeeded();
  const img = row.getByRole('img', { name: `First page of ${name}` });
  await expect(img).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth))
    .toBeGreaterThan(10);
}

test.skip(!existsSync(AWS_PDF), `the shared corpus is absent (looked for ${AWS_PDF})`);

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kimb-e2e-ingest-'));
  const env = { ...process.env, KIMBERLITE_HOME: join(dir, 'home'), KIMBERLITE_USER: 'a.reviewer' };
  const casePath = join(dir, 'ingest.kimb');
  execFileSync(process.execPath, [CLI, 'case', 'create', casePath, '--title', 'Ingest check'], {
    env,
  });
  // The shipment folder lives in the temp dir; the corpus file is read, never added to the repo.
  const folder = join(dir, 'shipment');
  mkdirSync(folder);
  copyFileSync(AWS_PDF, join(folder, 'AmazonWebServices.pdf'));
  writeFileSync(
    join(folder, 'invoice-scan.png'),
    await scan([
      'COMMERCIAL INVOICE',
      'Invoice No. 2025-0042',
      'Seller: Kimberley Rough Trading Ltd',
      'Buyer: Antwerp Diamond House NV',
      'Rough diamonds, unsorted, 1 250.40 carats',
      'Total value: USD 1 842 000.00',
    ]),
  );
  writeFileSync(join(folder, 'notes.pdf'), 'These are meeting notes, not a PDF at all.\n');
  url = await serve(casePath, env);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

test('add a folder by path, then upload by picker and by drop', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Ingest check' })).toBeVisible();
  await expect(page.getByText('No documents yet')).toBeVisible();
  await page.screenshot({ path: '/tmp/kimberlite-ingest-empty.png', fullPage: true });

  const path = page.getByLabel('Add files or folders from this computer: path');
  await page.getByRole('button', { name: 'Add documents…' }).click();
  await expect(path).toBeFocused();
  await path.fill(join(dir, 'shipment'));
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await page.screenshot({ path: '/tmp/kimberlite-ingest-progress.png', fullPage: true });

  const list = page.getByRole('list', { name: 'Documents in this case' });
  await expect(list.locator(':scope > li')).toHaveCount(3, { timeout: 60_000 });
  const pdf = rowOf(page, 'shipment/AmazonWebServices.pdf');
  const png = rowOf(page, 'shipment/invoice-scan.png');
  const bad = rowOf(page, 'shipment/notes.pdf');
  await expect(pdf.getByText('Ready', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(png.getByText('Ready', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(bad.getByText('Could not be read', { exact: true })).toBeVisible();
  await expect(bad).toContainText(
    'Kimberlite reads PDF, PNG, JPEG, TIFF and WebP files; this is none of them.',
  );
  await expectThumbnail(pdf, 'shipment/AmazonWebServices.pdf');
  await expectThumbnail(png, 'shipment/invoice-scan.png');
  await expect(pdf).toContainText(/PDF · [\d.]+ KB · \d+ pages? · /);
  await expect(png).toContainText(/PNG · [\d.]+ KB · 1 page · OCR/);

  await expect(bar).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toContainText(
    '3 files: 2 added, 1 could not be read',
  );
  const counts = page.getByRole('region', { name: 'Case contents' });
  await expect(counts.getByRole('group', { name: 'Documents', exact: true })).toContainText('3');
  await page.screenshot({ path: '/tmp/kimberlite-ingest-list.png', fullPage: true });

  // A document's pages: image, source, OCR confidence.
  await png.getByRole('button', { name: /shipment\/invoice-scan\.png/ }).click();
  const pages = page.getByRole('list', { name: 'Pages of shipment/invoice-scan.png' });
  await expect(pages.getByText('Page 1', { exact: true })).toBeVisible();
  await expect(pages).toContainText(/OCR · \d+% confidence/);
  await expect(
    pages.getByRole('img', { name: 'Page 1 of shipment/invoice-scan.png' }),
  ).toBeVisible();
  await pdf.getByRole('button', { name: /AmazonWebServices\.pdf/ }).click();
  await expect(
    page.getByRole('list', { name: 'Pages of shipment/AmazonWebServices.pdf' }),
  ).toContainText('Text layer');
  await page.screenshot({ path: '/tmp/kimberlite-ingest-pages.png', fullPage: true });

  // Upload through the file picker (the keyboard path to uploads).
  await page.getByLabel('Files to upload').setInputFiles({
    name: 'packing-list.png',
    mimeType: 'image/png',
    buffer: await scan(['PACKING LIST', 'Parcel 1 of 1', 'Gross weight 0.45 kg']),
  });
  const packing = rowOf(page, 'packing-list.png');
  await expect(packing.getByText('Ready', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expectThumbnail(packing, 'packing-list.png');

  // Drag and drop: a real DataTransfer holding a File, dropped on the panel.
  const bytes = (
    await scan(['AIR WAYBILL', 'AWB 176-12345675', 'Johannesburg - Antwerp'])
  ).toString('base64');
  const transfer = await page.evaluateHandle((b64) => {
    // Runs in the page; the e2e tsconfig has no DOM types, hence the narrow casts.
    const dom = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
    };
    const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new dom.DataTransfer();
    data.items.add(new dom.File([raw], 'air waybill (dropped).png', { type: 'image/png' }));
    return data;
  }, bytes);
  const zone = page.locator('.drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop to add to the case')).toBeVisible();
  await page.screenshot({ path: '/tmp/kimberlite-ingest-dragging.png', fullPage: true });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  const dropped = rowOf(page, 'air waybill (dropped).png');
  await expect(dropped.getByText('Ready', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expectThumbnail(dropped, 'air waybill (dropped).png');
  // Direct children only: an expanded document's pages are list items too.
  await expect(list.locator(':scope > li')).toHaveCount(5);
  await page.screenshot({ path: '/tmp/kimberlite-ingest-uploaded.png', fullPage: true });
});

test('in the desktop app a drop hands over paths, read where the files are', async ({ page }) => {
  test.setTimeout(120_000);
  const desk = join(dir, 'desktop-drop');
  mkdirSync(desk, { recursive: true });
  writeFileSync(
    join(desk, 'certificate-scan.png'),
    await scan(['KIMBERLEY PROCESS CERTIFICATE', 'No. ZA 0123456', 'Carats 1 250.40']),
  );
  // What the preload exposes under Electron (webUtils.getPathForFile), which cannot run here;
  // the page's part — asking for paths and adding them as the dialog does — is real.
  await page.addInitScript((folder) => {
    (globalThis as unknown as { kimberliteFiles: unknown }).kimberliteFiles = {
      pathOf: (file: { name: string }) => `${folder}/${file.name}`,
    };
  }, desk);
  await page.goto(url);
  const transfer = await page.evaluateHandle(() => {
    const dom = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: Uint8Array[], name: string) => unknown;
    };
    const data = new dom.DataTransfer();
    // No bytes travel: the path is what the desktop app uses.
    data.items.add(new dom.File([], 'certificate-scan.png'));
    return data;
  });
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  const row = rowOf(page, 'certificate-scan.png');
  await expect(row.getByText('Ready', { exact: true })).toBeVisible({ timeout: 90_000 });
  // Page details load for rows near the viewport; the case already lists the earlier files.
  await expectThumbnail(row, 'certificate-scan.png');
  await expect(row).toContainText(/PNG · [\d.]+ KB · 1 page · OCR/);
});

test('a password-protected PDF is retried with its password; a job can be cancelled', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const locked = join(corpusDir, 'bad-pdfs', 'encrypted', 'pr6531_2.pdf'); // user password "asdfasdf"
  test.skip(!existsSync(locked), `the encrypted corpus PDF is absent (looked for ${locked})`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  const path = page.getByLabel('Add files or folders from this computer: path');
  await path.fill(locked);
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  const row = rowOf(page, 'pr6531_2.pdf');
  await expect(row.getByText('Could not be read', { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await row.scrollIntoViewIfNeeded();
  await expect(row).toContainText('This PDF is password-protected.');
  // This window added the file, so it knows the path: only the password is asked.
  await expect(row.getByLabel(/Where is/)).toHaveCount(0);
  await row.getByLabel('Password').fill('not the password');
  await row.getByRole('button', { name: 'Retry' }).click();
  await expect(row).toContainText('The password did not open this PDF.', { timeout: 60_000 });
  await page.screenshot({ path: '/tmp/kimberlite-ingest-password.png', fullPage: true });
  await row.getByLabel('Password').fill('asdfasdf');
  await row.getByRole('button', { name: 'Retry' }).click();
  await expect(row.getByText('Ready', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expectThumbnail(row, 'pr6531_2.pdf');
  // Each attempt keeps its own summary line; the retry does not rewrite the first one.
  const finished = page.getByRole('status').filter({ hasText: 'Finished' });
  await expect(finished).toHaveText([
    /1 file: 1 could not be read/,
    /1 file: 1 could not be read/,
    /1 file: 1 added/,
  ]);

  // Cancel: enough scans that the job is still running when the button is pressed.
  const many = join(dir, 'many');
  mkdirSync(many);
  for (let i = 1; i <= 8; i++) {
    writeFileSync(
      join(many, `scan-${i}.png`),
      await scan([`DELIVERY NOTE ${i}`, `Parcel ${i} of 8`, `Reference KP-${1000 + i}`]),
    );
  }
  await page.getByRole('button', { name: 'Add documents…' }).click();
  await path.fill(many);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(bar).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled' })).toBeVisible();
  await page.screenshot({ path: '/tmp/kimberlite-ingest-cancelled.png', fullPage: true });
});
