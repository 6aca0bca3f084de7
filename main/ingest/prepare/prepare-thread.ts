import type { Worker } from 'node:worker_threads';
import type { StoredDocument } from '../../extract/templates/apply-templates';
import type { Template } from '../../extract/templates/template';
import type { PageWords } from '../../extract/types';
import { IngestError, type IngestErrorCode } from '../ingest-error';
import type { MediaType } from '../sniff';
import type { PrepareEvent, PrepareOptions } from './prepare-pages';
import type { FromWorker, ToWorker } from './protocol';
import { takeSpareReader } from './spare-readers';
import { startReader } from './start-reader';

export interface PrepareThreadOptions {
  /** A page (or opening the file) that takes longer is abandoned and the thread replaced. */
  pageTimeoutMs: number;
  /** JS heap cap of the thread: a file that needs more is refused, not the machine exhausted. */
  maxHeapMb: number;
  /**
   * Time limit for extracting one document's fields; default the page limit plus a second a
   * page (extraction takes well under 100 ms a page).
   */
  extractTimeoutMs?: number;
}

/** One reusable worker thread that prepares files page by page, replaced when it fails. */
export class PrepareThread {
  private worker: Worker | null = null;
  /** Resolves when the thread has loaded its code: start-up is not a page's time. */
  private started: Promise<void> | null = null;
  private pending: ((msg: FromWorker) => void) | null = null;

  constructor(private readonly opts: PrepareThreadOptions) {}

  private async ensure(): Promise<Worker> {
    if (this.worker && this.started) {
      await this.started;
      return this.worker;
    }
    // A reader prestarted for this run (prestartReaders) if there is one, else a new one.
    const { worker, started } =
      takeSpareReader(this.opts.maxHeapMb) ?? startReader(this.opts.maxHeapMb);
    this.started = started;
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') return;
      const resolve = this.pending;
      this.pending = null;
      resolve?.(msg);
    });
    const fail = (message: string, code = 'file_too_complex') => {
      if (this.worker !== worker) return; // a replaced thread's last words answer nobody
      this.worker = null;
      const resolve = this.pending;
      this.pending = null;
      resolve?.({ type: 'error', code, message });
    };
    worker.on('error', (err) => {
      const oom = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(
        oom
          ? `The file needs more than ${this.opts.maxHeapMb} MB to read and was stopped.`
          : `Reading the file failed: ${err.message}`,
        oom ? 'file_too_complex' : 'pdf_corrupt',
      );
    });
    worker.on('exit', () => fail('The reader stopped unexpectedly.'));
    // Referenced while starting and while a request is out (the caller awaits it: nothing else
    // may be keeping the event loop alive), unreferenced while idle.
    this.worker = worker;
    worker.ref();
    await started;
    worker.unref();
    return worker;
  }

  private async request(
    msg: ToWorker,
    transfer: ArrayBuffer[] = [],
    limit = { ms: this.opts.pageTimeoutMs, what: 'A page', verb: 'read' },
  ): Promise<FromWorker> {
    const worker = await this.ensure();
    if (this.worker !== worker) {
      return { type: 'error', code: 'file_too_complex', message: 'The reader could not start.' };
    }
    return new Promise<FromWorker>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        void this.kill();
        resolve({
          type: 'error',
          code: 'timeout',
          message: `${limit.what} took longer than ${Math.round(limit.ms / 1000)} s to ${limit.verb} and was abandoned.`,
        });
      }, limit.ms);
      worker.ref();
      this.pending = (reply) => {
        clearTimeout(timer);
        worker.unref();
        resolve(reply);
      };
      worker.postMessage(msg, transfer);
    });
  }

  /** Pages of one file, prepared off this thread; throws IngestError for the file's failure. */
  async *prepare(
    bytes: Uint8Array,
    mediaType: MediaType,
    options: PrepareOptions,
  ): AsyncGenerator<PrepareEvent> {
    const copy = new Uint8Array(bytes); // the caller keeps its bytes; the copy is transferred
    let reply = await this.request({ type: 'start', bytes: copy, mediaType, options }, [
      copy.buffer,
    ]);
    for (;;) {
      if (reply.type === 'done') return;
      if (reply.type === 'error')
        throw new IngestError(reply.code as IngestErrorCode, reply.message);
      if (reply.type !== 'meta' && reply.type !== 'page')
        throw new IngestError('pdf_corrupt', 'The reader answered out of turn.');
      yield reply.type === 'meta'
        ? { kind: 'meta', pages: reply.pages }
        : { kind: 'page', page: revive(reply.page) };
      reply = await this.request({ type: 'next' });
    }
  }

  /** Renders one page's thumbnail (PNG) from a stored original. */
  async thumbnail(bytes: Uint8Array, mediaType: MediaType, pageNo: number): Promise<Buffer> {
    const copy = new Uint8Array(bytes);
    const reply = await this.request({ type: 'thumbnail', bytes: copy, mediaType, pageNo }, [
      copy.buffer,
    ]);
    if (reply.type === 'thumbnail') return asBuffer(reply.png);
    if (reply.type === 'error') throw new IngestError(reply.code as IngestErrorCode, reply.message);
    throw new IngestError('pdf_corrupt', 'The reader answered out of turn.');
  }

  /**
   * One document's fields from its stored pages' words and the case's templates, extracted in
   * this thread (extractPages). A crash or time-out is an IngestError; the thread is replaced.
   */
  async extract(pages: PageWords[], templates: Template[]): Promise<StoredDocument[]> {
    const documents = await this.extraction({ type: 'extract', pages, templates }, pages.length);
    if (!documents) throw new IngestError('extract_failed', 'The reader answered out of turn.');
    return documents;
  }

  /**
   * The fields of the file this thread has just read (every page, none of them OCR'd), from
   * the words it kept of them: what extract() gives for the stored pages, without reading them
   * out of the case file and sending them back. Null when the thread kept none (it was
   * replaced since): use extract().
   */
  extractPrepared(pageCount: number, templates: Template[]): Promise<StoredDocument[] | null> {
    return this.extraction({ type: 'extract-prepared', templates }, pageCount);
  }

  private async extraction(msg: ToWorker, pageCount: number): Promise<StoredDocument[] | null> {
    const ms = this.opts.extractTimeoutMs ?? this.opts.pageTimeoutMs + 1000 * pageCount;
    const reply = await this.request(msg, [], {
      ms,
      what: "Extracting the document's fields",
      verb: 'finish',
    });
    if (reply.type === 'extracted') return reply.documents;
    if (reply.type === 'unprepared') return null;
    if (reply.type === 'error') throw new IngestError(reply.code as IngestErrorCode, reply.message);
    throw new IngestError('extract_failed', 'The reader answered out of turn.');
  }

  async kill(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.started = null;
    await w?.terminate();
  }
}

const asBuffer = (a: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Buffers arrive as plain Uint8Arrays after structured cloning. */
function revive<T extends { thumbnail: Uint8Array | null }>(page: T): T {
  const p = { ...page, thumbnail: page.thumbnail ? asBuffer(page.thumbnail) : null } as T & {
    ocr?: { gray: { data: Uint8Array } };
  };
  if (p.ocr) p.ocr = { ...p.ocr, gray: { ...p.ocr.gray, data: asBuffer(p.ocr.gray.data) } };
  return p;
}
