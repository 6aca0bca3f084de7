// What an air waybill says even when OCR garbles its small box captions: the pieces / gross
// weight / kg row ("1  6.7  K"), airport codes standing alone in their boxes (departure
// before destination), a flight with its date ("LX728/05MAY23"), and the customs value
// printed as a currency and an amount beside the carriage value ("NVD   USD 640972.34").
import type { Word } from '../../ingest/word';
import type { Candidate, PageContext } from '../fields/engine';
import { readNumber } from '../fields/parsers';
import { CRUMB } from '../fields/read-value';
import { parseCurrency } from '../normalize/currency';
import { numberReadings } from '../normalize/number-readings';
import { parseCompactDate } from '../normalize/compact-date';

export const NOT_AIRPORTS = new Set([
  'USD',
  'EUR',
  'NVD',
  'NCV',
  'AWB',
  'KGS',
  'THE',
  'AND',
  'FOR',
  'CM',
  'NOT',
  'ARE',
  'ALL',
  'ANY',
  'TAX',
  'DUE',
  'RCP',
]);
// "K", "KG", and the box rule OCR glues to them ("IK", "|K").
const KG = /^[|Il1]?(K|KG|KGS)$/iu;
const LB = /^[|Il1]?(L|LB|LBS)$/iu;
// A date as airlines print it ("05MAY23"), misread or not ("BSMAY23", "120CT22").
const DATE_SHAPE = /^\S{1,3}(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|[O0]CT|NOV|DEC)\d{2,4}$/iu;
// No declared value: the carriage box's usual content, beside which the customs value sits.
const NO_VALUE = /^(NVD|NCV|N\.V\.D\.?|N\.C\.V\.?)$/iu;

/** A word OCR was sure of, as tall as the values around it (not a caption's crumb). */
function solid(w: Word, lineH: number): boolean {
  return w.confidence >= 0.6 && w.y1 - w.y0 >= 0.6 * lineH;
}

/**
 * "6.7  K  7.0" with the pieces lost: the gross weight is the number before the kg mark when
 * the chargeable weight after it is no less (it is the gross weight or more, rounded up).
 */
function weightBeforeChargeable(ws: readonly Word[], page: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < ws.length; i++) {
    const [b, c, d] = [ws[i], ws[i + 1], ws[i + 2]];
    if (!b || !c || !d || !KG.test(c.text) || b.confidence < 0.5) continue;
    if (!/^\d+([.,]\d+)?$/u.test(b.text) || !/^\d+([.,]\d+)?$/u.test(d.text)) continue;
    const [w, charged] = [readNumber(b.text), readNumber(d.text)];
    if (!w || !charged || !(w.value > 0) || charged.value < w.value) continue;
    out.push({
      field: 'gross_weight_kg',
      value: w.value,
      words: [b],
      text: b.text,
      score: 0.45,
      page,
    });
  }
  return out;
}

function piecesAndWeight(ws: readonly Word[], page: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < ws.length; i++) {
    const [a, b, c] = [ws[i], ws[i + 1], ws[i + 2]];
    if (!a || !b || !c) continue;
    // One piece is often read as "i" or "l" in this row, with a stray mark glued before it
    // when OCR was unsure ("fl", "sl"): no word sits before the weight in this box.
    const digits = a.confidence < 0.6 ? a.text.replace(/^\p{L}(?=[Iil|1]$)/u, '') : a.text;
    const pieces = /^[\dIil|]{1,3}$/u.test(digits) ? Number(digits.replace(/[Iil|]/gu, '1')) : NaN;
    if (!(pieces > 0) || !/^\d+([.,]\d+)?$/.test(b.text)) continue;
    if (!KG.test(c.text) && !LB.test(c.text)) continue;
    out.push({ field: 'pieces', value: pieces, words: [a], text: a.text, score: 0.5, page });
    const w = readNumber(b.text);
    // A weight OCR was unsure of ("257" for 2.7) is worse than none: the row has no check.
    if (w && KG.test(c.text) && b.confidence >= 0.5) {
      out.push({
        field: 'gross_weight_kg',
        value: w.value,
        words: [b],
        text: b.text,
        score: 0.5,
        page,
      });
    }
  }
  return out;
}

