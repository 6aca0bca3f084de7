// Positioned words for a file without a case: text layer where trusted, OCR otherwise. OCR is
// slow on shared cores, so every file's pages are cached on disk keyed by its SHA-256 and the
// cache format; set KIMBERLITE_EVAL_CACHE to a fresh folder after changing the OCR pipeline.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OcrPool } from '../../main/ingest/ocr/ocr-pool';
import { readPageImage } from '../../main/ingest/ocr/read-page-image';
import { preparePages } from '../../main/ingest/prepare/prepare-pages';
import { sniffMediaType } from '../../main/ingest/sniff';
import type { Word } from '../../main/ingest/word';

export interface FilePage {
  pageNo: number;
  words: Word[];
  textSource: 'text_layer' | 'ocr' | 'none';
  rotation: number;
}

const cacheDir = process.env.KIMBERLITE_EVAL_CACHE ?? join(tmpdir(), 'kimberlite-eval-ocr');

let pool: OcrPool | null = null;

export async function closeOcr(): Promise<void> {
  await pool?.close();
  pool = null;
}

export async function fileWords(path: string): Promise<FilePage[]> {
  const bytes = new Uint8Array(readFileSync(path));
  const hash = createHash('sha256').update(bytes).digest('hex');
  const cached = join(cacheDir, `${hash}.v2.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as FilePage[];
  const pages: FilePage[] = [];
  for await (const e of preparePages(bytes, sniffMediaType(bytes), { fileName: path })) {
    if (e.kind !== 'page') continue;
    const p = e.page;
    if (p.textSource === 'text_layer') {
      pages.push({ pageNo: p.pageNo, words: p.words, textSource: 'text_layer', rotation: 0 });
    } else if (p.textSource === 'ocr') {
      pool ??= new OcrPool({ size: 1, pageTimeoutMs: 120_000 });
      const read = await readPageImage(pool, p.ocr);
      pages.push({
        pageNo: p.pageNo,
        words: read.words,
        textSource: 'ocr',
        rotation: read.rotation,
      });
    } else {
      pages.push({ pageNo: p.pageNo, words: [], textSource: 'none', rotation: 0 });
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, JSON.stringify(pages));
  return pages;
}
