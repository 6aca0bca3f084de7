// Field extraction's CPU cost (a benchmark, not a test): `extractDocuments` over every file the
// eval reads (born-digital, office and poor samples, the real invoices of ../shared/corpus),
// from cached page words, so no OCR runs. Prints CPU ms per file by set: the first (cold) pass
// and the best and median of warm passes, each against a baseline in the same run (a JSON
// round trip of the same words), so the ratio can be read on any machine.
// Run: npm run bench:extract [-- out.json]   (writes every file's output as JSON, to diff
// before and after a change; BENCH_PASSES=N warm passes, default 5; profile with
// node --cpu-prof --import tsx tests/bench/extract-bench.ts)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocuments } from '../../main/extract/extract-documents';
import type { ExtractedDocument } from '../../main/extract/types';
import { type FilePage, closeOcr, fileWords } from '../eval/page-words';
import { corpusDir, hasCorpus } from '../helpers/shared-corpus';

interface BenchSet {
  name: string;
  files: { name: string; pages: FilePage[] }[];
}

const passes = Number(process.env.BENCH_PASSES ?? 5);
const outPath = process.argv[2];

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

function cpuMs<T>(f: () => T): [T, number] {
  const before = process.cpuUsage();
  const r = f();
  const used = process.cpuUsage(before);
  return [r, (used.user + used.system) / 1000];
}

/**
 * Each file's pages as a fresh copy: extraction keeps what it worked out about a page's words
 * (their lines, label matches) for as long as they live, and a real run reads each file once.
 */
const freshPages = (set: BenchSet): FilePage[][] => set.files.map((f) => structuredClone(f.pages));

const extractAll = (pages: readonly FilePage[][]): ExtractedDocument[][] =>
  pages.map((p) => extractDocuments(p));

/** The baseline: the same words through a JSON round trip, a fixed amount of plain work. */
const roundTrip = (set: BenchSet): unknown[] =>
  set.files.map((f) => JSON.parse(JSON.stringify(f.pages)) as unknown);

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const sets = [...(await Promise.all(SAMPLES.map(sampleSet))), await realSet()];
await closeOcr();

process.stdout.write(
  `extractDocuments: CPU ms per file, ${String(passes)} warm passes, ${String(cpus().length)} cores, load ${loadavg()[0]?.toFixed(2) ?? '?'}\n`,
);
process.stdout.write(
  `${'set'.padEnd(13)} ${'files'.padStart(5)} ${'pages'.padStart(5)} ${'cold'.padStart(8)} ${'best'.padStart(8)} ${'median'.padStart(8)} ${'baseline'.padStart(9)} ${'× baseline'.padStart(10)}\n`,
);
const output: Record<string, Record<string, ExtractedDocument[]>> = {};
for (const set of sets) {
  if (set.files.length === 0) {
    process.stdout.write(`${set.name.padEnd(13)} skipped (no files)\n`);
    continue;
  }
  const first = freshPages(set);
  const [docs, cold] = cpuMs(() => extractAll(first));
  const warm: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < passes; i++) {
    const pages = freshPages(set);
    const [again, ms] = cpuMs(() => extractAll(pages));
    if (JSON.stringify(again) !== JSON.stringify(docs)) {
      throw new Error(`${set.name}: a warm pass read different fields than the first`);
    }
    warm.push(ms);
    base.push(cpuMs(() => roundTrip(set))[1]);
  }
  output[set.name] = Object.fromEntries(set.files.map((f, i) => [f.name, docs[i] ?? []]));
  const n = set.files.length;
  const pages = set.files.reduce((a, f) => a + f.pages.length, 0);
  const perFile = (ms: number) => (ms / n).toFixed(2).padStart(8);
  const best = Math.min(...warm);
  const ratio = best / Math.max(1e-3, Math.min(...base));
  process.stdout.write(
    `${set.name.padEnd(13)} ${String(n).padStart(5)} ${String(pages).padStart(5)} ${perFile(cold)} ${perFile(best)} ${perFile(median(warm))} ${perFile(Math.min(...base)).padStart(9)} ${ratio.toFixed(1).padStart(10)}\n`,
  );
}
if (outPath) {
  writeFileSync(outPath, `${JSON.stringify(output, null, 1)}\n`);
  process.stdout.write(`output written to ${outPath}\n`);
}
