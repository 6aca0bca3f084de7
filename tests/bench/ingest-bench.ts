// npm run bench:ingest — ingest throughput against native Tesseract on the same pages, in one run.
//   Baseline: the page images our pipeline OCRs, read by native `tesseract` (5.x, same eng
//   best_int model, OMP_THREAD_LIMIT=1, one process per core).
//   Ours: `kimberlite ingest` of the same generated files (decode, clean, OCR, store).
// The bound: tesseract.js's recognize alone on the same images, against native's whole run.
// Also: born-digital pages per second, peak memory, and character error rate on the shared
// OCR ground truth next to native Tesseract's. Needs `apt-get install tesseract-ocr`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPgm } from '../../main/ingest/image/pgm';
import { OcrPool } from '../../main/ingest/ocr/ocr-pool';
import { PrepareThread } from '../../main/ingest/prepare/prepare-thread';
import { sniffMediaType } from '../../main/ingest/sniff';
import { repoRoot } from '../helpers/run-cli';
import { groundTruthCer, nativeTessdata, printCer } from './ground-truth-cer';

const SHIPMENTS = Number(process.env.BENCH_SHIPMENTS ?? 6);
const QUALITY = process.env.BENCH_QUALITY ?? 'office';
/** Born-digital shipments: enough files (about four a shipment) that start-up is amortised. */
const BORN_SHIPMENTS = Number(process.env.BENCH_BORN_SHIPMENTS ?? SHIPMENTS * 8);
const cores = availableParallelism();
const work = mkdtempSync(join(tmpdir(), 'kimberlite-bench-'));
const cli = (args: string[]) =>
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'kimberlite.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });

/** `/usr/bin/time` output: peak RSS in kB, user and system CPU seconds. */
const TIME_FORMAT = '%M %U %S';

function parseTime(line: string | undefined): { peakMb: number; cpuSeconds: number } {
  const [rssKb = 0, user = 0, sys = 0] = (line ?? '').trim().split(' ').map(Number);
  return { peakMb: Math.round(rssKb / 1024), cpuSeconds: user + sys };
}

/**
 * Runs a command under GNU time; returns wall seconds, CPU seconds (all threads) and peak RSS
 * in MB. CPU time is the figure to compare on a machine that is not quiet.
 */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, cmd, ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, ...parseTime(r.stderr.trim().split('\n').at(-1)), stdout: r.stdout };
}

/** Our traineddata for native tesseract, and its `tsv` config: word boxes, as we read them. */
function tessdataForNative(): string {
  const dir = nativeTessdata(join(work, 'tessdata'));
  const tsv = '/usr/share/tesseract-ocr/5/tessdata/configs/tsv';
  mkdirSync(join(dir, 'configs'), { recursive: true });
  writeFileSync(
    join(dir, 'configs', 'tsv'),
    existsSync(tsv) ? readFileSync(tsv) : 'tessedit_create_tsv 1\n',
  );
  return dir;
}

