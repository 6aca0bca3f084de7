import { basename } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { IngestFileResult } from '../../../preload/contract';
import { ExitCode } from '../exit-code';
import { openCaseOrFail } from '../open-case-or-fail';
import { type RunIngestOptions, runIngest } from '../run-ingest';

interface IngestCliOptions extends RunIngestOptions {
  json?: boolean;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError('a whole number from 1 to 64');
  return n;
}

export function parseLangs(value: string): string {
  if (!/^(eng|fra)(\+(eng|fra))*$/.test(value))
    throw new InvalidArgumentError('eng, fra or eng+fra');
  return value;
}

function table(results: IngestFileResult[]): string {
  const rows = results.map((r) => [
    r.file,
    r.status,
    String(r.pages),
    r.status === 'added' ? `${r.text_source.text_layer} text / ${r.text_source.ocr} OCR` : '',
    `${r.seconds.toFixed(1)} s`,
    r.error ? `${r.error.code}: ${r.error.message}` : '',
  ]);
  const head = ['file', 'status', 'pages', 'source', 'time', 'error'];
  const widths = head.map((h, i) =>
    Math.min(48, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [fmt(head), ...rows.map(fmt)].join('\n');
}

export function registerIngest(program: Command): void {
  program
    .command('ingest <case> <paths...>')
    .description('add documents: hash, dedupe, text layer or OCR; resumable')
    .option('--jobs <n>', 'OCR workers (default: one per core as memory allows)', parsePositiveInt)
    .option('--json', 'print the per-file results as JSON')
    .option('--password <password>', 'password for encrypted PDFs in this run (never stored)')
    .option('--lang <langs>', 'OCR languages: eng, fra or eng+fra', parseLangs, 'eng')
    .option(
      '--page-timeout <seconds>',
      'give up on a page that takes longer to read (default 30)',
      parsePositiveInt,
    )
    .action(async (casePath: string, paths: string[], options: IngestCliOptions) => {
      const db = openCaseOrFail('ingest', casePath);
      if (!db) return;
      try {
        const results = await runIngest(db, paths, options);
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({ case: basename(casePath), files: results }, null, 2)}\n`,
          );
        } else {
          process.stdout.write(`${table(results)}\n`);
        }
        process.exitCode = results.some((r) => r.status === 'error')
          ? ExitCode.problem
          : ExitCode.ok;
      } finally {
        db.close();
      }
    });
}
