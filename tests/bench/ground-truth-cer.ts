// Character error rate of our OCR (clean + tesseract.js) and of native tesseract on the shared
// OCR ground truth. Part of ingest-bench.ts; on its own (node --import tsx …) it prints the
// table, for checking that a speed change did not cost accuracy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cleanForOcr } from '../../main/ingest/image/clean-for-ocr';
import { decodeImagePage } from '../../main/ingest/image/decode-image';
import { OcrPool } from '../../main/ingest/ocr/ocr-pool';
import { readPageImage } from '../../main/ingest/ocr/read-page-image';
import { tessdataDir } from '../../main/ingest/ocr/tessdata';
import { charErrorRate } from '../helpers/char-error-rate';
import { corpusDir, hasCorpus } from '../helpers/shared-corpus';

export interface CerRow {
  image: string;
  kimberlite: number;
  native: number;
}

const CASES = [
  ['phototest.tif', 'phototest.gold.txt'],
  ['eurotext.tif', 'eurotext.txt'],
  ['8071_093.3B.tif', '8071_093.3B.txt'],
  ['8087_054.3B.tif', '8087_054.3B.txt'],
] as const;

/** A tessdata folder for native tesseract with our own (gunzipped) traineddata. */
export function nativeTessdata(dir: string, langs: readonly string[] = ['eng', 'osd']): string {
  mkdirSync(dir, { recursive: true });
  for (const lang of langs) {
    writeFileSync(
      join(dir, `${lang}.traineddata`),
      gunzipSync(readFileSync(join(tessdataDir(), `${lang}.traineddata.gz`))),
    );
  }
  return dir;
}

/** Empty when the shared corpus is absent. */
export async function groundTruthCer(tessdata: string): Promise<CerRow[]> {
  if (!hasCorpus) return [];
  const gt = join(corpusDir, 'ocr-groundtruth');
  const pool = new OcrPool({ size: 1 });
  const rows: CerRow[] = [];
  try {
    for (const [img, txt] of CASES) {
      const truth = readFileSync(join(gt, txt), 'utf8');
      const page = await decodeImagePage(new Uint8Array(readFileSync(join(gt, img))), 0, img);
      // As ingest does: the resolution the file states decides any enlargement.
      const ours = (await readPageImage(pool, await cleanForOcr(page, page.dpi))).words
        .map((w) => w.text)
        .join(' ');
      const native = execFileSync(
        'tesseract',
        [join(gt, img), '-', '--tessdata-dir', tessdata, '-l', 'eng', '--psm', '3'],
        {
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      );
      rows.push({
        image: img,
        kimberlite: charErrorRate(truth, ours),
        native: charErrorRate(truth, native),
      });
    }
  } finally {
    await pool.close();
  }
  return rows;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function printCer(rows: readonly CerRow[]): void {
  if (!rows.length) {
    console.log('  character error rate: skipped (../shared/corpus absent)');
    return;
  }
  console.log('  character error rate on shared/corpus/ocr-groundtruth (kimberlite / native):');
  for (const r of rows) {
    console.log(
      `    ${r.image.padEnd(18)} ${pct(r.kimberlite).padStart(7)} / ${pct(r.native).padStart(7)}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = mkdtempSync(join(tmpdir(), 'kimberlite-cer-'));
  printCer(await groundTruthCer(nativeTessdata(join(dir, 'tessdata'))));
}
