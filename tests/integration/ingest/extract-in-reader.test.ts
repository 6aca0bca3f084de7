// Ingest extracts each document's fields in a reader thread; the main thread reads the words
// out and writes the fields in. Real PDFs, real SQLite, real worker threads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchCase } from '../../../main/casefile/open-case-file';
import { documentPageWords } from '../../../main/casefile/queries/pages';
import { IngestError } from '../../../main/ingest/ingest-error';
import { ingestFiles, type IngestOptions } from '../../../main/ingest/ingest-files';
import { OcrPool } from '../../../main/ingest/ocr/ocr-pool';
import { PrepareThread } from '../../../main/ingest/prepare/prepare-thread';
import { extractStoredDocument } from '../../../main/ingest/extract-stored';
import { repoRoot } from '../../helpers/run-cli';

const samples = join(repoRoot, 'resources', 'samples');
const truth = JSON.parse(readFileSync(join(samples, 'truth.json'), 'utf8')) as {
  shipments: { documents: { file: string; render: string }[] }[];
};
const bornDigital = [
  ...new Set(
    truth.shipments.flatMap((s) =>
      s.documents.filter((d) => d.render === 'born-digital').map((d) => join(samples, d.file)),
    ),
  ),
];

// Born-digital files never start it; it is here because ingest needs one.
const pool = new OcrPool({ size: 1 });
const readers = [0, 1].map(() => new PrepareThread({ pageTimeoutMs: 60_000, maxHeapMb: 512 }));
afterAll(() => Promise.all([pool.close(), ...readers.map((r) => r.kill())]));

const options = (prepare: PrepareThread[]): IngestOptions => ({ actor: 'test', pool, prepare });

/** Every stored field and page type, as the review screens read them. */
function snapshot(db: Database): unknown[] {
  const fields = db
    .prepare(
      `SELECT d.file_name, f.doc_index, f.name, f.value_json, f.source_text, f.page_no,
              f.x0, f.y0, f.x1, f.y1, f.confidence, f.origin
         FROM fields f JOIN documents d ON d.id = f.document_id
        ORDER BY d.file_name, f.doc_index, f.name`,
    )
    .all();
  const pages = db
    .prepare(
      `SELECT d.file_name, p.page_no, p.doc_type FROM pages p
         JOIN documents d ON d.id = p.document_id ORDER BY d.file_name, p.page_no`,
    )
    .all();
  return [...fields, ...pages];
}

const documentIds = (db: Database) =>
  (db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: number }[]).map((r) => r.id);

describe('extraction during ingest', () => {
  it('runs in the reader threads and stores what the synchronous path stores', async () => {
    expect(bornDigital.length).toBeGreaterThan(3);
    const db = createScratchCase();
    const results = await ingestFiles(db, bornDigital, options(readers));
    expect(results.map((r) => r.status)).toEqual(bornDigital.map(() => 'added'));
    expect(results.every((r) => r.documents > 0)).toBe(true);
    const inReaders = snapshot(db);
    expect(inReaders.length).toBeGreaterThan(bornDigital.length * 3);

    for (const id of documentIds(db)) extractStoredDocument(db, id);
    expect(snapshot(db)).toEqual(inReaders);
    db.close();
  }, 120_000);

  it('records an extraction that runs out of time, keeps the pages, and finishes on a new run', async () => {
    const files = bornDigital.slice(0, 3);
    const db = createScratchCase();
    const hasty = [0, 1].map(
      () => new PrepareThread({ pageTimeoutMs: 60_000, maxHeapMb: 512, extractTimeoutMs: 1 }),
    );
    try {
      const first = await ingestFiles(db, files, options(hasty));
      expect(first.map((r) => [r.status, r.error?.code])).toEqual(
        files.map(() => ['error', 'timeout']),
      );
    } finally {
      await Promise.all(hasty.map((t) => t.kill()));
    }
    const stored = db.prepare('SELECT count(*) AS n FROM pages').get() as { n: number };
    expect(stored.n).toBeGreaterThanOrEqual(files.length);
    expect(db.prepare('SELECT DISTINCT status FROM documents').all()).toEqual([
      { status: 'error' },
    ]);

    // Added again: the stored pages are not read again, only extracted.
    const again = await ingestFiles(db, files, options(readers));
    expect(again.map((r) => [r.status, r.text_source.text_layer])).toEqual(
      files.map(() => ['added', 0]),
    );
    expect(again.every((r) => r.documents > 0)).toBe(true);
    const inReaders = snapshot(db);
    for (const id of documentIds(db)) extractStoredDocument(db, id);
    expect(snapshot(db)).toEqual(inReaders);
    db.close();
  }, 120_000);

  it('extracts a file from the words its reader kept, and says so when it kept none', async () => {
    const [file] = bornDigital;
    if (!file) throw new Error('no sample');
    const db = createScratchCase();
    await ingestFiles(db, [file], options(readers.slice(0, 1)));
    const [id] = documentIds(db);
    const stored = documentPageWords(db, id ?? 0);
    // A fresh thread kept nothing: the caller sends the stored words instead.
    const fresh = new PrepareThread({ pageTimeoutMs: 60_000, maxHeapMb: 512 });
    try {
      expect(await fresh.extractPrepared(stored.length, [])).toBeNull();
      const bytes = new Uint8Array(readFileSync(file));
      const kinds: string[] = [];
      for await (const event of fresh.prepare(bytes, 'application/pdf', { fileName: file })) {
        kinds.push(event.kind);
      }
      expect(kinds).toEqual(['meta', ...stored.map(() => 'page')]);
      const kept = await fresh.extractPrepared(stored.length, []);
      expect(kept).toEqual(await fresh.extract(stored, []));
      // Kept words are used once: the next request finds none.
      expect(await fresh.extractPrepared(stored.length, [])).toBeNull();
    } finally {
      await fresh.kill();
      db.close();
    }
  }, 60_000);

  it('reports extraction that throws as extract_failed, and the thread goes on working', async () => {
    const [reader] = readers;
    if (!reader) throw new Error('no reader');
    const broken = [{ pageNo: 1, words: null as never }];
    await expect(reader.extract(broken, [])).rejects.toMatchObject({ code: 'extract_failed' });
    await expect(reader.extract(broken, [])).rejects.toBeInstanceOf(IngestError);

    const db = createScratchCase();
    const [file] = bornDigital;
    if (!file) throw new Error('no sample');
    await ingestFiles(db, [file], options([reader]));
    const [id] = documentIds(db);
    const documents = await reader.extract(documentPageWords(db, id ?? 0), []);
    expect(documents.length).toBeGreaterThan(0);
    db.close();
  }, 60_000);
});
