import { spawn } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { INGEST_ERROR_CODES } from '../../../main/ingest/ingest-error';
import type { IngestFileResult } from '../../../preload/contract';
import { repoRoot, runCli } from '../../helpers/run-cli';
import { imageOnlyPdf, textPagePng } from '../../helpers/scan-fixtures';
import { corpusDir, hasCorpus, noCorpusReason } from '../../helpers/shared-corpus';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const CONTRACT_CODES: readonly string[] = INGEST_ERROR_CODES;

function ingest(kimb: string, args: string[], timeoutMs?: number) {
  const r = runCli(['ingest', kimb, ...args, '--json'], {}, undefined, timeoutMs);
  return {
    ...r,
    files: (JSON.parse(r.stdout || '{"files":[]}') as { files: IngestFileResult[] }).files,
  };
}

function newCase(dir: string): string {
  const kimb = join(dir, 'c.kimb');
  expect(runCli(['case', 'create', kimb]).status).toBe(0);
  return kimb;
}

/** A PNG whose header claims 50,000 × 50,000 pixels: a decompression bomb's calling card. */
async function bombHeaderPng(): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  const bomb = Buffer.from(png);
  bomb.writeUInt32BE(50_000, 16); // IHDR width
  bomb.writeUInt32BE(50_000, 20); // IHDR height (the CRC no longer matches either)
  return bomb;
}

