import { availableParallelism, freemem } from 'node:os';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { IngestError } from '../ingest-error';
import { enableRelaxedSimd } from './relaxed-simd';
import { tessdataDir } from './tessdata';

/** A word in the pixels of the image that was recognised. */
export interface PixelWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number; // 0..1
}

export interface OcrPage {
  words: PixelWord[];
  confidence: number; // mean word confidence, 0..1
}

/**
 * Tesseract's own notes ("Detected 416 diacritics", "Estimating resolution as …") go to
 * stderr, in the middle of the CLI's progress bar: they are sent nowhere instead.
 */
const QUIET = { debug_file: '/dev/null' };

export interface OcrPoolOptions {
  /** Tesseract languages, e.g. "eng" or "eng+fra". */
  langs?: string;
  size?: number;
  /** Workers are replaced after this many pages: tesseract's WASM heap only grows. */
  recycleAfter?: number;
  pageTimeoutMs?: number;
}

/** Columns of Tesseract's TSV output; level 5 rows are words. */
const TSV_WORD_LEVEL = '5';

/**
 * The words of Tesseract's TSV output (level, page, block, paragraph, line, word, left, top,
 * width, height, confidence, text), in its reading order, blank ones left out. Confidence is
 * cut to whole percent as tesseract.js's `blocks` output gives it, so that a page reads the
 * same as it did from there (thresholds such as 0.85 compare whole percent).
 */
export function wordsFromTsv(tsv: string): PixelWord[] {
  const words: PixelWord[] = [];
  for (const row of tsv.split('\n')) {
    if (!row.startsWith(TSV_WORD_LEVEL)) continue;
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== TSV_WORD_LEVEL) continue;
    // A word's text never holds a tab; join anyway so nothing after the 11th tab is lost.
    const text = cols.slice(11).join('\t').trim();
    if (!text) continue;
    // Twelve columns or more: these five are always there.
    const [left = 0, top = 0, width = 0, height = 0, conf = 0] = cols.slice(6, 11).map(Number);
    words.push({
      text,
      x0: left,
      y0: top,
      x1: left + width,
      y1: top + height,
      confidence: Math.max(0, Math.min(1, Math.floor(conf) / 100)),
    });
  }
  return words;
}

const WORKER_MEMORY = 350 * 1024 * 1024;

/** One worker per core, fewer when memory is short, never none. */
export function defaultPoolSize(): number {
  const byMemory = Math.floor((freemem() - 512 * 1024 * 1024) / WORKER_MEMORY);
  return Math.max(1, Math.min(availableParallelism(), byMemory, 8));
}

interface Slot {
  worker: Worker;
  pages: number;
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(
        new IngestError(
          'ocr_failed',
          `OCR of the page took longer than ${Math.round(ms / 1000)} s and was stopped.`,
        ),
      );
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Reused tesseract.js workers with a queue, recycling and a per-page time limit. */
export class OcrPool {
  readonly size: number;
  private readonly langs: string;
  private readonly recycleAfter: number;
  private readonly pageTimeoutMs: number;
  private readonly langPath = tessdataDir();
  private idle: Slot[] = [];
  private live = 0;
  private waiting: ((slot: Slot | null) => void)[] = [];
  private osd: Promise<Worker> | undefined;
  private closed = false;

  constructor(opts: OcrPoolOptions = {}) {
    this.size = opts.size ?? defaultPoolSize();
    this.langs = opts.langs ?? 'eng';
    this.recycleAfter = opts.recycleAfter ?? 50;
    this.pageTimeoutMs = opts.pageTimeoutMs ?? 120_000;
  }

  private async spawn(): Promise<Slot> {
    enableRelaxedSimd();
    const worker = await createWorker(this.langs.split('+'), OEM.LSTM_ONLY, {
      langPath: this.langPath,
      gzip: true,
      cacheMethod: 'none', // never write traineddata next to the user's files
    });
    // Whole-page layout analysis, as native tesseract does by default.
    await worker.setParameters({
      tessedit_pageseg_mode: PSM.AUTO,
      user_defined_dpi: '300',
      ...QUIET,
    });
    return { worker, pages: 0 };
  }

