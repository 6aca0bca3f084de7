// Generation speed of `kimberlite samples` (a benchmark, not a test): 100 shipments at each
// quality, against a baseline in the same run that renders born-digital PDFs only (no
// rasterising, no scan degradation), so the numbers can be read on any machine.
// Run: npm run bench:samples   (BENCH_SHIPMENTS=20 for a quick look)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const shipments = Number(process.env.BENCH_SHIPMENTS ?? 100);
const bin = join(process.cwd(), 'bin', 'kimberlite.mjs');

function run(label: string, extra: string[]): number {
  const out = mkdtempSync(join(tmpdir(), 'kimb-bench-'));
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [bin, 'samples', '--out', out, '--shipments', String(shipments), '--seed', '2024', ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const seconds = (performance.now() - started) / 1000;
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr.toString()}`);
  process.stdout.write(
    `${label.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s   ${((shipments / seconds) * 60).toFixed(0).padStart(5)} shipments/min\n`,
  );
  return seconds;
}

process.stdout.write(
  `kimberlite samples: ${String(shipments)} shipments, ${String(cpus().length)} cores, load ${loadavg()[0]?.toFixed(2) ?? '?'}\n`,
);
run('baseline: born-digital only', ['--quality', 'office', '--formats', 'pdf']);
for (const q of ['clean', 'office', 'poor']) run(`all renderings, ${q}`, ['--quality', q]);
process.stdout.write('goal: 100 shipments in under 60 s on 2 cores (>= 100 shipments/min)\n');