describe('kimberlite ingest', () => {
  it('records every bad input with a contract code, keeps going, and leaves a valid case', async () => {
    const dir = tempDir();
    const kimb = newCase(dir);
    const inbox = join(dir, 'inbox');
    const jpeg = await sharp(await textPagePng(['Invoice 118']))
      .jpeg()
      .toBuffer();
    const files: Record<string, Buffer> = {
      'empty.pdf': Buffer.alloc(0),
      'letter.pdf': Buffer.from('Dear colleague, please find the certificate attached.\n'),
      'truncated.jpg': jpeg.subarray(0, Math.floor(jpeg.length / 3)),
      'bomb.png': await bombHeaderPng(),
      'good.png': await textPagePng(['Kimberley Process Certificate', 'Carat weight 1,520.35']),
    };
    (await import('node:fs')).mkdirSync(inbox);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(inbox, name), bytes);
    symlinkSync(join(inbox, 'missing-target.pdf'), join(inbox, 'dangling.pdf'));

    const run = ingest(kimb, [inbox, join(dir, 'no-such-folder'), '--jobs', '1']);
    expect(run.status).toBe(1);
    const byName = new Map(run.files.map((f) => [f.file.split('/').pop(), f]));
    expect(byName.get('good.png')).toMatchObject({
      status: 'added',
      pages: 1,
      text_source: { ocr: 1 },
    });
    expect(byName.get('empty.pdf')?.error?.code).toBe('empty_file');
    expect(byName.get('letter.pdf')?.error?.code).toBe('unsupported_type');
    expect(byName.get('bomb.png')?.error?.code).toBe('image_too_large');
    expect(['image_corrupt', 'added']).toContain(
      byName.get('truncated.jpg')?.error?.code ?? byName.get('truncated.jpg')?.status,
    );
    expect(byName.get('dangling.pdf')?.error?.code).toBe('file_unreadable');
    expect(run.files.find((f) => f.file.endsWith('no-such-folder'))?.error?.code).toBe(
      'file_unreadable',
    );
    for (const f of run.files) {
      if (f.status === 'error') expect(CONTRACT_CODES).toContain(f.error?.code);
    }
    expect(runCli(['verify', kimb]).status).toBe(0);

    // The same files again: what was added is a duplicate, nothing is stored twice.
    const again = ingest(kimb, [join(inbox, 'good.png')]);
    expect(again.files).toMatchObject([{ status: 'duplicate' }]);
    const db = new Database(kimb, { readonly: true });
    expect(
      db.prepare("SELECT count(*) AS n FROM documents WHERE file_name LIKE '%good.png'").get(),
    ).toEqual({ n: 1 });
    db.close();
  });

  it.skipIf(!hasCorpus)(
    `survives every file of the bad-PDF corpus${hasCorpus ? '' : ` (skipped: ${noCorpusReason})`}`,
    () => {
      const dir = tempDir();
      const kimb = newCase(dir);
      // Slow on a busy 2-core machine: ten image-only PDFs are OCR'd, one loops until stopped.
      const run = ingest(kimb, [join(corpusDir, 'bad-pdfs'), '--page-timeout', '8'], 420_000);
      const index =
        readFileSync(join(corpusDir, 'bad-pdfs', 'index.tsv'), 'utf8')
          .trim()
          .split('\n').length - 1;
      const pdfs = run.files.filter((f) => f.file.endsWith('.pdf'));
      expect(pdfs).toHaveLength(index);
      for (const f of pdfs) {
        expect(['added', 'error'], f.file).toContain(f.status);
        if (f.status === 'error')
          expect(CONTRACT_CODES, `${f.file}: ${f.error?.message}`).toContain(f.error?.code);
        if (f.file.includes('/encrypted/') && f.status === 'error')
          expect(f.error?.code).toBe('pdf_encrypted');
      }
      const loop = pdfs.find((f) => f.file.endsWith('operator_list_cycle.pdf'));
      expect(['timeout', 'file_too_complex']).toContain(loop?.error?.code);
      expect(runCli(['verify', kimb]).status).toBe(0);

      // An encrypted PDF added again with its password is read.
      const locked = join(corpusDir, 'bad-pdfs', 'encrypted', 'pr6531_2.pdf');
      expect(ingest(kimb, [locked, '--password', 'asdfasdf']).files).toMatchObject([
        { status: 'added', pages: 1 },
      ]);
    },
    480_000,
  );

  it('resumes a killed run without reading the stored pages again', async () => {
    const dir = tempDir();
    const kimb = newCase(dir);
    const pages = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        textPagePng([
          `Packing list page ${i + 1}`,
          `Parcel ${i + 1}: 12${i}.45 carats`,
          `Seal number 4471-0${i}`,
        ]),
      ),
    );
    const pdf = join(dir, 'scan.pdf');
    writeFileSync(pdf, await imageOnlyPdf(pages));

    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin', 'kimberlite.mjs'), 'ingest', kimb, pdf, '--jobs', '1'],
      {
        stdio: 'ignore',
      },
    );
    const storedPages = () => {
      const db = new Database(kimb, { readonly: true, fileMustExist: true });
      try {
        return db.prepare('SELECT page_no, id FROM pages ORDER BY page_no').all() as {
          page_no: number;
          id: number;
        }[];
      } catch {
        return [];
      } finally {
        db.close();
      }
    };
    const deadline = Date.now() + 90_000;
    while (storedPages().length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const before = storedPages();
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.length).toBeLessThan(6);

    const resumed = ingest(kimb, [pdf, '--jobs', '1']);
    expect(resumed.status).toBe(0);
    expect(resumed.files).toMatchObject([{ status: 'added', pages: 6 }]);
    // Pages stored before the kill are the same rows: they were not read again.
    expect(resumed.files[0]?.text_source.ocr).toBe(6 - before.length);
    const after = storedPages();
    expect(after).toHaveLength(6);
    for (const p of before) expect(after.find((a) => a.page_no === p.page_no)?.id).toBe(p.id);
    expect(runCli(['verify', kimb]).status).toBe(0);
  }, 180_000);

  it("keeps Tesseract's own notes out of the progress on stderr", () => {
    const dir = tempDir();
    const kimb = newCase(dir);
    // Seed 4242's sixth certificate: Tesseract printed "Detected 416 diacritics" reading it.
    const samples = join(dir, 'samples');
    const made = runCli(['samples', '--out', samples, '--shipments', '6', '--seed', '4242']);
    expect(made.status).toBe(0);
    const r = ingest(kimb, [join(samples, 'S6-kp.pdf')]);
    expect(r.files).toMatchObject([{ status: 'added', text_source: { ocr: 1 } }]);
    const lines = r.stderr.split(/[\r\n]+/u).filter((l) => l.trim() !== '');
    expect(lines.filter((l) => !/^reading \d+\/\d+ pages/u.test(l))).toEqual([]);
  }, 180_000);
});
