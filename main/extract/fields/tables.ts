// Line-item tables (invoice lots, packing-list parcels): a header line names the columns by
// vocabulary; rows below it are read by column position until a totals line or prose.
import type { Word } from '../../ingest/word';
import { fold, similarityAtLeast } from '../layout/fuzzy';
import { type Line, makeSegment, overlapsY, type Segment, segments, textOf } from '../layout/lines';
import { rememberByObject } from '../memo';
import type { TableRow } from '../types';
import { numberReadings } from '../normalize/number-readings';
import { readNumber } from './parsers';

export type ColumnRole =
  'description' | 'carats' | 'unit_price' | 'amount' | 'parcels' | 'parcel_id' | 'ignore';

const VOCAB: Record<ColumnRole, readonly string[]> = {
  description: ['description', 'désignation', 'descrição', 'goods', 'item', 'nature of goods'],
  carats: ['carats', 'carat', 'cts', 'weight (ct)', 'quilates', 'poids', 'carats weight'],
  unit_price: [
    'usd/ct',
    'price/ct',
    'price/ct (usd)',
    'unit price',
    'prix unitaire',
    '$/ct',
    'price per carat',
    'preço/ct',
    'rate',
  ],
  amount: [
    'amount',
    'amount usd',
    'amount (usd)',
    'montant',
    'montant usd',
    'valor',
    'value',
    'total',
    'value (usd)',
  ],
  parcels: ['colis', 'parcels', 'pcs', 'volumes', 'no. of parcels'],
  parcel_id: ['parcel id', 'lot', 'lot no', 'parcel', 'parcel no', 'lote'],
  ignore: ['no.', 'hs code', 'seal no.', 'stones >= 1 ct', 'code sh', 'n°'],
};

export interface Column {
  role: ColumnRole;
  x0: number;
  x1: number;
}

// Header words OCR garbles past the fuzzy threshold ("uUsDIct" for "USD/ct") still show a
// currency or price word before a per-carat mark.
const PER_CARAT = /(usd|us|eur|price|prix|preco|rate|\$).{0,3}(ct|cts|carat|kt)$/u;

/** Each role's vocabulary, folded once. */
const FOLDED_VOCAB = (Object.entries(VOCAB) as [ColumnRole, readonly string[]][]).map(
  ([role, words]) => ({ role, folded: words.map(fold) }),
);

function roleOf(seg: Segment): ColumnRole | null {
  const t = textOf(seg.words);
  const ft = fold(t);
  let best: { role: ColumnRole; sim: number } | null = null;
  if (ft.length > 0) {
    for (const { role, folded } of FOLDED_VOCAB) {
      for (const v of folded) {
        const sim = v.length === 0 ? 0 : similarityAtLeast(ft, v, 0.8);
        if (sim > 0 && (!best || sim > best.sim)) best = { role, sim };
      }
    }
  }
  if (!best && PER_CARAT.test(t.toLowerCase().replace(/[^a-z$]/g, ''))) return 'unit_price';
  return best?.role ?? null;
}

/** The column names a line holds, left to right; every table reader asks the same lines. */
const columnsOf = rememberByObject((line: Line): Column[] => {
  const cols: Column[] = [];
  for (const seg of segments(line, 1.6)) {
    const role = roleOf(seg);
    if (role) cols.push({ role, x0: seg.x0, x1: seg.x1 });
  }
  return cols;
});

/** The header: the line where most segments are column names, with at least two numeric ones. */
export function findHeader(
  lines: readonly Line[],
  need: readonly ColumnRole[],
): { index: number; columns: Column[] } | null {
  let best: { index: number; columns: Column[]; n: number } | null = null;
  lines.forEach((line, index) => {
    const cols = columnsOf(line);
    const n = cols.filter((c) => need.includes(c.role)).length;
    if (n >= Math.min(2, need.length) && (!best || n > best.n)) best = { index, columns: cols, n };
  });
  return best;
}

