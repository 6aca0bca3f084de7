import type { Command } from 'commander';
import type { Database } from 'better-sqlite3';
import type { IngestFileResult } from '../../../preload/contract';
import { createScratchCase } from '../../casefile/open-case-file';
import { documentBySha } from '../../casefile/queries/documents';
import { listPages } from '../../casefile/queries/pages';
import { storedDocuments } from '../../casefile/queries/stored-documents';
import type { Bbox, ExtractedField, FieldValue } from '../../extract/types';
import { ExitCode } from '../exit-code';
import { type RunIngestOptions, runIngest } from '../run-ingest';
import { parseLangs, parsePositiveInt } from './ingest';

interface ExtractCliOptions extends RunIngestOptions {
  json?: boolean;
}

interface OutputField {
  value: FieldValue;
  text: string;
  confidence: number;
  page: number;
  bbox?: Bbox;
  needs_review: boolean;
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
    fields: Record<string, OutputField>;
  }[];
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

function outputField(f: ExtractedField): OutputField {
  // A value computed from others (a total summed from table rows) has no place on the page.
  const placed = f.bbox[2] > f.bbox[0] && f.bbox[3] > f.bbox[1];
  return {
    value: f.value,
    text: f.text,
    confidence: round(f.confidence),
    page: f.page,
    ...(placed ? { bbox: f.bbox.map(round) as Bbox } : {}),
    needs_review: f.needsReview,
  };
}

/** What the pipeline read from one file and stored, as contract.md's `extract --json` entry. */
function describe(db: Database, r: IngestFileResult): ExtractedFile {
  const doc = r.sha256 ? documentBySha(db, r.sha256) : undefined;
  const error = r.status === 'error' ? r.error : null;
  const documents = doc && !error ? storedDocuments(db, doc.id) : [];
  return {
    file: r.file,
    sha256: r.sha256,
    pages: doc ? listPages(db, doc.id).length : 0,
    error,
    documents: documents.map((d) => ({
      type: d.type,
      pages: d.pages,
      confidence: round(d.confidence ?? 0),
      text_source: d.ocrPages > d.pages.length / 2 ? 'ocr' : 'text_layer',
      fields: Object.fromEntries(Object.entries(d.fields).map(([k, f]) => [k, outputField(f)])),
    })),
  };
}

export function registerExtract(program: Command): void {
  program
    .command('extract <files...>')
    .description('classify and extract fields of each file, no case file; JSON to stdout')
    .option('--json', 'print the results as JSON')
    .option('--lang <langs>', 'OCR languages: eng, fra or eng+fra', parseLangs, 'eng')
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--jobs <n>', 'OCR workers', parsePositiveInt)
    .action(async (files: string[], options: ExtractCliOptions) => {
      const db = createScratchCase();
      try {
        const ingested = await runIngest(db, files, options);
        // Ingest extracted each file in its reader threads and stored what it found.
        const results = ingested.map((r) => describe(db, r));
        if (options.json) {
          process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        } else {
          for (const r of results) {
            const what = r.error
              ? `${r.error.code}: ${r.error.message}`
              : r.documents
                  .map(
                    (d) =>
                      `${d.type} (pages ${d.pages.join(', ')}, ${Object.keys(d.fields).length} fields)`,
                  )
                  .join('; ') || `${r.pages} page(s), nothing recognised`;
            process.stdout.write(`${r.file}: ${what}\n`);
          }
        }
        process.exitCode = results.some((r) => r.error) ? ExitCode.problem : ExitCode.ok;
      } finally {
        db.close();
      }
    });
}
