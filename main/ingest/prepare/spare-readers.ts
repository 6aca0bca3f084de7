import { availableParallelism } from 'node:os';
import { type StartingReader, startReader } from './start-reader';

/** JS heap of an ingest reader: holds the largest real PDFs, stops pathological ones early. */
export const READER_HEAP_MB = 768;

/** Two reader threads on two or more cores: text-layer PDFs then use both. */
export function readerCount(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

interface Spare extends StartingReader {
  maxHeapMb: number;
  /** Detaches the listeners that kept a dead spare from being handed out. */
  release: () => void;
}

const spares: Spare[] = [];

/**
 * Starts `count` reader threads now, before anyone asks for one, and has them load pdf.js:
 * what `kimberlite ingest` does first, so the threads start while the main thread is still
 * loading its own code and opening the case (about half a second of a short run). Spares
 * never keep the process alive; the next PrepareThread to start takes one.
 */
export function prestartReaders(count = readerCount(), maxHeapMb = READER_HEAP_MB): void {
  for (let i = 0; i < count; i++) {
    const reader = startReader(maxHeapMb);
    reader.worker.unref();
    reader.worker.postMessage({ type: 'warm' });
    const drop = () => {
      const at = spares.indexOf(spare);
      if (at >= 0) spares.splice(at, 1);
    };
    const spare: Spare = {
      ...reader,
      maxHeapMb,
      release: () => {
        reader.worker.off('error', drop);
        reader.worker.off('exit', drop);
      },
    };
    reader.worker.on('error', drop);
    reader.worker.on('exit', drop);
    spares.push(spare);
  }
}

/** A prestarted reader with this heap limit, no longer a spare; null when there is none. */
export function takeSpareReader(maxHeapMb: number): StartingReader | null {
  const at = spares.findIndex((s) => s.maxHeapMb === maxHeapMb);
  if (at < 0) return null;
  const [spare] = spares.splice(at, 1);
  if (!spare) return null;
  spare.release();
  return { worker: spare.worker, started: spare.started };
}

export function spareReaderCount(): number {
  return spares.length;
}