// A stray mark after a number ("358.13;") is OCR dust, not text.
// A number whose decimal mark OCR read as ":" or ";" ("82:59;" for 82,59).
const COLON_DECIMAL = /^\d{1,3}(?:[.,\s]\d{3})*[:;]\d{2}[.,:;]?$/u;
const isNumeric = (t: string) =>
  (/^[\d\s.,'()-]+[;:]?$/.test(t) && /\d/.test(t)) || COLON_DECIMAL.test(t);

/**
 * A run of number words that OCR merged across a column gap ("744.79 19.13" when the gap
 * shrank) is cut where its words fall under different columns; words of one number ("3 573,79")
 * stay under one.
 */
function splitByColumn(seg: Segment, cols: readonly Column[]): Segment[] {
  if (seg.words.length < 2) return [seg];
  const out: Word[][] = [];
  let prev: Column | null = null;
  for (const w of seg.words) {
    const col = nearestColumn(cols, w.x0, w.x1);
    const last = out[out.length - 1];
    if (last && (col === prev || !col || !prev)) last.push(w);
    else out.push([w]);
    prev = col ?? prev;
  }
  return out.map(makeSegment);
}

/**
 * Numeric cells of a row: segments made only of number-like words ("3 573,79" is one), and
 * the number-like tail of a segment whose text overflowed into a numeric column.
 */
function numericCells(line: Line, cols: readonly Column[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments(line, 1.6)) {
    if (seg.words.every((w) => isNumeric(w.text))) {
      out.push(...splitByColumn(seg, cols));
      continue;
    }
    let k = seg.words.length;
    while (k > 0 && isNumeric(seg.words[k - 1]?.text ?? '')) k -= 1;
    const tail = seg.words.slice(k);
    if (tail.length === 0) continue;
    const cell = makeSegment(tail);
    if (
      cols.some((c) => c.role !== 'description' && cell.x1 > c.x0 - 0.02 && cell.x0 < c.x1 + 0.02)
    ) {
      out.push(cell);
    }
  }
  return out;
}

function nearestColumn(cols: readonly Column[], x0: number, x1: number): Column | null {
  let best: Column | null = null;
  let bestD = Infinity;
  for (const c of cols) {
    const overlap = Math.min(c.x1, x1) - Math.max(c.x0, x0);
    const d =
      overlap > 0
        ? -overlap
        : Math.min(
            Math.abs(c.x1 - x1),
            Math.abs(c.x0 - x0),
            Math.abs((c.x0 + c.x1) / 2 - (x0 + x1) / 2),
          );
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD < 0.08 ? best : null;
}

export interface TableRead {
  rows: TableRow[];
  /** The printed text of each row's numeric cells, by role, for re-reading damaged numbers. */
  cells: Record<string, string>[];
  words: Word[];
}

/** Rows under the header until a "total" line, prose, or a gap of several lines. */
export function readTable(
  lines: readonly Line[],
  header: { index: number; columns: Column[] },
  numericRoles: readonly ColumnRole[],
): TableRead {
  const rows: TableRow[] = [];
  const raws: Record<string, string>[] = [];
  const words: Word[] = [];
  const descCol =
    header.columns.find((c) => c.role === 'description') ??
    header.columns.find((c) => c.role === 'parcel_id');
  let prevY = lines[header.index]?.y1 ?? 0;
  let prevLine: Line | undefined;
  let wordsBefore = 0;
  const headerH = 0.6 * ((lines[header.index]?.y1 ?? 0) - (lines[header.index]?.y0 ?? 0));
  for (let i = header.index + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    // Dust (":", "’") is no line of the table and no reason to end it.
    if (!line.words.some((w) => /[\p{L}\d]/u.test(w.text))) continue;
    const h = Math.max(line.y1 - line.y0, headerH);
    if (line.y0 - prevY > 3.5 * h) break;
    const text = textOf(line.words);
    if (/^(sub)?\s*total|^total|^tota1/iu.test(fold(text).replace(/^\d+/, ''))) break;
    const cells = numericCells(line, header.columns);
    const row: TableRow = {};
    const raw: Record<string, string> = {};
    const rowWords: Word[] = [];
    for (const cell of cells) {
      const col = nearestColumn(header.columns, cell.x0, cell.x1);
      if (!col || !numericRoles.includes(col.role) || row[col.role] !== undefined) continue;
      const t = textOf(cell.words);
      // The reading that uses every printed digit ("2 249 54" is 2,249.54, not 2,249).
      const n = numberReadings(t)[0] ?? readNumber(t)?.value;
      if (n === undefined) continue;
      raw[col.role] = t;
      row[col.role] = n;
      rowWords.push(...cell.words);
    }
    const filled = numericRoles.filter((r) => row[r] !== undefined).length;
    // A lone number under the rows, with neither description nor id, is a totals line whose
    // caption OCR lost.
    if (rows.length > 0 && cells.length === 1 && line.words.every((w) => isNumeric(w.text))) break;
    const prevId = rows[rows.length - 1]?.parcel_id;
    const id =
      filled === 0 && descCol?.role === 'parcel_id'
        ? idWords(line, descCol, header.columns, [])
        : [];
    if (typeof prevId === 'string' && sameShape(textOf(id), prevId)) {
      // A parcel whose number OCR could not read ("82/59;") keeps its place: its id follows
      // the one above, and the printed total may give its number back.
      rows.push({ parcel_id: textOf(id) });
      raws.push({});
      words.push(...id);
      prevY = line.y1;
      prevLine = line;
      continue;
    }
    if (filled === 0) {
      // A wrapped description continues the previous row; anything else ends the table.
      const last = rows[rows.length - 1];
      // A word level with the row above is that row's, split off by OCR's overlapping boxes
      // ("Gem rough +10.8" and its "ct"): the table goes on.
      if (last && cells.length === 0 && prevLine && overlapsY(line, prevLine) > 0.6) {
        if (typeof last.description === 'string') last.description = `${last.description} ${text}`;
        continue;
      }
      if (
        last &&
        typeof last.description === 'string' &&
        cells.length === 0 &&
        descCol &&
        line.words[0] &&
        Math.abs(line.words[0].x0 - descCol.x0) < 0.05
      ) {
        last.description = `${last.description} ${text}`;
        prevY = line.y1;
        continue;
      }
      if (rows.length > 0) break;
      // A first row whose numbers OCR lost still holds the table's place.
      if (cells.length > 0) prevY = line.y1;
      continue;
    }
    if (descCol) {
      const left = line.words.filter(
        (w) =>
          !rowWords.includes(w) &&
          w.x0 >= descCol.x0 - 0.03 &&
          w.x1 <= (nextColumnStart(header.columns, descCol) ?? 1),
      );
      if (descCol.role === 'description') {
        row.description = textOf(left);
        // Fewer numbers than the row above and no description: a totals line whose caption
        // OCR garbled ("3 at 4,744.79" for "Total carats 4,744.79").
        const prev = rows[rows.length - 1];
        const prevFilled = prev ? numericRoles.filter((r) => prev[r] !== undefined).length : 0;
        if (prev && filled < prevFilled && row.description.replace(/[^\p{L}]/gu, '').length < 3) {
          break;
        }
      } else {
        const own = idWords(line, descCol, header.columns, rowWords);
        if (own.length > 0) {
          row.parcel_id = textOf(own);
          rowWords.push(...own);
        }
      }
    }
    rows.push(row);
    raws.push(raw);
    wordsBefore = words.length;
    words.push(...rowWords);
    prevY = line.y1;
    prevLine = line;
  }
  if (isSumRow(rows)) {
    rows.pop();
    raws.pop();
    words.splice(wordsBefore);
  }
  return { rows, cells: raws, words };
}

/** Columns a totals line adds up. */
const SUMMED = ['carats', 'amount'] as const;

/**
 * The last row repeats the sum of every row above it (two or more) in a summed column: it is
 * the totals line, whose caption OCR lost or read as an id ("5   7,477.77" under five
 * parcels), not one more row.
 */
function isSumRow(rows: readonly TableRow[]): boolean {
  const last = rows[rows.length - 1];
  const above = rows.slice(0, -1);
  if (!last || above.length < 2) return false;
  return SUMMED.some((role) => {
    const total = last[role];
    if (typeof total !== 'number') return false;
    let sum = 0;
    for (const r of above) {
      const v = r[role];
      if (typeof v !== 'number') return false;
      sum += v;
    }
    return Math.abs(sum - total) < 0.011;
  });
}

/** The words in the id column, not taken by a number, from the first with a digit. */
function idWords(line: Line, col: Column, cols: readonly Column[], taken: readonly Word[]): Word[] {
  const left = line.words.filter(
    (w) => !taken.includes(w) && w.x0 >= col.x0 - 0.03 && w.x1 <= (nextColumnStart(cols, col) ?? 1),
  );
  // An id whose dash OCR read as a gap ("003 02") is one id: its adjacent words join.
  const first = left.findIndex((w) => /\d/.test(w.text));
  const id: Word[] = [];
  for (const w of left.slice(first < 0 ? left.length : first)) {
    const prev = id[id.length - 1];
    if (prev && (w.x0 - prev.x1 > 1.5 * line.charW || !/\d/.test(w.text))) break;
    id.push(w);
  }
  return id;
}

/** Two ids printed alike: the same letters and marks, digits where the other has digits. */
const sameShape = (a: string, b: string): boolean =>
  /\d/u.test(a) && a.replace(/\d/gu, '9') === b.replace(/\d/gu, '9');

function nextColumnStart(cols: readonly Column[], c: Column): number | null {
  const after = cols.filter((o) => o.x0 > c.x1).map((o) => o.x0);
  return after.length > 0 ? Math.min(...after) - 0.005 : null;
}
