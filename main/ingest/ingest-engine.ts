import type { Database } from 'better-sqlite3';
import type { IngestFileResult } from '../../preload/contract';
import { pendingDocuments } from '../casefile/queries/documents';
import { takeInterruptedJobs } from '../casefile/queries/jobs';
import type { JobRegistry } from '../jobs/job-registry';
import { ingestFiles, type IngestOptions, resumePendingDocuments } from './ingest-files';
import { OcrPool } from './ocr/ocr-pool';
import { PrepareThread } from './prepare/prepare-thread';
import { READER_HEAP_MB, readerCount } from './prepare/spare-readers';
import type { MediaType } from './sniff';

export interface IngestParams {
  paths: string[];
  langs?: string;
}

export interface IngestEngineOptions {
  actor: string;
  onFile?: (r: IngestFileResult) => void;
  poolSize?: number;
  /** Time limit for reading (parsing, rendering) one page; OCR has its own, longer one. */
  readTimeoutMs?: number;
}

/**
 * The machinery of ingest for one service: the OCR pool(s), the reader thread, and ingest
 * jobs registered with their progress. Started lazily; `shutdown` ends every thread.
 */
export class IngestEngine {
  private readonly pools = new Map<string, OcrPool>();
  private prepareThreads: PrepareThread[] = [];
  /** Thumbnails on request get their own thread, so they never wait behind an ingest. */
  private thumbnailThread: PrepareThread | null = null;

  constructor(
    private readonly jobs: JobRegistry,
    private readonly opts: IngestEngineOptions,
  ) {}

  private pool(langs: string): OcrPool {
    let pool = this.pools.get(langs);
    if (!pool) {
      pool = new OcrPool({
        langs,
        ...(this.opts.poolSize ? { size: this.opts.poolSize } : {}),
      });
      this.pools.set(langs, pool);
    }
    return pool;
  }

  private prepare(): PrepareThread[] {
    if (this.prepareThreads.length === 0) {
      // 30 s is far beyond any real page (a 300-dpi render takes well under 2 s).
      this.prepareThreads = Array.from(
        { length: readerCount() },
        () =>
          new PrepareThread({
            pageTimeoutMs: this.opts.readTimeoutMs ?? 30_000,
            maxHeapMb: READER_HEAP_MB,
          }),
      );
    }
    return this.prepareThreads;
  }

  private options(
    ctx: { signal: AbortSignal; progress: IngestOptions['onProgress'] },
    langs: string,
    password?: string,
  ): IngestOptions {
    return {
      actor: this.opts.actor,
      pool: this.pool(langs),
      prepare: this.prepare(),
      signal: ctx.signal,
      ...(ctx.progress ? { onProgress: ctx.progress } : {}),
      ...(password !== undefined ? { password } : {}),
      ...(this.opts.onFile ? { onFile: this.opts.onFile } : {}),
    };
  }

  /** Starts an ingest job; the password is used for this run only and never stored. */
  add(
    db: Database,
    params: IngestParams,
    password?: string,
  ): { jobId: number; done: Promise<IngestFileResult[] | null> } {
    const langs = params.langs ?? 'eng';
    return this.jobs.start(db, 'ingest', params, (ctx) =>
      ingestFiles(
        db,
        params.paths,
        this.options({ signal: ctx.signal, progress: (p) => ctx.progress(p) }, langs, password),
      ),
    );
  }

  /**
   * After a crash or quit: marks the jobs that were running as interrupted and finishes the
   * documents they left pending, from the originals stored in the case (never from paths
   * recorded in a case file, which may come from someone else's machine). Returns the job id.
   */
  resumeInterrupted(
    db: Database,
  ): { jobId: number; done: Promise<IngestFileResult[] | null> } | null {
    takeInterruptedJobs(db);
    const pending = pendingDocuments(db).length;
    if (pending === 0) return null;
    return this.jobs.start(db, 'ingest.resume', { pending }, (ctx) =>
      resumePendingDocuments(
        db,
        this.options({ signal: ctx.signal, progress: (p) => ctx.progress(p) }, 'eng'),
      ),
    );
  }

  /** Draws a page's thumbnail from its stored original (text-layer pages get theirs late). */
  thumbnail(bytes: Uint8Array, mediaType: MediaType, pageNo: number): Promise<Buffer> {
    this.thumbnailThread ??= new PrepareThread({ pageTimeoutMs: 30_000, maxHeapMb: 768 });
    return this.thumbnailThread.thumbnail(bytes, mediaType, pageNo);
  }

  async shutdown(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    const threads = [
      ...this.prepareThreads,
      ...(this.thumbnailThread ? [this.thumbnailThread] : []),
    ];
    this.prepareThreads = [];
    this.thumbnailThread = null;
    await Promise.allSettled([...pools.map((p) => p.close()), ...threads.map((t) => t.kill())]);
  }
}
