// After every field has its reading: the line table and the totals printed elsewhere on the
// page check each other. A total whose digits can also be read as the lines' sum takes that
// reading; lines that do not add up are settled from the totals when one row is in doubt;
// whatever still disagrees goes to review (a lower score), since a finding may hang on it.
import type { Candidate } from '../fields/engine';
import { numberReadings } from '../normalize/number-readings';
import type { TableRow } from '../types';
import {
  closeTo,
  priceFromAnchors,
  columnSum,
  round2,
  type RowCheck,
  rowInDoubt,
  rowIsSure,
  settleByReading,
  settleColumn,
} from './line-arithmetic';

const REVIEW_SCORE = 0.5;

const rowsOf = (c: Candidate | undefined): TableRow[] | null =>
  c && Array.isArray(c.value) && c.value.every((r) => typeof r === 'object') ? c.value : null;

const toReview = (c: Candidate): Candidate => ({ ...c, score: Math.min(c.score, REVIEW_SCORE) });

/** The rows with the one row in doubt settled so the column adds up (settleColumn), or null. */
function settleByArithmetic(
  rows: TableRow[],
  role: 'carats' | 'amount',
  total: number,
  anchored?: 'carats' | 'amount',
): TableRow[] | null {
  const checks: RowCheck[] = rows.map((r) => ({ row: r, sure: rowIsSure(r), changed: false }));
  const settled = settleColumn(checks, role, total, anchored);
  return settled.adds ? settled.rows.map((c) => c.row) : null;
}

/** The one row missing `role` given what the total leaves for it, or null. */
function restOfTotal(rows: TableRow[], role: string, total: number): TableRow[] | null {
  const missing = rows.filter((r) => r[role] === undefined);
  const rest = round2(total - columnSum(rows, role));
  if (missing.length !== 1 || !(rest > 0)) return null;
  return rows.map((r) => (r[role] === undefined ? { ...r, [role]: rest } : r));
}

// Below this the OCR engine was guessing at every digit of the total.
const UNREAD = 0.3;

/**
 * A total that cannot be what was printed: a reading OCR was guessing at, or one below every
 * line of its own column (digits lost to a smudge: "5" for 5,243.49). Below one line only,
 * it may as well be that line that lost its decimal mark.
 */
function unreadTotal(total: Candidate, rows: readonly TableRow[], role: string): boolean {
  if (typeof total.value !== 'number') return false;
  if (total.words.every((w) => w.confidence < UNREAD)) return true;
  const cap = total.value;
  const read = rows.flatMap((r) => {
    const v = r[role];
    return typeof v === 'number' && v > 0 ? [v] : [];
  });
  return read.length >= 2 && read.every((v) => v > cap);
}

/**
 * Every line of the table was read: the parcels' count, where printed, is the number of rows
 * (a packing list's rows have nothing else to check them by); an invoice's lines each add up.
 */
function allRows(chosen: Map<string, Candidate>, rows: readonly TableRow[], arithmetic: boolean) {
  if (arithmetic) return true;
  const parcels = chosen.get('parcels')?.value;
  return typeof parcels === 'number' && parcels === rows.length;
}

/**
 * The readings of a total's text, and last those without a leading "1" that a box's rule
 * glued to the figure may have added ("11,301,508.44" for 1,301,508.44).
 */
function totalReadings(text: string): number[] {
  const out = numberReadings(text);
  const lead = /^(\D*)1(?=\d)/u.exec(text);
  if (!lead) return out;
  const rest = numberReadings(`${lead[1] ?? ''}${text.slice(lead[0].length)}`);
  return [...out, ...rest.filter((v) => !out.includes(v))];
}

