import type { Database } from 'better-sqlite3';
import type { IngestFileResult } from '../../preload/contract';
import { sha256Hex } from '../casefile/hash';
import {
  documentBySha,
  documentOriginal,
  pendingDocuments,
  setDocumentStatus,
  setPageTotal,
} from '../casefile/queries/documents';
import { insertPage, storedPageNumbers } from '../casefile/queries/pages';
import { listTemplates } from '../casefile/queries/templates';
import type { StoredDocument } from '../extract/templates/apply-templates';
import { extractionInput, storeExtracted, storeOriginal, storePage } from './store-document';
import { collectFiles } from './collect-files';
import { failure, type Outcome, readSource, settled, type Source } from './file-outcome';
import { asIngestError, type IngestError } from './ingest-error';
import type { OcrPool } from './ocr/ocr-pool';
import { readPageImage } from './ocr/read-page-image';
import type { PrepareThread } from './prepare/prepare-thread';
import { ReaderLease } from './prepare/reader-lease';
import { ProgressTracker, type IngestProgress } from './progress-tracker';
import { sniffMediaType } from './sniff';

export interface IngestOptions {
  actor: string;
  pool: OcrPool;
  /**
   * Reader threads: files are read by as many at once (each reads one file at a time), and
   * each document's fields are extracted in one of them, never on this thread.
   */
  prepare: readonly PrepareThread[];
  password?: string;
  signal?: AbortSignal;
  onProgress?: (p: IngestProgress) => void;
  onFile?: (r: IngestFileResult) => void;
}

/**
 * Adds files and folders to the open case: every file is hashed and stored unchanged, then
 * read page by page (text layer, or OCR in the pool); each page is stored as soon as it is
 * read, so a run that is stopped resumes where it was. Bad files become recorded errors.
 */
export async function ingestFiles(
  db: Database,
  paths: readonly string[],
  opts: IngestOptions,
): Promise<IngestFileResult[]> {
  const { files, unreadable } = await collectFiles(paths);
  const sources = files.map((f) => ({
    name: f.name,
    load: () => readSource(f.path, f.name),
  }));
  const refused = unreadable.map((u) => ({
    file: u.path,
    seconds: 0,
    ...failure(null, 'file_unreadable', u.message),
  }));
  return ingestSources(db, sources, refused, opts);
}

/**
 * Finishes documents a stopped or crashed run left `pending`, from the originals stored in
 * the case file itself (the files they came from may have moved). Stored pages are kept.
 */
export async function resumePendingDocuments(
  db: Database,
  opts: IngestOptions,
): Promise<IngestFileResult[]> {
  const sources = pendingDocuments(db).map((d) => ({
    name: d.fileName,
    load: () => {
      const original = documentOriginal(db, d.id);
      if (!original) throw new Error(`document ${d.id} has no stored original`);
      return Promise.resolve(new Uint8Array(original.bytes));
    },
  }));
  return ingestSources(db, sources, [], opts);
}

async function ingestSources(
  db: Database,
  sources: readonly Source[],
  refused: IngestFileResult[],
  opts: IngestOptions,
): Promise<IngestFileResult[]> {
  const progress = new ProgressTracker(sources.length, opts.onProgress);
  for (const r of refused) opts.onFile?.(r);
  const inFlight = new Set<Promise<unknown>>();
  const claimed = new Set<string>();
  const queue = sources.map((source, index) => ({ source, index }));
  const fileJobs: Promise<IngestFileResult>[] = [];
  const readers = new ReaderLease(opts.prepare);

  await Promise.all(
    opts.prepare.map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (opts.signal?.aborted) break;
        const { source, index } = next;
        const started = Date.now();
        progress.startFile(source.name);
        // Reading the file happens now; its OCR pages finish later, while the next file is read.
        const { finished } = await readers.use(false, (thread) =>
          startFile(db, source, { ...opts, thread, readers, claimed }, progress, inFlight),
        );
        fileJobs[index] = finished.then((o) => {
          const r: IngestFileResult = {
            file: source.name,
            ...o,
            seconds: (Date.now() - started) / 1000,
          };
          progress.finishFile();
          opts.onFile?.(r);
          return r;
        });
      }
    }),
  );
  const results = [...refused, ...(await Promise.all(fileJobs.filter(Boolean)))];
  progress.flush();
  return results;
}