/** "USD 640972.34": a currency code or sign, then an amount with cents. */
function currencyAmounts(ws: readonly Word[]): { cur: Word; amt: Word; cc: string; v: number }[] {
  const out: { cur: Word; amt: Word; cc: string; v: number }[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const [cur, amt] = [ws[i], ws[i + 1]];
    if (!cur || !amt || !/^[A-Z]{3}$|^[$€£]$/u.test(cur.text)) continue;
    const cc = parseCurrency(cur.text);
    if (!cc || !/^\d[\d.,']*\d$/u.test(amt.text)) continue;
    const v = numberReadings(amt.text)[0];
    if (v !== undefined && v > 0) out.push({ cur, amt, cc, v });
  }
  return out;
}

export function awbPatternCandidates(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  const page = ctx.pageNo;
  const airports: Candidate[] = [];
  const issuedAt: Candidate[] = [];
  const values: { c: Candidate; cc: Candidate; beside: boolean }[] = [];
  for (const line of ctx.lines) {
    // Box rules read as "|" or "[" are not words.
    const ws = line.words.filter((w) => !ctx.isLabel.has(w) && /[\p{L}\d]/u.test(w.text));
    // A speck OCR doubted just before the kg mark ("6.1  I  K") is not a word of the row.
    const row = ws.filter(
      (w, i) => !(w.confidence < CRUMB && !/\d/u.test(w.text) && KG.test(ws[i + 1]?.text ?? '')),
    );
    out.push(...piecesAndWeight(row, page), ...weightBeforeChargeable(row, page));
    const first = ws[0];
    // Box rules ("|") stretch a line's height: compare with the words that carry letters.
    // Of two words, the lower height: OCR pads some boxes ("13MAR23" twice as tall as "GBE").
    const heights = ws.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    const lineH = heights[Math.floor((heights.length - 1) / 2)] ?? 0;
    if (
      first &&
      /^[A-Z]{3}$/.test(first.text) &&
      !NOT_AIRPORTS.has(first.text) &&
      solid(first, lineH)
    ) {
      const next = ws[1];
      // A code alone at the start of its box, not the first word of a sentence.
      if (!next || next.x0 - first.x1 > 3 * line.charW) {
        airports.push({
          field: '',
          value: first.text,
          words: [first],
          text: first.text,
          score: 0.4,
          page,
        });
      }
    }
    // "Executed on 05MAY23 at LAD": the waybill is issued where the goods leave.
    const at = ws.findIndex(
      (w, i) => i > 0 && DATE_SHAPE.test(ws[i - 1]?.text ?? '') && /^[A-Z]{3}$/u.test(w.text),
    );
    const place = ws[at];
    if (place && !NOT_AIRPORTS.has(place.text) && solid(place, lineH)) {
      issuedAt.push({
        field: 'departure_airport',
        value: place.text,
        words: [place],
        text: place.text,
        score: 0.4,
        page,
      });
    }
    for (const w of ws) {
      // The carrier code may be misread ("$Q728"): the flight number and the date carry it.
      const m = /^\S{2}\d{1,4}\/([0-9A-Z]{5,9})$/u.exec(w.text);
      const d = m?.[1] ? parseCompactDate(m[1]) : null;
      if (d)
        out.push({ field: 'flight_date', value: d, words: [w], text: w.text, score: 0.5, page });
    }
    const beside = ws.some((w) => NO_VALUE.test(w.text));
    for (const { cur, amt, cc, v } of currencyAmounts(ws)) {
      const c: Candidate = {
        field: 'declared_value',
        value: v,
        words: [amt],
        text: amt.text,
        score: 0,
        page,
      };
      const ccC: Candidate = {
        field: 'currency',
        value: cc,
        words: [cur],
        text: cur.text,
        score: 0,
        page,
      };
      values.push({ c, cc: ccC, beside });
    }
  }
  // The customs value: beside "NVD" when there is one, else the largest amount on the page
  // (the other amounts of a waybill are freight charges, far smaller than a diamond parcel).
  const amounts = values.map((x) => Number(x.c.value)).sort((a, b) => b - a);
  const [largest = 0, second = Infinity] = amounts;
  for (const { c, cc, beside } of values) {
    // Alone, the largest is trusted only when it dwarfs a freight charge seen beside it.
    const top = Number(c.value) === largest && largest >= 20 * second;
    const score = beside ? 0.5 : top ? 0.35 : 0;
    if (score > 0) out.push({ ...c, score }, { ...cc, score: score * 0.9 });
  }
  const [issued] = issuedAt;
  if (issued) {
    // The place of issue is the departure: the other code standing alone is the destination.
    const dest = airports.find((a) => a.value !== issued.value);
    out.push(issued);
    if (dest) out.push({ ...dest, field: 'destination_airport' });
  } else if (airports.length >= 2) {
    // Departure above destination; a code alone could be either, and is left unread.
    const [dep, dest] = airports;
    if (dep) out.push({ ...dep, field: 'departure_airport' });
    if (dest) out.push({ ...dest, field: 'destination_airport' });
  }
  return out;
}
