// Whether a figure as OCR read it can be a misreading of another value: a mark read as a digit
// ("41,375.55" → "413375755"), one digit lost or added (a box rule or a speck read as "1"),
// or a digit or two taken for look-alikes. A figure further off than that is what the
// document says, even when the rest of the page disagrees with it: an invoice line whose
// carats × price is not its amount is a finding, not a misreading.
import { DIGIT_LOOKALIKES } from './one-confusion';

// Costs of each slip; a reading within BUDGET of the value may be a misreading of it.
const LOOKALIKE = 1;
const LOST_OR_ADDED = 2;
const BUDGET = 2;

/** The ways a value with up to two decimals is printed: "1,120.50", "1,120.5", "1,120". */
function spellings(value: number): string[] {
  const [whole = '', cents = ''] = value.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/gu, ',');
  const out = [`${grouped}.${cents}`];
  if (cents.endsWith('0')) out.push(`${grouped}.${cents.slice(0, 1)}`);
  if (cents === '00') out.push(grouped);
  // Leading zeros and marks carry nothing OCR could have misread ("0.06" → "06").
  return [...new Set(out.map((s) => s.replace(/\.$/u, '').replace(/^[0.,]+(?=\d)/u, '')))];
}

const isMark = (c: string) => c === ',' || c === '.';
const lookalike = (a: string, b: string) =>
  DIGIT_LOOKALIKES.has(`${a}:${b}`) || DIGIT_LOOKALIKES.has(`${b}:${a}`);

/** The cheapest cost of reading `spelled` as `seen` (digits only), by dynamic programming. */
function slipCost(seen: string, spelled: string): number {
  // cost[i][j]: seen[0..i) read from spelled[0..j).
  const rows = seen.length + 1;
  const cols = spelled.length + 1;
  const cost: number[][] = Array.from({ length: rows }, () => Array<number>(cols).fill(Infinity));
  const at = (i: number, j: number) => cost[i]?.[j] ?? Infinity;
  const lower = (i: number, j: number, v: number) => {
    const row = cost[i];
    if (row && v < (row[j] ?? Infinity)) row[j] = v;
  };
  lower(0, 0, 0);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const here = at(i, j);
      if (here > BUDGET) continue;
      const want = spelled[j];
      const got = seen[i];
      if (want !== undefined && isMark(want)) {
        lower(i, j + 1, here); // the mark was dropped
        if (got !== undefined) lower(i + 1, j + 1, here); // or read as a digit
        continue;
      }
      if (got !== undefined) lower(i + 1, j, here + LOST_OR_ADDED); // a digit added
      if (want !== undefined) lower(i, j + 1, here + LOST_OR_ADDED); // a digit lost
      if (got !== undefined && want !== undefined) {
        if (got === want) lower(i + 1, j + 1, here);
        else if (lookalike(got, want)) lower(i + 1, j + 1, here + LOOKALIKE);
      }
    }
  }
  return at(rows - 1, cols - 1);
}

/**
 * True when the digits of `printed` are the value's own, or a slip or two away from them. A
 * text without digits was not read at all, so any value may stand for it.
 */
export function digitSlip(printed: string, value: number): boolean {
  const seen = printed.replace(/\D/gu, '').replace(/^0+(?=\d)/u, '');
  if (seen.length === 0) return true;
  return spellings(value).some((s) => slipCost(seen, s) <= BUDGET);
}
