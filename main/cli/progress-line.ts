/** Progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise. */
export class ProgressLine {
  private lastPlain = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly plainEveryMs = 3000,
  ) {}

  update(
    label: string,
    done: number,
    total: number,
    etaSeconds: number | null,
    detail: string | null,
  ): void {
    const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
    const eta = etaSeconds === null ? '' : ` · ${formatDuration(etaSeconds)} left`;
    const text = `${label} ${done}/${total} pages (${pct}%)${eta}${detail ? ` · ${detail}` : ''}`;
    if (this.stream.isTTY) {
      const width = 24;
      const filled = Math.round((pct / 100) * width);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
      const columns = this.stream.columns || 100;
      this.stream.write(`\r${`${bar} ${text}`.slice(0, columns - 1).padEnd(columns - 1)}`);
      this.drawn = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastPlain >= this.plainEveryMs) {
      this.lastPlain = now;
      this.stream.write(`${text}\n`);
    }
  }

  end(): void {
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