  private async acquire(): Promise<Slot> {
    if (this.closed) throw new IngestError('ocr_failed', 'The OCR pool is closed.');
    const ready = this.idle.pop();
    if (ready) return ready;
    if (this.live < this.size) {
      this.live += 1;
      try {
        return await this.spawn();
      } catch (err) {
        this.live -= 1;
        throw new IngestError(
          'ocr_failed',
          `The OCR engine could not start: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    }
    const slot = await new Promise<Slot | null>((resolve) => this.waiting.push(resolve));
    return slot ?? this.acquire();
  }

  /**
   * Starts workers, in the background, until `wanted` of them (at most the pool's size) are
   * running or starting: an ingest calls it as soon as it knows OCR is coming, so their
   * start-up (most of a second of CPU each) overlaps reading the file, and asks for as many
   * as it has pages waiting, so one scanned page does not start a worker per core. A worker
   * that fails to start here is started again, and its error reported, on first use.
   * Resolves with how many were started.
   */
  async prestart(wanted = this.size): Promise<number> {
    const starting: Promise<boolean>[] = [];
    while (!this.closed && this.live < Math.min(wanted, this.size)) {
      this.live += 1;
      starting.push(
        this.spawn().then(
          (slot) => {
            this.handOver(slot);
            return true;
          },
          () => {
            this.live -= 1;
            this.waiting.shift()?.(null); // a waiter may now try (and report) a start itself
            return false;
          },
        ),
      );
    }
    return (await Promise.all(starting)).filter(Boolean).length;
  }

  /** A started worker goes to whoever waits, else to the idle ones. */
  private handOver(slot: Slot): void {
    if (this.closed) {
      this.live -= 1;
      void slot.worker.terminate().catch(() => undefined);
      return;
    }
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  private release(slot: Slot, healthy: boolean): void {
    slot.pages += 1;
    if (!healthy || slot.pages >= this.recycleAfter || this.closed) {
      this.live -= 1;
      void slot.worker.terminate().catch(() => undefined);
      this.waiting.shift()?.(null); // a waiter may now spawn a fresh worker
      return;
    }
    this.handOver(slot);
  }

  /**
   * Recognises one image (PGM/PNG/JPEG bytes): a page, with Tesseract's layout analysis, or
   * a block of lines already cut out of a page (see missed-text.ts), read as one block.
   */
  async recognize(image: Buffer, layout: 'page' | 'block' = 'page'): Promise<OcrPage> {
    const slot = await this.acquire();
    let healthy = true;
    try {
      // TSV, not `blocks`: the same words, boxes and confidences (see wordsFromTsv) at a tenth
      // of the size, without every letter's box and alternatives built, parsed and sent over.
      const recognize = () => slot.worker.recognize(image, {}, { tsv: true, text: false });
      const read = async () => {
        if (layout === 'page') return recognize();
        await slot.worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
        try {
          return await recognize();
        } finally {
          await slot.worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
        }
      };
      const result = await withTimeout(read(), this.pageTimeoutMs, () => {
        healthy = false;
      });
      const words = wordsFromTsv(result.data.tsv ?? '');
      const confidence = words.length
        ? words.reduce((s, w) => s + w.confidence, 0) / words.length
        : 0;
      return { words, confidence };
    } catch (err) {
      healthy = false;
      if (err instanceof IngestError) throw err;
      throw new IngestError(
        'ocr_failed',
        `OCR failed on the page: ${err instanceof Error ? err.message : String(err)}`,
      );
    } finally {
      this.release(slot, healthy);
    }
  }

  /**
   * Tesseract's orientation detection (osd): how far the page is turned, in quarter turns
   * clockwise, or null when it cannot tell.
   */
  async detectOrientation(image: Buffer): Promise<{ degrees: number; confidence: number } | null> {
    this.osd ??= createWorker('osd', OEM.TESSERACT_ONLY, {
      langPath: this.langPath,
      gzip: true,
      cacheMethod: 'none',
      legacyCore: true,
      legacyLang: true,
    }).then(async (w) => {
      await w.setParameters({ user_defined_dpi: '300', ...QUIET });
      return w;
    });
    try {
      const worker = await this.osd;
      const { data } = await withTimeout(worker.detect(image), this.pageTimeoutMs, () => {
        const stale = this.osd;
        this.osd = undefined;
        void stale?.then((w) => w.terminate()).catch(() => undefined);
      });
      if (data.orientation_degrees === null || data.orientation_confidence === null) return null;
      return { degrees: data.orientation_degrees, confidence: data.orientation_confidence };
    } catch {
      return null; // orientation is a refinement: without it the page is read as it is
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w(null);
    const slots = this.idle.splice(0);
    const osd = this.osd;
    this.osd = undefined;
    await Promise.allSettled([
      ...slots.map((s) => s.worker.terminate()),
      ...(osd ? [osd.then((w) => w.terminate())] : []),
    ]);
    this.live -= slots.length;
  }
}
