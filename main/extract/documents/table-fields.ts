// Candidates that come from tables rather than labels: invoice lots and their totals row,
// packing-list parcels, and counts of parcels written in words ("in 3 sealed parcels").
import type { Candidate, PageContext } from '../fields/engine';
import { findHeader, readTable } from '../fields/tables';
import { readNumber } from '../fields/parsers';
import { fold, levenshtein } from '../layout/fuzzy';
import { segments, textOf } from '../layout/lines';
import type { TableRow } from '../types';
import { repairParcelSequence } from '../normalize/parcel-sequence';
import { checkRow, columnSum, rememberCells } from './line-arithmetic';

const num = (r: TableRow, k: string): number | undefined => {
  const v = r[k];
  return typeof v === 'number' ? v : undefined;
};

export function invoiceTableCandidates(ctx: PageContext): Candidate[] {
  const header = findHeader(ctx.lines, ['carats', 'unit_price', 'amount']);
  if (!header) return [];
  const t = readTable(ctx.lines, header, ['carats', 'unit_price', 'amount', 'parcels']);
  const rows = t.rows.filter(
    (r) => num(r, 'carats') !== undefined || num(r, 'amount') !== undefined,
  );
  if (rows.length === 0) return [];
  const out: Candidate[] = [];
  const page = ctx.pageNo;
  const lines = rows.map((r) => {
    const row: TableRow = { description: typeof r.description === 'string' ? r.description : '' };
    for (const k of ['carats', 'unit_price', 'amount']) {
      const v = num(r, k);
      if (v !== undefined) row[k] = v;
    }
    rememberCells(row, t.cells[t.rows.indexOf(r)] ?? {});
    return checkRow(row).row;
  });
  const text = lines.map((r) => [r.carats, r.unit_price, r.amount].join(' | ')).join('; ');
  out.push({ field: 'lines', value: lines, words: t.words, text, score: 0.9, page });
  out.push({
    field: 'total_carats',
    value: columnSum(lines, 'carats'),
    words: [],
    text: '',
    score: 0.45,
    page,
  });
  out.push({
    field: 'total_amount',
    value: columnSum(lines, 'amount'),
    words: [],
    text: '',
    score: 0.42,
    page,
  });
  if (rows.every((r) => num(r, 'parcels') !== undefined)) {
    const parcels = columnSum(rows, 'parcels');
    out.push({ field: 'parcels', value: parcels, words: [], text: '', score: 0.55, page });
  }
  // The totals row under the table: its cells sit in the carats and amount columns.
  const after = ctx.lines
    .slice(header.index + 1)
    .find(
      (l) => /^\W*total/iu.test(textOf(l.words)) || /\btotal\b/iu.test(textOf(l.words.slice(0, 3))),
    );
  const cells = after
    ? segments(after, 1.6).filter((seg) => /^[\d\s.,']+$/.test(textOf(seg.words)))
    : [];
  if (after && cells.length >= 2) {
    for (const seg of cells) {
      const txt = textOf(seg.words);
      if (!/^[\d\s.,']+$/.test(txt)) continue;
      const n = readNumber(txt);
      const col = header.columns.find((c) => seg.x1 > c.x0 - 0.03 && seg.x0 < c.x1 + 0.03);
      if (!n || !col) continue;
      const field =
        col.role === 'carats' ? 'total_carats' : col.role === 'amount' ? 'total_amount' : null;
      if (field)
        out.push({ field, value: n.value, words: seg.words, text: txt, score: 0.88, page });
    }
  }
  return out;
}

export function packingTableCandidates(ctx: PageContext): Candidate[] {
  const header = findHeader(ctx.lines, ['carats', 'parcel_id']);
  if (!header) return [];
  const t = readTable(ctx.lines, header, ['carats']);
  // A row without carats is a parcel whose number OCR could not read (reconcilePacking may
  // give it back from the printed total); it counts as a parcel all the same.
  const rows = t.rows;
  if (!rows.some((r) => num(r, 'carats') !== undefined)) return [];
  const ids = repairParcelSequence(
    rows.map((r) => (typeof r.parcel_id === 'string' ? r.parcel_id : '')),
  );
  const value = rows.map((r, i) => {
    const c = num(r, 'carats');
    const row: TableRow =
      c === undefined ? { parcel_id: ids[i] ?? '' } : { parcel_id: ids[i] ?? '', carats: c };
    rememberCells(row, t.cells[i] ?? {});
    return row;
  });
  const text = value.map((r) => `${String(r.parcel_id)} ${String(r.carats ?? '?')}`).join('; ');
  const page = ctx.pageNo;
  const out: Candidate[] = [
    { field: 'parcel_lines', value, words: t.words, text, score: 0.9, page },
    { field: 'parcels', value: rows.length, words: [], text: '', score: 0.4, page },
  ];
  if (value.every((r) => num(r, 'carats') !== undefined)) {
    const sum = columnSum(value, 'carats');
    out.push({ field: 'total_carats', value: sum, words: [], text: '', score: 0.42, page });
  }
  return out;
}

// "sealed" in EN/FR/PT, also as OCR spells it ("seafe", "sealec").
const isSealed = (t: string): boolean => {
  const f = fold(t);
  return ['sealed', 'scelles', 'selados'].some((w) => levenshtein(f, w) <= (f.length >= 5 ? 2 : 0));
};

/** "4 parcel(s)", "in 2 sealed parcels", "3 colis": a count of parcels stated in passing. */
export function parcelCountCandidates(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.lines.forEach((line, li) => {
    const ws = line.words;
    // A description that wraps after "sealed" carries its "parcels" on the next line, at the
    // description's left edge.
    const below = ctx.lines[li + 1]?.words.find((w) => Math.abs(w.x0 - (ws[0]?.x0 ?? -1)) < 0.02);
    for (let i = 0; i < ws.length - 1; i++) {
      const n = ws[i];
      if (!n || !/^\d{1,4}$/.test(n.text)) continue;
      const after = ws.slice(i + 1, i + 3);
      const sealed = ws[i + 1];
      const then = ws[i + 2];
      // "sealed" ends its run of words (a table cell or the line's end follows): wrapped.
      if (
        sealed &&
        below &&
        isSealed(sealed.text) &&
        (!then || then.x0 - sealed.x1 > 2 * line.charW)
      ) {
        after.splice(1, 1, below);
      }
      const next = after.map((w) => w.text.toLowerCase()).join(' ');
      if (
        /^(sealed |scellés? |selados? )?(parcels?|parcel\(s\)|colis|volumes|lots)\b/u.test(next) ||
        (isSealed(after[0]?.text ?? '') && /^\S+ parc/u.test(next))
      ) {
        out.push({
          field: 'parcels',
          value: Number(n.text),
          words: [n],
          text: n.text,
          score: 0.5,
          page: ctx.pageNo,
        });
      }
    }
  });
  return out;
}
