/** What ingest reports: pages done of pages known (plus an estimate for unopened files). */
export interface IngestProgress {
  step: 'reading' | 'done';
  done: number;
  total: number;
  etaSeconds: number | null;
  file: string | null;
}

const MIN_INTERVAL_MS = 100;

/** Counts pages and throttles reports to one per 100 ms (and always the last one). */
export class ProgressTracker {
  private done = 0;
  private knownPages = 0;
  private filesOpened = 0;
  private filesFinished = 0;
  private file: string | null = null;
  private lastReport = 0;
  private readonly started = Date.now();

  constructor(
    private readonly fileCount: number,
    private readonly report: ((p: IngestProgress) => void) | undefined,
  ) {}

  startFile(name: string): void {
    this.file = name;
    this.filesOpened += 1;
    this.emit();
  }

  addPages(n: number): void {
    this.knownPages += Math.max(0, n);
    this.emit();
  }

  pageDone(): void {
    this.done += 1;
    this.emit();
  }

  finishFile(): void {
    this.filesFinished += 1;
    this.emit();
  }

  snapshot(step: IngestProgress['step'] = 'reading'): IngestProgress {
    const unopened = Math.max(0, this.fileCount - this.filesOpened);
    const perFile = this.filesOpened ? Math.max(1, this.knownPages / this.filesOpened) : 1;
    const total = Math.max(this.done, Math.round(this.knownPages + unopened * perFile));
    const elapsed = (Date.now() - this.started) / 1000;
    const etaSeconds =
      this.done > 0 && total > this.done
        ? Math.round(((total - this.done) * elapsed) / this.done)
        : null;
    return { step, done: this.done, total, etaSeconds, file: this.file };
  }

  private emit(): void {
    const now = Date.now();
    if (!this.report || now - this.lastReport < MIN_INTERVAL_MS) return;
    this.lastReport = now;
    this.report(this.snapshot());
  }

  flush(): void {
    this.report?.({ ...this.snapshot('done'), etaSeconds: 0, file: null });
  }
}