/** One column of a table against its total field; returns the rows, settled if possible. */
function reconcileColumn(
  chosen: Map<string, Candidate>,
  rows: TableRow[],
  role: 'carats' | 'amount',
  totalField: string,
  arithmetic: boolean,
  anchored?: 'carats' | 'amount',
): { rows: TableRow[]; agree: boolean } {
  const total = chosen.get(totalField);
  const sum = columnSum(rows, role);
  if (!total || typeof total.value !== 'number') return { rows, agree: true };
  const complete = rows.every((r) => r[role] !== undefined);
  // The total is the lines' own sum (no words of its own): recount it after repairs.
  if (total.words.length === 0) {
    if (complete) chosen.set(totalField, { ...total, value: sum, text: String(sum) });
    return { rows, agree: complete };
  }
  if (!complete) {
    // A row OCR left without this number: the printed total gives it back.
    const settled = arithmetic ? settleByArithmetic(rows, role, total.value, anchored) : null;
    if (settled) return { rows: settled, agree: true };
    // Rows with no other number to check it by (parcels): worked out, so still to review.
    return {
      rows: arithmetic ? rows : (restOfTotal(rows, role, total.value) ?? rows),
      agree: false,
    };
  }
  if (closeTo(sum, total.value)) return { rows, agree: true };
  const sure = rows.every((r) => !arithmetic || rowIsSure(r));
  const reading = totalReadings(total.text).find((v) => closeTo(v, sum));
  if (sure && reading !== undefined) {
    chosen.set(totalField, { ...total, value: sum });
    return { rows, agree: true };
  }
  const byReading = settleByReading(rows, role, total.value);
  if (byReading) return { rows: byReading, agree: true };
  const settled = arithmetic ? settleByArithmetic(rows, role, total.value, anchored) : null;
  if (settled) return { rows: settled, agree: true };
  if (reading !== undefined) {
    // The lines are in doubt and the total can be read as their sum: both go to review.
    chosen.set(totalField, toReview({ ...total, value: sum }));
    return { rows, agree: false };
  }
  if (unreadTotal(total, rows, role)) {
    // OCR could not read the total's digits: the lines, all there, give it, to be reviewed.
    if (sure && allRows(chosen, rows, arithmetic)) {
      chosen.set(totalField, toReview({ ...total, value: sum, text: String(sum) }));
    } else chosen.delete(totalField);
    return { rows, agree: false };
  }
  chosen.set(totalField, toReview(total));
  return { rows, agree: false };
}

/** Invoice lines against total_amount and total_carats. */
export function reconcileInvoice(chosen: Map<string, Candidate>): void {
  const lines = chosen.get('lines');
  let rows = rowsOf(lines);
  if (!lines || !rows || rows.length === 0) return;
  const original = rows;
  const amounts = reconcileColumn(chosen, rows, 'amount', 'total_amount', true);
  const carats = reconcileColumn(
    chosen,
    amounts.rows,
    'carats',
    'total_carats',
    true,
    amounts.agree ? 'amount' : undefined,
  );
  const agree = amounts.agree && carats.agree;
  rows =
    agree && chosen.has('total_amount') && chosen.has('total_carats')
      ? priceFromAnchors(carats.rows)
      : carats.rows;
  const doubtful = !agree || rows.some(rowInDoubt);
  const next = { ...lines, value: rows };
  chosen.set('lines', doubtful ? toReview(next) : rows === original ? lines : next);
}

/** Packing-list parcels against total_carats. */
export function reconcilePacking(chosen: Map<string, Candidate>): void {
  const lines = chosen.get('parcel_lines');
  const rows = rowsOf(lines);
  if (!lines || !rows || rows.length === 0) return;
  const r = reconcileColumn(chosen, rows, 'carats', 'total_carats', false);
  const parcels = chosen.get('parcels')?.value;
  if (typeof parcels === 'number' && rows.length < parcels) {
    // Rows OCR lost: the parcels left are not the list, nor is their sum the weight.
    chosen.delete('parcel_lines');
    return;
  }
  const next = { ...lines, value: r.rows };
  chosen.set('parcel_lines', r.agree ? next : toReview(next));
}
