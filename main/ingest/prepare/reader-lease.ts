import type { PrepareThread } from './prepare-thread';

interface Waiter {
  urgent: boolean;
  resolve: (thread: PrepareThread) => void;
}

/**
 * The reader threads of one ingest run, lent out for one job at a time: reading a file, or
 * extracting a stored document's fields. A thread does one thing at a time, so when it has to
 * be replaced (a page or an extraction ran out of time) only that job fails. Extraction is
 * urgent: a document whose pages are all read is finished before the next file is started.
 */
export class ReaderLease {
  private readonly idle: PrepareThread[];
  private readonly waiting: Waiter[] = [];

  constructor(threads: readonly PrepareThread[]) {
    this.idle = [...threads];
  }

  async use<T>(urgent: boolean, job: (thread: PrepareThread) => Promise<T>): Promise<T> {
    const thread =
      this.idle.pop() ??
      (await new Promise<PrepareThread>((resolve) => {
        const at = urgent ? this.waiting.filter((w) => w.urgent).length : this.waiting.length;
        this.waiting.splice(at, 0, { urgent, resolve });
      }));
    try {
      return await job(thread);
    } finally {
      const next = this.waiting.shift();
      if (next) next.resolve(thread);
      else this.idle.push(thread);
    }
  }
}
