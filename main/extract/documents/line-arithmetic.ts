// Invoice lines check themselves: carats × price per carat = amount, and the lines add up to
// the totals. On a scan that is how a damaged number is told from a right one: of the ways
// its printed digits can be read ("189357" → 1,893.57), the one that makes the row agree is
// taken; a number OCR lost is worked out from the other two. A row that still disagrees is
// left as read and reported as unsure, so its field goes to review. A printed number is only
// ever replaced by a value it can be a misreading of (digit-slip): a line whose arithmetic is
// wrong on paper keeps its wrong figure, since that is what an auditor is looking for.
import { digitSlip } from '../normalize/digit-slip';
import { numberReadings } from '../normalize/number-readings';
import type { TableRow } from '../types';

const ROLES = ['carats', 'unit_price', 'amount'] as const;
type Role = (typeof ROLES)[number];

export const round2 = (n: number) => Math.round(n * 100) / 100;
const num = (r: TableRow, k: string): number | undefined => {
  const v = r[k];
  return typeof v === 'number' ? v : undefined;
};

// The printed text of each numeric cell, kept beside the row (rows go to the output as is).
const printed = new WeakMap<TableRow, Record<string, string>>();

export function rememberCells(row: TableRow, cells: Record<string, string>): void {
  printed.set(row, cells);
}

/** Readings of one printed cell of a row ([] for a value that was worked out, not read). */
export function cellReadings(row: TableRow, role: string): number[] {
  const text = printed.get(row)?.[role];
  if (text) {
    const rs = numberReadings(text);
    if (rs.length > 0) return rs;
  }
  const v = num(row, role);
  return v !== undefined && !printed.has(row) ? [v] : [];
}

/**
 * carats × unit price ≈ amount. The price is printed rounded to cents, so the product may be
 * off by half a cent per carat; a misread digit or separator is off by far more.
 */
export function rowAgrees(carats: number, price: number, amount: number): boolean {
  return Math.abs(carats * price - amount) <= 0.0051 * carats + 0.011 + 1e-6 * amount;
}

export interface RowCheck {
  row: TableRow;
  /** carats × price = amount holds for the values returned. */
  sure: boolean;
  /** A value was re-read or worked out rather than taken as printed. */
  changed: boolean;
}

type Fixed = Partial<Record<Role, number>>;

/**
 * The cheapest reading of a row's printed cells (plus values already settled) that agrees
 * with itself; with one number missing, it is worked out from the other two (not checked).
 */
function solve(
  row: TableRow,
  fixed: Fixed,
): { values: Fixed; cost: number; checked: boolean } | null {
  const rs = {} as Record<Role, number[]>;
  for (const r of ROLES) {
    const f = fixed[r];
    rs[r] = f !== undefined ? [f] : cellReadings(row, r);
  }
  const present = ROLES.filter((r) => rs[r].length > 0);
  if (present.length === 3) {
    let best: { values: Fixed; cost: number; checked: boolean } | null = null;
    rs.carats.forEach((c, i) => {
      rs.unit_price.forEach((p, j) => {
        rs.amount.forEach((a, k) => {
          const cost = i + j + k;
          if (rowAgrees(c, p, a) && (!best || cost < best.cost)) {
            best = { values: { carats: c, unit_price: p, amount: a }, cost, checked: true };
          }
        });
      });
    });
    return best;
  }
  if (present.length !== 2) return null;
  const [c, p, a] = [rs.carats[0], rs.unit_price[0], rs.amount[0]];
  if (c === undefined && p && a !== undefined) {
    return { values: { carats: round2(a / p), unit_price: p, amount: a }, cost: 1, checked: false };
  }
  if (p === undefined && c && a !== undefined) {
    return { values: { carats: c, unit_price: round2(a / c), amount: a }, cost: 1, checked: false };
  }
  if (a === undefined && c !== undefined && p !== undefined) {
    return { values: { carats: c, unit_price: p, amount: round2(c * p) }, cost: 1, checked: false };
  }
  return null;
}

/**
 * Whether a printed cell may give way to a value: the value is a slip or two from its digits,
 * or the cell is so far off (ten times or more) that it cannot be what the line says.
 */
function misread(text: string, value: number): boolean {
  if (digitSlip(text, value)) return true;
  const read = numberReadings(text)[0];
  return read === undefined || read === 0 || read / value >= 10 || value / read >= 10;
}

/** Every value that replaces a printed cell is one that cell can be a misreading of. */
function mayReplace(row: TableRow, values: Fixed): boolean {
  const cells = printed.get(row);
  if (!cells) return true;
  return ROLES.every((r) => {
    const v = values[r];
    const text = cells[r];
    return v === undefined || text === undefined || misread(text, v);
  });
}

function apply(row: TableRow, values: Fixed): TableRow {
  const out: TableRow = {};
  for (const k of ['description', 'parcel_id', ...ROLES, ...Object.keys(row)]) {
    const v = (values as Record<string, number | undefined>)[k] ?? row[k];
    if (v !== undefined && !(k in out)) out[k] = v;
  }
  // Worked-out values have no printed text: only the cells as printed travel with the row.
  const cells = printed.get(row);
  if (cells) {
    const keep: Record<string, string> = {};
    for (const [k, t] of Object.entries(cells)) {
      if (num(row, k) === undefined || values[k as Role] === undefined) keep[k] = t;
      else if (numberReadings(t).includes(values[k as Role] ?? NaN)) keep[k] = t;
    }
    printed.set(out, keep);
  }
  return out;
}

const sameNumbers = (a: TableRow, b: TableRow) => ROLES.every((r) => num(a, r) === num(b, r));

