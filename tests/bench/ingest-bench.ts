// npm run bench:ingest — ingest throughput against native Tesseract on the same pages, in one run.
//   Baseline: the page images our pipeline OCRs, read by native `tesseract` (5.x, same eng
//   best_int model, OMP_THREAD_LIMIT=1, one process per core).
//   Ours: `kimberlite ingest` of the same generated files (decode, clean, OCR, store).
// Also: born-digital pages per second, peak memory, and character error rate on the shared
// OCR ground truth next to native Tesseract's. Needs `apt-get install tesseract-ocr`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanForOcr } from '../../main/ingest/image/clean-for-ocr';
import { decodeImagePage } from '../../main/ingest/image/decode-image';
import { OcrPool } from '../../main/ingest/ocr/ocr-pool';
import { readPageImage } from '../../main/ingest/ocr/read-page-image';
import { tessdataDir } from '../../main/ingest/ocr/tessdata';
import { toPgm } from '../../main/ingest/image/pgm';
import { PrepareThread } from '../../main/ingest/prepare/prepare-thread';
import { sniffMediaType } from '../../main/ingest/sniff';
import { charErrorRate } from '../helpers/char-error-rate';
import { repoRoot } from '../helpers/run-cli';
import { corpusDir, hasCorpus } from '../helpers/shared-corpus';

const SHIPMENTS = Number(process.env.BENCH_SHIPMENTS ?? 6);
const QUALITY = process.env.BENCH_QUALITY ?? 'office';
const cores = availableParallelism();
const work = mkdtempSync(join(tmpdir(), 'kimberlite-bench-'));
const cli = (args: string[]) =>
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'kimberlite.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });

/** Runs a command under GNU time; returns wall seconds and peak RSS in MB. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssKb = Number(r.stderr.trim().split('\n').at(-1));
  return { seconds, peakMb: Math.round(rssKb / 1024), stdout: r.stdout };
}

function nativeTessdata(): string {
  const dir = join(work, 'tessdata');
  mkdirSync(dir, { recursive: true });
  for (const lang of ['eng', 'osd']) {
    writeFileSync(
      join(dir, `${lang}.traineddata`),
      gunzipSync(readFileSync(join(tessdataDir(), `${lang}.traineddata.gz`))),
    );
  }
  return dir;
}

/** Native tesseract over `images`, `cores` single-threaded processes at a time. */
async function nativeOcr(images: string[], tessdata: string): Promise<number> {
  const queue = [...images];
  const started = process.hrtime.bigint();
  const runOne = async (): Promise<void> => {
    for (let img = queue.shift(); img; img = queue.shift()) {
      await new Promise<void>((resolve, reject) => {
        const p = spawn(
          'tesseract',
          [
            img,
            img.replace(/\.pgm$/, ''),
            '--tessdata-dir',
            tessdata,
            '-l',
            'eng',
            '--psm',
            '3',
            'tsv',
          ],
          {
            env: { ...process.env, OMP_THREAD_LIMIT: '1' },
            stdio: 'ignore',
          },
        );
        p.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`tesseract exit ${code}`)),
        );
      });
    }
  };
  await Promise.all(Array.from({ length: cores }, runOne));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The page images the pipeline would OCR, written as it hands them to Tesseract. */
async function pageImages(dir: string, files: string[]): Promise<string[]> {
  const out: string[] = [];
  const thread = new PrepareThread({ pageTimeoutMs: 60_000, maxHeapMb: 768 });
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, f)));
    for await (const e of thread.prepare(bytes, sniffMediaType(bytes), { fileName: f })) {
      if (e.kind === 'page' && e.page.textSource === 'ocr') {
        // Exactly the bytes our pipeline hands to tesseract.js (PGM).
        const path = join(work, 'pages', `${f}-${e.page.pageNo}.pgm`);
        mkdirSync(join(work, 'pages'), { recursive: true });
        writeFileSync(path, toPgm(e.page.ocr.gray));
        out.push(path);
      }
    }
  }
  await thread.kill();
  return out;
}

