// Field extraction's CPU cost (a benchmark, not a test): `extractDocuments` over every file the
// eval reads (born-digital, office and poor samples, the real invoices of ../shared/corpus),
// from cached page words, so no OCR runs. Prints CPU ms per file by set: the first (cold) pass,
// then the best and median of warm passes.
// BENCH_AGAINST=<another checkout> runs that checkout's extraction in the same process, file by
// file in turn with this one's, so both see the same load on a busy machine: the speedup
// column is the figure to read, and the two outputs must be the same.
// Run: npm run bench:extract [-- out.json]   (writes every file's output as JSON, to diff
// before and after a change; BENCH_PASSES=N warm passes, default 5; profile with
// node --cpu-prof --import tsx tests/bench/extract-bench.ts)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractDocuments } from '../../main/extract/extract-documents';
import type { ExtractedDocument, PageWords } from '../../main/extract/types';
import { type FilePage, closeOcr, fileWords } from '../eval/page-words';
import { corpusDir, hasCorpus } from '../helpers/shared-corpus';

interface BenchSet {
  name: string;
  files: { name: string; pages: FilePage[] }[];
}

const passes = Number(process.env.BENCH_PASSES ?? 5);
const outPath = process.argv[2];
const against = process.env.BENCH_AGAINST;

/** The eval's sample sets: files of the wanted renderings, as listed in truth.json. */
const SAMPLES = [
  { name: 'born-digital', dir: 'clean-7302-30', render: 'born-digital' },
  { name: 'office', dir: 'office-7301-8', render: 'scan' },
  { name: 'poor', dir: 'poor-7301-8', render: 'scan' },
];

async function sampleSet(s: (typeof SAMPLES)[number]): Promise<BenchSet> {
  const dir = join(tmpdir(), 'kimberlite-eval', s.dir);
  if (!existsSync(join(dir, 'truth.json'))) {
    throw new Error(`${dir} is missing: run the eval (npm run eval) once to generate it`);
  }
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
    shipments: { documents: { file: string; render: string }[] }[];
  };
  const names = [
    ...new Set(
      truth.shipments
        .flatMap((x) => x.documents)
        .filter((d) => d.render === s.render)
        .map((d) => d.file),
    ),
  ];
  const files = [];
  for (const name of names) files.push({ name, pages: await fileWords(join(dir, name)) });
  return { name: s.name, files };
}

async function realSet(): Promise<BenchSet> {
  const dir = join(corpusDir, 'invoices');
  const files = [];
  if (hasCorpus) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const name = f.replace(/\.json$/, '.pdf');
      if (existsSync(join(dir, name)))
        files.push({ name, pages: await fileWords(join(dir, name)) });
    }
  }
  return { name: 'real', files };
}

type Extract = (pages: readonly PageWords[]) => ExtractedDocument[];

interface Contender {
  name: string;
  extract: Extract;
}

async function contenders(): Promise<Contender[]> {
  const out: Contender[] = [{ name: 'this', extract: extractDocuments }];
  if (against) {
    const entry = join(resolve(against), 'main', 'extract', 'extract-documents.ts');
    const other = (await import(pathToFileURL(entry).href)) as { extractDocuments: Extract };
    out.push({ name: 'against', extract: other.extractDocuments });
  }
  return out;
}

/** CPU milliseconds of this process spent in `f`: fair on a machine other work shares. */
function cpuMs<T>(f: () => T): [T, number] {
  const before = process.cpuUsage();
  const r = f();
  const used = process.cpuUsage(before);
  return [r, (used.user + used.system) / 1000];
}

/**
 * A fresh copy of a file's pages: extraction keeps what it worked out about a page's words
 * (their lines, label matches) for as long as they live, and a real run reads each file once.
 */
const fresh = (pages: readonly FilePage[]): FilePage[] => structuredClone(pages) as FilePage[];

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const sets = [...(await Promise.all(SAMPLES.map(sampleSet))), await realSet()];
await closeOcr();
const runs = await contenders();

process.stdout.write(
  `extractDocuments: CPU ms per file, ${String(passes)} warm passes, ${String(cpus().length)} cores, load ${loadavg()[0]?.toFixed(2) ?? '?'}${against ? `; against ${against}` : ''}\n`,
);
const cols = ['cold', 'best', 'median', ...(against ? ['against', 'median', 'speedup'] : [])];
process.stdout.write(
  `${'set'.padEnd(13)}${'files'.padStart(6)}${'pages'.padStart(6)}${cols.map((c) => c.padStart(9)).join('')}\n`,
);
const output: Record<string, Record<string, ExtractedDocument[]>> = {};
for (const set of sets) {
  if (set.files.length === 0) {
    process.stdout.write(`${set.name.padEnd(13)} skipped (no files)\n`);
    continue;
  }
  // Cold: each contender's first pass over the set, whole.
  const cold: number[] = [];
  const firsts: string[] = [];
  for (const run of runs) {
    const pages = set.files.map((f) => fresh(f.pages));
    const [docs, ms] = cpuMs(() => pages.map((p) => run.extract(p)));
    cold.push(ms);
    firsts.push(JSON.stringify(docs));
    if (run.name === 'this') {
      output[set.name] = Object.fromEntries(set.files.map((f, i) => [f.name, docs[i] ?? []]));
    }
  }
  if (firsts.some((d) => d !== firsts[0])) {
    throw new Error(`${set.name}: ${against ?? ''} reads different fields than this checkout`);
  }
  // Warm: file by file, the contenders in turn (first one, then the other).
  const warm: number[][] = runs.map(() => []);
  for (let pass = 0; pass < passes; pass++) {
    const spent = runs.map(() => 0);
    for (const f of set.files) {
      for (let k = 0; k < runs.length; k++) {
        const at = (k + pass) % runs.length;
        const run = runs[at];
        const pages = fresh(f.pages);
        if (run) spent[at] = (spent[at] ?? 0) + cpuMs(() => run.extract(pages))[1];
      }
    }
    spent.forEach((ms, at) => warm[at]?.push(ms));
  }
  const n = set.files.length;
  const pages = set.files.reduce((a, f) => a + f.pages.length, 0);
  const cell = (ms: number) => (ms / n).toFixed(2).padStart(9);
  const mine = warm[0] ?? [];
  const figures = [cell(cold[0] ?? 0), cell(Math.min(...mine)), cell(median(mine))];
  const theirs = warm[1];
  if (theirs) {
    const speedup = median(theirs.map((t, i) => t / Math.max(1e-3, mine[i] ?? 0)));
    figures.push(
      cell(Math.min(...theirs)),
      cell(median(theirs)),
      `${speedup.toFixed(1)}x`.padStart(9),
    );
  }
  process.stdout.write(
    `${set.name.padEnd(13)}${String(n).padStart(6)}${String(pages).padStart(6)}${figures.join('')}\n`,
  );
}
if (outPath) {
  writeFileSync(outPath, `${JSON.stringify(output, null, 1)}\n`);
  process.stdout.write(`output written to ${outPath}\n`);
}
