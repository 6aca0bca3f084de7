// A total's caption that is also a column's header ("Carats" over the parcels) reads the
// first row's cell under it as the total. A printed total equals no single row of a table of
// two rows or more, each row adding to it, unless that row is the totals line itself (the
// other rows add up to it). Such a reading gives way to the next candidate that is no row's.
import type { Candidate } from '../fields/engine';
import type { KnownDocType, TableRow } from '../types';
import { closeTo, columnSum, round2 } from './line-arithmetic';

const TOTALS: Partial<Record<KnownDocType, { table: string; totals: Record<string, string> }>> = {
  invoice: { table: 'lines', totals: { total_carats: 'carats', total_amount: 'amount' } },
  packing_list: { table: 'parcel_lines', totals: { total_carats: 'carats' } },
};

export function dropRowCellTotals(
  type: KnownDocType,
  chosen: Map<string, Candidate>,
  all: readonly Candidate[],
): void {
  const spec = TOTALS[type];
  const rows = chosen.get(spec?.table ?? '')?.value;
  if (!spec || !Array.isArray(rows) || rows.length < 2) return;
  const table = rows.filter((r): r is TableRow => typeof r === 'object');
  for (const [field, role] of Object.entries(spec.totals)) {
    const whole = columnSum(table, role);
    const isRowCell = (v: unknown) =>
      typeof v === 'number' && table.some((r) => r[role] === v && !closeTo(round2(whole - v), v));
    const c = chosen.get(field);
    if (!c || c.words.length === 0 || !isRowCell(c.value)) continue;
    const taken = new Set(
      [...chosen]
        .filter(([f]) => f !== field && f !== spec.table)
        .flatMap(([, other]) => other.words),
    );
    const next = all
      .filter((o) => o.field === field && !isRowCell(o.value))
      .filter((o) => !o.words.some((w) => taken.has(w)))
      .sort((a, b) => b.score - a.score)[0];
    if (next) chosen.set(field, next);
    else chosen.delete(field);
  }
}
