import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import type { JobProgress } from '../../../preload/contract';
import { KimberliteService } from '../../../main/service';
import { runCli } from '../../helpers/run-cli';
import { imageOnlyPdf, textPagePng } from '../../helpers/scan-fixtures';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
let service: KimberliteService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

it('opening a case finishes the documents a crash left pending, from the stored originals', async () => {
  const dir = tempDir();
  const kimb = join(dir, 'c.kimb');
  const pdf = join(dir, 'scan.pdf');
  writeFileSync(
    pdf,
    await imageOnlyPdf([await textPagePng(['Page one']), await textPagePng(['Page two'])]),
  );
  expect(runCli(['case', 'create', kimb]).status).toBe(0);
  expect(runCli(['ingest', kimb, pdf, '--jobs', '1']).status).toBe(0);

  // What a crash after page 1 leaves behind; the source file is gone as well.
  const raw = new Database(kimb);
  raw.exec("UPDATE documents SET status = 'pending'; DELETE FROM pages WHERE page_no = 2;");
  const kept = raw.prepare('SELECT id FROM pages WHERE page_no = 1').get() as { id: number };
  raw.close();
  writeFileSync(pdf, '');

  service = new KimberliteService({
    settingsDir: join(dir, 'settings'),
    defaultCaseDir: dir,
    user: 'ana',
    transport: 'http',
    ocrWorkers: 1,
  });
  const finished = new Promise<JobProgress>((resolve) => {
    service?.on('job.progress', (p) => {
      if (p.state !== 'running') resolve(p);
    });
  });
  expect((await service.call('case.open', { path: kimb })).ok).toBe(true);
  expect(await finished).toMatchObject({ kind: 'ingest.resume', state: 'done' });

  const docs = await service.call('documents.list', {});
  expect(docs.ok && docs.value.map((d) => [d.status, d.pageCount])).toEqual([['added', 2]]);
  const check = new Database(kimb, { readonly: true });
  expect(check.prepare('SELECT id FROM pages WHERE page_no = 1').get()).toEqual(kept);
  check.close();
}, 120_000);
