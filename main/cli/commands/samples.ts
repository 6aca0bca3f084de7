import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { FORMATS, type FileFormat } from '../../samples/compose/files';
import type { SamplesOptions } from '../../samples/generate';
import { QUALITIES, type Quality } from '../../samples/render/quality';
import type { TruthShipment } from '../../samples/truth';
import { ExitCode } from '../exit-code';

interface Raw {
  out: string;
  shipments: string;
  seed: string;
  quality: string;
  jobs?: string;
  shard?: string;
  formats?: string;
}

// `kimberlite samples`: practice shipments with known answers (contract.md).
export function registerSamples(program: Command): void {
  program
    .command('samples')
    .description('generate a practice set of shipment documents with truth.json')
    .requiredOption('--out <dir>', 'folder to write the documents and truth.json into')
    .option('--shipments <n>', 'number of shipments', '20')
    .option('--seed <s>', 'seed: the same seed gives the same files', '1')
    .addOption(new Option('--quality <q>', 'scan quality').choices(QUALITIES).default('office'))
    .option('--jobs <n>', 'processes to render with (default: up to 2 cores)')
    .addOption(
      new Option(
        '--shard <k/n>',
        'internal: render one share and print its truth as JSON',
      ).hideHelp(),
    )
    .addOption(
      new Option(
        '--formats <list>',
        'only these file formats (pdf,scan-pdf,png,jpeg,tiff), for benchmarks',
      ).hideHelp(),
    )
    .action(async (raw: Raw) => {
      const parsed = parse(raw);
      if (typeof parsed === 'string') {
        process.stderr.write(`kimberlite samples: ${parsed}\n`);
        process.exitCode = ExitCode.usage;
        return;
      }
      const { options, shard } = parsed;
      // Loaded here, not with the program: the renderers (pdf-lib, canvas) cost every other
      // command, ingest above all, most of a second of start-up.
      const { generateSamples, renderShard } = await import('../../samples/generate');
      if (shard) {
        const part = await renderShard({ ...options, shard });
        process.stdout.write(JSON.stringify(part));
        process.exitCode = ExitCode.ok;
        return;
      }
      const started = Date.now();
      const truth = await generateSamples({
        ...options,
        shardRunner: runShardProcess(raw, options),
        onProgress: (done, total, id) =>
          process.stderr.write(
            `samples: ${id} written (${String(done)}/${String(total)} of this process)\n`,
          ),
      });
      const flagged = truth.shipments.filter((s) => s.expected_findings.length > 0).length;
      const files = new Set(truth.shipments.flatMap((s) => s.documents.map((d) => d.file))).size;
      process.stderr.write(`samples: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      process.stdout.write(
        `${String(truth.shipments.length)} shipments (${String(flagged)} flagged), ${String(files)} files in ${options.out}\n`,
      );
      process.exitCode = ExitCode.ok;
    });
}

function parse(
  raw: Raw,
):
  | string
  | { options: SamplesOptions & { jobs: number }; shard?: { index: number; count: number } } {
  if (!/^\d+$/.test(raw.shipments) || Number(raw.shipments) < 1)
    return `--shipments must be a positive whole number, not "${raw.shipments}".`;
  if (Number(raw.shipments) > 10000) return '--shipments is limited to 10000.';
  if (!(QUALITIES as readonly string[]).includes(raw.quality))
    return `--quality must be one of ${QUALITIES.join(', ')}.`;
  if (raw.seed.trim() === '') return '--seed must not be empty.';
  const jobs = raw.jobs === undefined ? Math.min(2, availableParallelism()) : Number(raw.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    return `--jobs must be a whole number from 1 to 64, not "${raw.jobs ?? ''}".`;
  let shard: { index: number; count: number } | undefined;
  if (raw.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(raw.shard);
    if (!m || Number(m[1]) >= Number(m[2])) return `--shard must look like k/n with k < n.`;
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  const seed = /^\d{1,15}$/.test(raw.seed) ? Number(raw.seed) : raw.seed;
  const formats = raw.formats?.split(',').map((f) => f.trim());
  const bad = formats?.find((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad !== undefined) return `--formats: unknown format "${bad}" (use ${FORMATS.join(', ')}).`;
  return {
    options: {
      out: resolve(raw.out),
      shipments: Number(raw.shipments),
      seed,
      quality: raw.quality as Quality,
      jobs,
      ...(formats ? { formats: formats as FileFormat[] } : {}),
    },
    ...(shard ? { shard } : {}),
  };
}

/** Renders a shard in a child process running this same command. */
function runShardProcess(
  raw: Raw,
  o: SamplesOptions,
): (index: number, count: number) => Promise<TruthShipment[]> {
  return (index, count) =>
    new Promise((done, fail) => {
      const script = process.argv[1];
      if (!script) {
        fail(new Error('cannot find the kimberlite script to start a worker process'));
        return;
      }
      const args = [
        script,
        'samples',
        '--out',
        o.out,
        '--shipments',
        String(o.shipments),
        '--seed',
        raw.seed,
        '--quality',
        o.quality,
        '--shard',
        `${String(index)}/${String(count)}`,
      ];
      if (raw.formats !== undefined) args.push('--formats', raw.formats);
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.on('error', fail);
      child.on('close', (code) => {
        if (code !== 0) {
          fail(
            new Error(
              `worker process for shard ${String(index)}/${String(count)} exited with ${String(code)}`,
            ),
          );
          return;
        }
        try {
          done(JSON.parse(Buffer.concat(chunks).toString('utf8')) as TruthShipment[]);
        } catch (err) {
          fail(err instanceof Error ? err : new Error(String(err)));
        }
      });
    });
}