async function startFile(
  db: Database,
  source: Source,
  opts: IngestOptions & { thread: PrepareThread; readers: ReaderLease; claimed: Set<string> },
  progress: ProgressTracker,
  inFlight: Set<Promise<unknown>>,
): Promise<{ finished: Promise<Outcome> }> {
  const name = source.name;
  const loaded = await source.load();
  if (!(loaded instanceof Uint8Array)) return settled(loaded);
  const bytes = loaded;
  const sha256 = sha256Hex(bytes);
  const existing = documentBySha(db, sha256);
  // Already in the case, or the same bytes under another name earlier in this run.
  if (existing?.status === 'added' || opts.claimed.has(sha256)) {
    return settled({
      sha256,
      status: 'duplicate',
      pages: 0,
      text_source: { text_layer: 0, ocr: 0 },
      documents: 0,
      error: null,
    });
  }

  opts.claimed.add(sha256);
  let mediaType;
  try {
    mediaType = sniffMediaType(bytes, name);
  } catch (err) {
    const e = asIngestError(err, 'unsupported_type');
    const id =
      existing?.id ?? storeOriginal(db, bytes, name, 'application/octet-stream', opts.actor);
    setDocumentStatus(db, id, 'error', { code: e.code, message: e.message });
    return settled(failure(sha256, e.code, e.message));
  }

  // An image is OCR'd: an OCR worker starts while the reader decodes and cleans it.
  if (mediaType !== 'application/pdf') void opts.pool.prestart(inFlight.size + 1);
  const documentId = existing?.id ?? storeOriginal(db, bytes, name, mediaType, opts.actor);
  setDocumentStatus(db, documentId, 'pending');
  const stored = storedPageNumbers(db, documentId);
  const counts = { text_layer: 0, ocr: 0 };
  const pageJobs: Promise<void>[] = [];
  let fileError: IngestError | null = null;
  let storedNow = 0;

  try {
    const pages = opts.thread.prepare(bytes, mediaType, {
      fileName: name,
      skipPages: stored,
      // Without the password later, a text-layer page's thumbnail can only be drawn now.
      ...(opts.password ? { password: opts.password, eagerThumbnails: true } : {}),
    });
    for await (const event of pages) {
      if (opts.signal?.aborted) break;
      if (event.kind === 'meta') {
        setPageTotal(db, documentId, event.pages);
        progress.addPages(event.pages - stored.length);
        continue;
      }
      const page = event.page;
      if (page.textSource !== 'ocr') {
        storePage(db, documentId, page);
        storedNow += 1;
        if (page.textSource === 'text_layer') counts.text_layer += 1;
        progress.pageDone();
        continue;
      }
      void opts.pool.prestart(inFlight.size + 1); // a worker for each page waiting, this one too
      // Keep the OCR queue short: the reader thread waits instead of piling up page images.
      while (inFlight.size >= opts.pool.size * 2) await Promise.race(inFlight);
      const job = readPageImage(opts.pool, page.ocr)
        .then((read) => {
          if (opts.signal?.aborted) return; // not stored: the next run reads it again
          insertPage(db, {
            documentId,
            pageNo: page.pageNo,
            width: page.width,
            height: page.height,
            rotation: read.rotation,
            skew: read.skew,
            textSource: 'ocr',
            thumbnail: page.thumbnail,
            words: read.words,
            confidence: read.confidence,
            error: null,
          });
          counts.ocr += 1;
          progress.pageDone();
        })
        .catch((err: unknown) => {
          if (opts.signal?.aborted) return;
          const e = asIngestError(err, 'ocr_failed');
          storePage(db, documentId, {
            ...page,
            textSource: 'none',
            error: { code: e.code, message: e.message },
          });
          progress.pageDone();
        });
      const tracked = job.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      pageJobs.push(tracked);
    }
  } catch (err) {
    fileError = asIngestError(err, 'pdf_corrupt');
  }

  // A file read whole from its text layer is extracted at once by the thread that read it,
  // from the words it kept: there is no OCR page to wait for, and its words need not be read
  // back out of the case file and sent to a thread again (a tenth of a page's CPU).
  let extractedEarly: StoredDocument[] | null = null;
  if (!fileError && pageJobs.length === 0 && stored.length === 0 && !opts.signal?.aborted) {
    try {
      extractedEarly = await opts.thread.extractPrepared(storedNow, listTemplates(db));
    } catch (err) {
      fileError = asIngestError(err, 'extract_failed');
    }
  }

  const cancelled = () =>
    failure(
      sha256,
      'cancelled',
      `${name}: stopped before it was read completely; adding it again resumes.`,
    );
  const finished = Promise.all(pageJobs).then(async (): Promise<Outcome> => {
    if (opts.signal?.aborted) return cancelled();
    let documents = 0;
    if (!fileError) {
      // Every page is stored: the fields are extracted in a reader thread (urgent, ahead of
      // the next file), this thread only reads the words out and writes the fields in.
      try {
        const extracted =
          extractedEarly ??
          (await opts.readers.use(true, (thread) => {
            if (opts.signal?.aborted) return Promise.resolve(null);
            const input = extractionInput(db, documentId);
            return thread.extract(input.pages, input.templates);
          }));
        if (!extracted) return cancelled();
        documents = storeExtracted(db, documentId, extracted);
      } catch (err) {
        fileError = asIngestError(err, 'extract_failed');
      }
    }
    if (fileError) {
      // Stored pages are kept: adding the file again extracts without reading them again.
      setDocumentStatus(db, documentId, 'error', {
        code: fileError.code,
        message: fileError.message,
      });
      return failure(sha256, fileError.code, fileError.message);
    }
    setDocumentStatus(db, documentId, 'added');
    return {
      sha256,
      status: 'added',
      pages: storedPageNumbers(db, documentId).length,
      text_source: counts,
      documents,
      error: null,
    };
  });
  return { finished };
}
