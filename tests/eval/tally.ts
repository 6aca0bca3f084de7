// Precision / recall / F1 counters keyed by any grouping, and the printed table.
export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export class Tally {
  private readonly counts = new Map<string, Count>();

  add(key: string, outcome: 'tp' | 'fp' | 'fn' | 'wrong'): void {
    const c = this.counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    if (outcome === 'wrong') {
      // A wrong value is both a false positive and a miss.
      c.fp += 1;
      c.fn += 1;
    } else c[outcome] += 1;
    this.counts.set(key, c);
  }

  rows(): [string, Count][] {
    return [...this.counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }
}

export function scores(c: Count): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function printTable(title: string, rows: [string, Count][]): void {
  const f = (n: number) => n.toFixed(3);
  const lines = [
    `\n${title}`,
    `${'group'.padEnd(40)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`,
  ];
  for (const [k, c] of rows) {
    const s = scores(c);
    lines.push(
      `${k.padEnd(40)} ${f(s.p).padStart(6)} ${f(s.r).padStart(6)} ${f(s.f1).padStart(6)}   ${c.tp}/${c.fp}/${c.fn}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
