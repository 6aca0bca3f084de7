import type { Command } from 'commander';
import type { Database } from 'better-sqlite3';
import type { IngestFileResult } from '../../../preload/contract';
import { createScratchCase } from '../../casefile/open-case-file';
import { listPages, pageWords } from '../../casefile/queries/pages';
import { ExitCode } from '../exit-code';
import { type RunIngestOptions, runIngest } from '../run-ingest';
import { parseLangs, parsePositiveInt } from './ingest';

interface ExtractCliOptions extends RunIngestOptions {
  json?: boolean;
}

interface ExtractedFile {
  file: string;
  sha256: string | null;
  pages: number;
  error: { code: string; message: string } | null;
  documents: {
    type: string;
    pages: number[];
    confidence: number;
    text_source: 'text_layer' | 'ocr';
    fields: Record<string, never>;
    /** The text read from each page, in reading order (until fields are extracted). */
    text: string[];
  }[];
}

/** What the pipeline read from one file, as contract.md's `extract --json` entry. */
function describe(db: Database, r: IngestFileResult): ExtractedFile {
  const doc = r.sha256
    ? (db.prepare('SELECT id FROM documents WHERE sha256 = ?').get(r.sha256) as
        { id: number } | undefined)
    : undefined;
  const pages = doc ? listPages(db, doc.id) : [];
  const error = r.status === 'error' ? r.error : null;
  const ocrPages = pages.filter((p) => p.textSource === 'ocr').length;
  return {
    file: r.file,
    sha256: r.sha256,
    pages: pages.length,
    error,
    documents:
      doc && pages.length && !error
        ? [
            {
              type: 'other', // classification and fields arrive with extraction (issue 5)
              pages: pages.map((p) => p.pageNo),
              confidence: 0,
              text_source: ocrPages > pages.length / 2 ? 'ocr' : 'text_layer',
              fields: {},
              text: pages.map((p) =>
                pageWords(db, doc.id, p.pageNo)
                  .map((w) => w.text)
                  .join(' '),
              ),
            },
          ]
        : [],
  };
}

export function registerExtract(program: Command): void {
  program
    .command('extract <files...>')
    .description('read each file (text layer or OCR) without a case file; JSON to stdout')
    .option('--json', 'print the results as JSON')
    .option('--lang <langs>', 'OCR languages: eng, fra or eng+fra', parseLangs, 'eng')
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--jobs <n>', 'OCR workers', parsePositiveInt)
    .action(async (files: string[], options: ExtractCliOptions) => {
      const db = createScratchCase();
      try {
        const results = (await runIngest(db, files, options)).map((r) => describe(db, r));
        if (options.json) {
          process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        } else {
          for (const r of results) {
            const what = r.error
              ? `${r.error.code}: ${r.error.message}`
              : `${r.pages} page(s), ${r.documents[0]?.text_source ?? 'no text'}`;
            process.stdout.write(`${r.file}: ${what}\n`);
          }
        }
        process.exitCode = results.some((r) => r.error) ? ExitCode.problem : ExitCode.ok;
      } finally {
        db.close();
      }
    });
}
