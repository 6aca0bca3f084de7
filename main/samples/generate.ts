// `kimberlite samples`: a practice set of shipment documents with their ground truth.
// Every shipment is composed up front from the seed; rendering can then be split into shards
// (other processes, see ShardRunner) without changing a byte of the output.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Rng } from './rng';
import { composeShipments } from './compose/shipments';
import { FilePlanner, type FileFormat } from './compose/files';
import { renderFile } from './render/file';
import { PROFILES, type Quality } from './render/quality';
import { GENERATOR, type Truth, type TruthDocument, type TruthShipment } from './truth';

export interface SamplesOptions {
  out: string;
  shipments: number;
  seed: number | string;
  quality: Quality;
  /** Restrict file formats (the benchmark's baseline uses born-digital PDF only). */
  formats?: readonly FileFormat[];
  /** Render only shipments i with i % count === index (a worker process's share). */
  shard?: { index: number; count: number };
  /** Runs another shard elsewhere (a child process) and returns its shipments. */
  shardRunner?: ShardRunner;
  /** Number of shards when a shardRunner is given (this process renders shard 0). */
  jobs?: number;
  onProgress?: (done: number, total: number, id: string) => void;
}

export type ShardRunner = (index: number, count: number) => Promise<TruthShipment[]>;

export async function generateSamples(o: SamplesOptions): Promise<Truth> {
  await mkdir(o.out, { recursive: true });
  const jobs = o.shardRunner ? Math.max(1, Math.min(o.jobs ?? 1, o.shipments)) : 1;
  let shipments: TruthShipment[];
  if (jobs > 1 && o.shardRunner && !o.shard) {
    const runner = o.shardRunner;
    const parts = await Promise.all([
      renderShard({ ...o, shard: { index: 0, count: jobs } }),
      ...Array.from({ length: jobs - 1 }, (_, k) => runner(k + 1, jobs)),
    ]);
    shipments = parts.flat().sort((a, b) => idNumber(a.id) - idNumber(b.id));
  } else {
    shipments = await renderShard(o);
  }
  const truth: Truth = { seed: o.seed, quality: o.quality, generator: GENERATOR, shipments };
  if (!o.shard) await writeFile(join(o.out, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}

/** Renders this process's share of the shipments and writes their files. */
export async function renderShard(o: SamplesOptions): Promise<TruthShipment[]> {
  const rng = new Rng(o.seed);
  const composed = composeShipments(rng.fork('shipments'), o.shipments);
  const planner = new FilePlanner(rng.fork('files'), o.formats);
  const plans = composed.map((c) => planner.plan(c));
  const profile = PROFILES[o.quality];
  const shard = o.shard ?? { index: 0, count: 1 };
  const mine = composed.map((_, i) => i).filter((i) => i % shard.count === shard.index);
  const out: TruthShipment[] = [];
  let done = 0;
  // Two shipments in flight: while one waits for sharp's encoders (libuv threads), the other draws.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < mine.length) {
      const i = mine[next++] ?? 0;
      const c = composed[i];
      const files = plans[i];
      if (!c || !files) continue;
      const srng = rng.fork(`render:${c.shipment.id}`);
      // Poor quality: one page of the shipment was fed into the scanner turned.
      const scanned = files.filter((f) => f.format !== 'pdf');
      const turned = profile.messy && scanned.length > 0 ? srng.pick(scanned).name : undefined;
      const docs: TruthDocument[] = [];
      for (const f of files) {
        const r = await renderFile(f, c, profile, srng.fork(f.name), f.name === turned);
        await writeFile(join(o.out, r.name), r.bytes);
        docs.push(...r.documents);
      }
      out.push({
        id: c.shipment.id,
        documents: docs,
        expected_findings: c.expected,
        ...(c.related ? { related: c.related } : {}),
      });
      o.onProgress?.(++done, mine.length, c.shipment.id);
    }
  };
  await Promise.all([lane(), lane()]);
  return out.sort((a, b) => idNumber(a.id) - idNumber(b.id));
}

const idNumber = (id: string): number => Number(id.slice(1));
