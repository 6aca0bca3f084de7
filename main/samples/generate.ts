// `kimberlite samples`: a practice set of shipment documents with their ground truth.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Rng } from './rng';
import { composeShipments } from './compose/shipments';
import { FilePlanner, type FileFormat } from './compose/files';
import { renderFile } from './render/file';
import { PROFILES, type Quality } from './render/quality';
import { GENERATOR, type Truth, type TruthShipment } from './truth';

export interface SamplesOptions {
  out: string;
  shipments: number;
  seed: number | string;
  quality: Quality;
  /** Restrict file formats (the benchmark's baseline uses born-digital PDF only). */
  formats?: readonly FileFormat[];
  /** Shipments rendered at once; encoders run off the main thread meanwhile. */
  concurrency?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export async function generateSamples(o: SamplesOptions): Promise<Truth> {
  const rng = new Rng(o.seed);
  const composed = composeShipments(rng.fork('shipments'), o.shipments);
  const planner = new FilePlanner(rng.fork('files'), o.formats);
  const plans = composed.map((c) => planner.plan(c));
  const profile = PROFILES[o.quality];
  await mkdir(o.out, { recursive: true });
  const results: TruthShipment[] = new Array<TruthShipment>(composed.length);
  let done = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < composed.length) {
      const i = next++;
      const c = composed[i];
      const files = plans[i];
      if (!c || !files) continue;
      const srng = rng.fork(`render:${c.shipment.id}`);
      // Poor quality: one page of the shipment was fed turned.
      const scanned = files.filter((f) => f.format !== 'pdf');
      const turned = profile.messy && scanned.length > 0 ? srng.pick(scanned).name : undefined;
      const docs = [];
      for (const f of files) {
        const r = await renderFile(f, c, profile, srng.fork(f.name), f.name === turned);
        await writeFile(join(o.out, r.name), r.bytes);
        docs.push(...r.documents);
      }
      results[i] = {
        id: c.shipment.id,
        documents: docs,
        expected_findings: c.expected,
        ...(c.related ? { related: c.related } : {}),
      };
      done++;
      o.onProgress?.(done, composed.length, c.shipment.id);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 2) }, () => worker()));
  const truth: Truth = { seed: o.seed, quality: o.quality, generator: GENERATOR, shipments: results };
  await writeFile(join(o.out, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}
