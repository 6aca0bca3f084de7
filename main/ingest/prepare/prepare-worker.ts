// Worker-thread entry: reads one file at a time, a page per 'next', so a PDF that loops or
// explodes inside pdf.js takes down this thread only, never the app; and extracts a stored
// document's fields, so extraction runs beside reading instead of on the main thread.
import { parentPort } from 'node:worker_threads';
import type { PageWords } from '../../extract/types';
import { extractPages } from '../extract-pages';
import { IngestError } from '../ingest-error';
import { pdfjs } from '../pdf/pdfjs';
import { preparePages, type PrepareEvent, renderThumbnail } from './prepare-pages';
import type { FromWorker, ToWorker } from './protocol';
import { ReadAhead } from './read-ahead';
import { useSharpSingleThreaded } from '../image/load-sharp';

useSharpSingleThreaded(); // one libvips thread per worker: the pool already uses every core

const port = parentPort;
if (!port) throw new Error('prepare-worker must run in a worker thread');

let pages: ReadAhead | null = null;
/**
 * The words of every page of the file being read, as the case file will hold them once the
 * caller has stored them (documentPageWords): extracting the file then needs no second copy
 * of its words read back out of SQLite and sent here again. Null when that would not be the
 * whole document: pages stored by an earlier run were skipped, or a page went to OCR.
 */
let kept: PageWords[] | null = null;

function keep(event: PrepareEvent): void {
  if (!kept || event.kind !== 'page') return;
  const p = event.page;
  if (p.textSource === 'ocr') kept = null;
  else
    kept.push({
      pageNo: p.pageNo,
      rotation: 0,
      words: p.textSource === 'text_layer' ? p.words : [],
    });
}

function send(msg: FromWorker): void {
  const transfer: ArrayBuffer[] = [];
  if (msg.type === 'page') {
    const p = msg.page;
    const buffers = [
      ...(p.thumbnail ? [p.thumbnail] : []),
      ...(p.textSource === 'ocr' ? [p.ocr.gray.data] : []),
    ];
    for (const b of buffers) {
      // Only a Buffer that owns its whole ArrayBuffer may be transferred.
      if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength)
        transfer.push(b.buffer as ArrayBuffer);
    }
  }
  port?.postMessage(msg, transfer);
}

async function step(): Promise<void> {
  const reading = pages;
  if (!reading) return;
  try {
    const next = await reading.next();
    if (next.done) {
      pages = null;
      send({ type: 'done' });
      return;
    }
    if (next.value.kind === 'meta') {
      send({ type: 'meta', pages: next.value.pages });
    } else {
      keep(next.value);
      send({ type: 'page', page: next.value.page });
    }
    reading.handedOver(next.value);
  } catch (err) {
    pages = null;
    kept = null;
    fail(err);
  }
}

function fail(err: unknown): void {
  const e =
    err instanceof IngestError
      ? err
      : new IngestError('pdf_corrupt', String(err instanceof Error ? err.message : err));
  send({ type: 'error', code: e.code, message: e.message });
}

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'warm') {
    // A failure to load shows when the first file needs pdf.js.
    pdfjs().catch(() => undefined);
    return;
  }
  if (msg.type === 'thumbnail') {
    renderThumbnail(msg.bytes, msg.mediaType, msg.pageNo).then(
      (png) => send({ type: 'thumbnail', png }),
      fail,
    );
    return;
  }
  if (msg.type === 'extract' || msg.type === 'extract-prepared') {
    const input = msg.type === 'extract' ? msg.pages : kept;
    kept = null;
    if (!input) {
      send({ type: 'unprepared' });
      return;
    }
    try {
      send({ type: 'extracted', documents: extractPages(input, msg.templates) });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      send({ type: 'error', code: 'extract_failed', message: `Extraction failed: ${detail}` });
    }
    return;
  }
  if (msg.type === 'start') {
    pages = new ReadAhead(preparePages(msg.bytes, msg.mediaType, msg.options));
    kept = msg.options.skipPages?.length ? null : [];
  }
  void step();
});

send({ type: 'ready' });