function ingest(dir: string, name: string) {
  const kimb = join(work, `${name}.kimb`);
  cli(['case', 'create', kimb]);
  const run = timed(process.execPath, [
    join(repoRoot, 'bin', 'kimberlite.mjs'),
    'ingest',
    kimb,
    dir,
    '--json',
    '--jobs',
    String(cores),
  ]);
  const files = (
    JSON.parse(run.stdout) as {
      files: { status: string; text_source: { text_layer: number; ocr: number } }[];
    }
  ).files;
  const ocr = files.reduce((s, f) => s + f.text_source.ocr, 0);
  const text = files.reduce((s, f) => s + f.text_source.text_layer, 0);
  return { ...run, ocr, text };
}

async function groundTruthCer(tessdata: string) {
  if (!hasCorpus) return [];
  const gt = join(corpusDir, 'ocr-groundtruth');
  const cases = [
    ['phototest.tif', 'phototest.gold.txt'],
    ['eurotext.tif', 'eurotext.txt'],
    ['8071_093.3B.tif', '8071_093.3B.txt'],
    ['8087_054.3B.tif', '8087_054.3B.txt'],
  ] as const;
  const pool = new OcrPool({ size: 1 });
  const rows = [];
  for (const [img, txt] of cases) {
    const truth = readFileSync(join(gt, txt), 'utf8');
    const page = await decodeImagePage(new Uint8Array(readFileSync(join(gt, img))), 0, img);
    const ours = (await readPageImage(pool, await cleanForOcr(page))).words
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
  await pool.close();
  return rows;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  if (spawnSync('tesseract', ['--version']).status !== 0) {
    throw new Error('native tesseract is missing: apt-get install -y tesseract-ocr');
  }
  const tessdata = nativeTessdata();
  const scans = join(work, 'scans');
  cli([
    'samples',
    '--out',
    scans,
    '--shipments',
    String(SHIPMENTS),
    '--seed',
    '4242',
    '--quality',
    QUALITY,
  ]);
  const files = readdirSync(scans).filter((f) => f !== 'truth.json');
  const images = await pageImages(scans, files);
  const nativeSeconds = await nativeOcr(images, tessdata);
  const ours = ingest(scans, 'scans');

  const born = join(work, 'born');
  cli([
    'samples',
    '--out',
    born,
    '--shipments',
    String(SHIPMENTS * 4),
    '--seed',
    '4243',
    '--quality',
    'clean',
    '--formats',
    'pdf',
  ]);
  const digital = ingest(born, 'born');

  const nativePpm = (images.length / nativeSeconds) * 60;
  const oursPpm = (ours.ocr / ours.seconds) * 60;
  console.log(`\nIngest benchmark (${cores} cores, ${SHIPMENTS} shipments, quality ${QUALITY})`);
  console.log(
    `  native tesseract : ${images.length} pages in ${nativeSeconds.toFixed(1)} s = ${nativePpm.toFixed(1)} pages/min`,
  );
  console.log(
    `  kimberlite ingest: ${ours.ocr} OCR pages (+${ours.text} text-layer) in ${ours.seconds.toFixed(1)} s = ${oursPpm.toFixed(1)} pages/min, peak ${ours.peakMb} MB`,
  );
  console.log(`  ratio            : ${(oursPpm / nativePpm).toFixed(2)}× native (goal ≥ 0.8×)`);
  console.log(
    `  born-digital     : ${digital.text} text-layer pages in ${digital.seconds.toFixed(1)} s = ${(digital.text / digital.seconds).toFixed(1)} pages/s incl. start-up, peak ${digital.peakMb} MB (goal ≥ 50)`,
  );
  const cer = await groundTruthCer(tessdata);
  if (cer.length) {
    console.log('  character error rate on shared/corpus/ocr-groundtruth (kimberlite / native):');
    for (const r of cer)
      console.log(
        `    ${r.image.padEnd(18)} ${pct(r.kimberlite).padStart(7)} / ${pct(r.native).padStart(7)}`,
      );
  } else {
    console.log('  character error rate: skipped (../shared/corpus absent)');
  }
}

await main();
