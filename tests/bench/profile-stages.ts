// node --import tsx tests/bench/profile-stages.ts <folder> — where an OCR page's time goes,
// stage by stage, on one core: decode (or a PDF scan's image), thumbnail, layout (orientation
// + skew), cleaning, tesseract.js recognize vs native tesseract on the same image, and how many
// pages take the low-confidence retry. For finding work to cut; the benchmark is ingest-bench.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { cleanForOcr, thumbnail } from '../../main/ingest/image/clean-for-ocr';
import { decodeImagePage, imagePageCount } from '../../main/ingest/image/decode-image';
import { measureLayout } from '../../main/ingest/image/estimate-skew';
import type { GrayImage } from '../../main/ingest/image/gray-image';
import { toPgm } from '../../main/ingest/image/pgm';
import { OcrPool } from '../../main/ingest/ocr/ocr-pool';
import { readPageImage } from '../../main/ingest/ocr/read-page-image';
import { tessdataDir } from '../../main/ingest/ocr/tessdata';
import { loadPdf } from '../../main/ingest/pdf/load-pdf';
import { ScanPageImages } from '../../main/ingest/pdf/scan-page-image';
import { readTextLayer } from '../../main/ingest/pdf/text-layer';
import { sniffMediaType } from '../../main/ingest/sniff';

sharp.concurrency(1); // as in the reader thread
sharp.cache(false);

const dir = process.argv[2];
if (!dir) throw new Error('usage: profile-stages.ts <folder of scans>');
const work = mkdtempSync(join(tmpdir(), 'kimberlite-profile-'));
const totals = new Map<string, number>();

/** Times `f` in CPU milliseconds of this process (all threads): fair on a busy machine. */
async function time<T>(stage: string, f: () => Promise<T>): Promise<T> {
  const before = process.cpuUsage();
  const r = await f();
  const used = process.cpuUsage(before);
  totals.set(stage, (totals.get(stage) ?? 0) + (used.user + used.system) / 1000);
  return r;
}

async function grayPages(bytes: Uint8Array, name: string): Promise<[GrayImage, number | null][]> {
  const out: [GrayImage, number | null][] = [];
  if (sniffMediaType(bytes) !== 'application/pdf') {
    const n = await imagePageCount(bytes, name);
    for (let i = 0; i < n; i++) {
      const page = await time('decode image', () => decodeImagePage(bytes, i, name));
      out.push([page, page.dpi]);
    }
    return out;
  }
  // As the pipeline reads a PDF: text from a copy without standard fonts, a scan's image the
  // cheapest way that gives what rendering would (see ScanPageImages).
  const doc = await loadPdf(bytes, { standardFonts: false });
  const scans = new ScanPageImages(bytes, () => loadPdf(bytes, { standardFonts: true }), 16e6);
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const layer = await time('pdf text layer', () => readTextLayer(page));
    if (layer.verdict === 'usable') continue;
    const { gray, dpi } = await time('pdf page image', () => scans.imageOf(page, p));
    out.push([gray, dpi]);
  }
  await scans.close();
  await doc.destroy();
  return out;
}

const td = join(work, 'td');
mkdirSync(td);
writeFileSync(
  join(td, 'eng.traineddata'),
  gunzipSync(readFileSync(join(tessdataDir(), 'eng.traineddata.gz'))),
);
// The pool's worker is in this process: its CPU time is counted by process.cpuUsage().
const pool = new OcrPool({ size: 1, recycleAfter: 1000 });
const blank = await sharp({
  create: { width: 64, height: 64, channels: 3, background: '#ffffff' },
})
  .png()
  .toBuffer();
await pool.recognize(blank); // start-up and compilation are not a page's time
let pages = 0;
let retried = 0;
for (const f of readdirSync(dir).filter((name) => name !== 'truth.json')) {
  const bytes = new Uint8Array(readFileSync(join(dir, f)));
  for (const [gray, dpi] of await grayPages(bytes, f)) {
    pages += 1;
    await time('thumbnail', () => thumbnail(gray));
    await time('measureLayout (in cleanForOcr)', () => measureLayout(gray));
    const img = await time('cleanForOcr', () => cleanForOcr(gray, dpi));
    const pgm = toPgm(img.gray);
    const first = await time('tesseract.js recognize', () => pool.recognize(pgm));
    if (first.confidence < 0.6) retried += 1;
    await time('readPageImage (incl. any retry)', () => readPageImage(pool, img));
    const file = join(work, `${pages}.pgm`);
    writeFileSync(file, pgm);
    const started = process.hrtime.bigint();
    execFileSync('tesseract', [file, '-', '--tessdata-dir', td, '-l', 'eng', '--psm', '3'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const nativeMs = Number(process.hrtime.bigint() - started) / 1e6;
    totals.set('native tesseract (wall)', (totals.get('native tesseract (wall)') ?? 0) + nativeMs);
    console.log(
      `${f} ${img.gray.width}x${img.gray.height} scale ${img.scale.toFixed(2)} conf ${first.confidence.toFixed(2)}`,
    );
  }
}
await pool.close();
console.log(`\n${pages} OCR pages, ${retried} below the retry confidence (CPU ms a page)`);
for (const [stage, ms] of totals) {
  console.log(`${stage.padEnd(32)} ${(ms / pages).toFixed(0).padStart(6)}`);
}