/** Native tesseract over `images`, `cores` single-threaded processes at a time. */
async function nativeOcr(
  images: string[],
  tessdata: string,
): Promise<{ seconds: number; cpuSeconds: number }> {
  const queue = [...images];
  const started = process.hrtime.bigint();
  let cpuSeconds = 0;
  const runOne = async (): Promise<void> => {
    for (let img = queue.shift(); img; img = queue.shift()) {
      const timing = `${img}.time`;
      await new Promise<void>((resolve, reject) => {
        const p = spawn(
          '/usr/bin/time',
          [
            '-f',
            TIME_FORMAT,
            '-o',
            timing,
            'tesseract',
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
      cpuSeconds += parseTime(readFileSync(timing, 'utf8').trim().split('\n').at(-1)).cpuSeconds;
    }
  };
  await Promise.all(Array.from({ length: cores }, runOne));
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds };
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

/**
 * CPU seconds a page that tesseract.js's recognize alone takes on the same page images, one
 * worker in this process after a warm-up page: the bound on the ratio that no work around OCR
 * can lift, since native Tesseract's figure includes its process start-up and model load.
 */
async function recognizeOnly(images: string[]): Promise<number> {
  const pool = new OcrPool({ size: 1, recycleAfter: images.length + 1 });
  try {
    const [first] = images;
    if (first) await pool.recognize(readFileSync(first));
    const before = process.cpuUsage();
    for (const img of images) await pool.recognize(readFileSync(img));
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6 / Math.max(1, images.length);
  } finally {
    await pool.close();
  }
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
  return { ...run, ocr, text, files: files.length };
}

/**
 * Born-digital PDFs: the whole folder, one file alone (start-up plus one file) and an empty
 * folder (start-up: Node, the bundle, the case file). Steady state is the rate between the
 * one-file and the whole-folder run, so every fixed cost is outside it.
 */
function bornDigital(dir: string) {
  const one = join(work, 'born-one');
  const empty = join(work, 'born-none');
  mkdirSync(one, { recursive: true });
  mkdirSync(empty, { recursive: true });
  const first = readdirSync(dir).find((f) => f.endsWith('.pdf'));
  if (!first) throw new Error('no born-digital PDF was generated');
  copyFileSync(join(dir, first), join(one, first));
  const none = ingest(empty, 'born-none');
  const single = ingest(one, 'born-one');
  const all = ingest(dir, 'born');
  const steady = (all.text - single.text) / (all.seconds - single.seconds);
  return { all, none, single, steady };
}

async function main(): Promise<void> {
  if (spawnSync('tesseract', ['--version']).status !== 0) {
    throw new Error('native tesseract is missing: apt-get install -y tesseract-ocr');
  }
  const tessdata = tessdataForNative();
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
  const native = await nativeOcr(images, tessdata);
  const nativeSeconds = native.seconds;
  const recognizeCpu = await recognizeOnly(images);
  const ours = ingest(scans, 'scans');

  const born = join(work, 'born');
  cli([
    'samples',
    '--out',
    born,
    '--shipments',
    String(BORN_SHIPMENTS),
    '--seed',
    '4243',
    '--quality',
    'clean',
    '--formats',
    'pdf',
  ]);
  const digital = bornDigital(born);

  const nativePpm = (images.length / nativeSeconds) * 60;
  const oursPpm = (ours.ocr / ours.seconds) * 60;
  const { all, none, single, steady } = digital;
  console.log(`\nIngest benchmark (${cores} cores, ${SHIPMENTS} shipments, quality ${QUALITY})`);
  console.log(
    `  native tesseract : ${images.length} pages in ${nativeSeconds.toFixed(1)} s = ${nativePpm.toFixed(1)} pages/min`,
  );
  console.log(
    `  kimberlite ingest: ${ours.ocr} OCR pages (+${ours.text} text-layer) in ${ours.seconds.toFixed(1)} s = ${oursPpm.toFixed(1)} pages/min, peak ${ours.peakMb} MB`,
  );
  console.log(`  ratio            : ${(oursPpm / nativePpm).toFixed(2)}× native (goal ≥ 0.8×)`);
  const nativeCpu = native.cpuSeconds / images.length;
  const oursCpu = ours.cpuSeconds / ours.ocr;
  console.log(
    `  CPU a page       : native ${nativeCpu.toFixed(2)} s, kimberlite ${oursCpu.toFixed(2)} s (whole run incl. start-up and text-layer files) = ${(nativeCpu / oursCpu).toFixed(2)}× native; load average ${loadavg()[0]?.toFixed(1)}`,
  );
  console.log(
    `  bound            : tesseract.js recognize alone ${recognizeCpu.toFixed(2)} s CPU a page = ${(nativeCpu / recognizeCpu).toFixed(2)}× native with nothing else done`,
  );
  console.log(
    `  born-digital     : ${all.text} text-layer pages (${all.files} files) in ${all.seconds.toFixed(1)} s = ${(all.text / all.seconds).toFixed(1)} pages/s incl. start-up, peak ${all.peakMb} MB (goal ≥ 50)`,
  );
  console.log(
    `                     ${steady.toFixed(1)} pages/s steady state; start-up ${none.seconds.toFixed(2)} s (empty folder), ${single.seconds.toFixed(2)} s for one file`,
  );
  // CPU, all threads: the figure that holds on a busy machine, where wall time does not.
  const steadyCpuMs = ((all.cpuSeconds - single.cpuSeconds) / (all.text - single.text)) * 1000;
  console.log(
    `                     CPU ${all.cpuSeconds.toFixed(1)} s (${((all.cpuSeconds / all.text) * 1000).toFixed(0)} ms a page incl. start-up, ${steadyCpuMs.toFixed(0)} ms steady); start-up ${none.cpuSeconds.toFixed(2)} s CPU`,
  );
  printCer(await groundTruthCer(tessdata));
}

await main();