/** The reading of a row that agrees with itself, or the row as read, unsure. */
export function checkRow(row: TableRow): RowCheck {
  const s = solve(row, {});
  if (!s) return { row, sure: false, changed: false };
  const out = apply(row, s.values);
  return { row: out, sure: s.checked, changed: !sameNumbers(row, out) };
}

/** All three numbers were printed (none worked out) and agree. */
export function rowIsSure(row: TableRow): boolean {
  const cells = printed.get(row);
  const [c, p, a] = ROLES.map((r) => num(row, r));
  if (c === undefined || p === undefined || a === undefined) return false;
  if (cells && ROLES.some((r) => cells[r] === undefined)) return false;
  return rowAgrees(c, p, a);
}

/** A number was worked out rather than read, or the printed three disagree. */
export function rowInDoubt(row: TableRow): boolean {
  const cells = printed.get(row);
  if (!cells) return false;
  if (ROLES.some((r) => num(row, r) !== undefined && cells[r] === undefined)) return true;
  const [c, p, a] = ROLES.map((r) => num(row, r));
  return c !== undefined && p !== undefined && a !== undefined && !rowAgrees(c, p, a);
}

export const closeTo = (a: number, b: number) => Math.abs(a - b) <= 0.011 + 1e-7 * Math.abs(b);

/**
 * The lines against the printed total of one column. When they do not add up and exactly one
 * row is unsure, that row takes the rest of the total, provided its other printed cells agree
 * with it (or one is missing and can be worked out).
 */
export function settleColumn(
  rows: readonly RowCheck[],
  role: 'carats' | 'amount',
  total: number,
  /** The other column, when it already adds up to its own total: its cell is trusted. */
  anchored?: 'carats' | 'amount',
): { rows: RowCheck[]; adds: boolean } {
  const sum = round2(rows.reduce((s, r) => s + (num(r.row, role) ?? 0), 0));
  if (closeTo(sum, total)) return { rows: [...rows], adds: true };
  // The one row missing this number is the one to settle; else the one row in doubt.
  const missing = rows.map((r, i) => i).filter((i) => num(rows[i]?.row ?? {}, role) === undefined);
  const unsure = rows.map((r, i) => i).filter((i) => rows[i]?.sure !== true);
  const pick = missing.length === 1 ? missing : unsure;
  const i = pick[0];
  const target = i === undefined ? undefined : rows[i];
  if (pick.length !== 1 || i === undefined || !target) return { rows: [...rows], adds: false };
  const want = round2(total - (sum - (num(target.row, role) ?? 0)));
  if (want <= 0) return { rows: [...rows], adds: false };
  const other = anchored ? num(target.row, anchored) : undefined;
  // With both numbers settled by the totals, a price none of whose readings agrees is worked
  // out from them (a box rule read as its leading "1" leaves "19.13" for 119.13).
  const s =
    solve(target.row, { [role]: want }) ??
    (anchored && other !== undefined
      ? solve({ ...target.row, unit_price: '' }, { [role]: want, [anchored]: other })
      : null);
  if (!s || !mayReplace(target.row, s.values)) return { rows: [...rows], adds: false };
  const out = [...rows];
  out[i] = { row: apply(target.row, s.values), sure: true, changed: true };
  return { rows: out, adds: true };
}

/**
 * A column that does not add up to its total because cells were misread: of the ways its
 * printed cells can be read, the one that adds up with the fewest cells read otherwise than
 * as printed is taken, when it is the only one that cheap. One row, or several ("1.01457" and
 * "487289" for 1,014.57 and 4,872.89 against 5,887.46).
 */
export function settleByReading(
  rows: readonly TableRow[],
  role: 'carats' | 'amount',
  total: number,
): TableRow[] | null {
  const options = rows.map((r) => {
    const v = num(r, role);
    const rs = cellReadings(r, role);
    return v === undefined ? [] : [v, ...rs.filter((x) => x !== v)];
  });
  if (options.some((o) => o.length === 0) || rows.length > 12) return null;
  // Closures assign it: kept in an object so its type is not narrowed to its first value.
  const state: { best: { pick: number[]; cost: number } | null; ties: number } = {
    best: null,
    ties: 0,
  };
  let visited = 0;
  const pick: number[] = [];
  const walk = (i: number, sum: number, cost: number): void => {
    const best = state.best;
    if (++visited > 20000 || (best && cost > best.cost)) return;
    if (i === options.length) {
      if (!closeTo(round2(sum), total)) return;
      if (best && cost === best.cost) state.ties += 1;
      else [state.best, state.ties] = [{ pick: [...pick], cost }, 0];
      return;
    }
    (options[i] ?? []).forEach((v, k) => {
      pick.push(k);
      walk(i + 1, sum + v, cost + (k === 0 ? 0 : 1));
      pick.pop();
    });
  };
  walk(0, 0, 0);
  const found = state.best;
  if (!found || found.cost === 0 || state.ties > 0) return null;
  return rows.map((r, i) => {
    const k = found.pick[i] ?? 0;
    return k === 0 ? r : apply(r, { [role]: options[i]?.[k] ?? 0 });
  });
}

export function columnSum(rows: readonly TableRow[], role: string): number {
  return round2(rows.reduce((s, r) => s + (num(r, role) ?? 0), 0));
}

/**
 * Rows whose carats and amount both stand (their columns add up to the totals) but whose
 * printed price disagrees with them: a price one slip from carats and amount is the one
 * misread, and is worked out; one further off is left as printed.
 */
export function priceFromAnchors(rows: readonly TableRow[]): TableRow[] {
  return rows.map((r) => {
    const [c, p, a] = ROLES.map((k) => num(r, k));
    if (c === undefined || a === undefined || c <= 0) return r;
    if (p !== undefined && rowAgrees(c, p, a)) return r;
    const price = { unit_price: round2(a / c) };
    return mayReplace(r, price) ? apply(r, price) : r;
  });
}
