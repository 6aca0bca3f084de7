// What an air waybill says even when OCR garbles its small box captions: the pieces / gross
// weight / kg row ("1  6.7  K"), airport codes standing alone in their boxes (departure
// before destination), and a flight with its date ("LX728/05MAY23").
import type { Candidate, PageContext } from '../fields/engine';
import { readDate, readNumber } from '../fields/parsers';

const NOT_AIRPORTS = new Set(['USD', 'EUR', 'NVD', 'NCV', 'AWB', 'KGS', 'THE', 'AND', 'FOR', 'CM']);

export function awbPatternCandidates(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  const page = ctx.pageNo;
  const airports: Candidate[] = [];
  for (const line of ctx.lines) {
    // Box rules read as "|" or "[" are not words.
    const ws = line.words.filter((w) => !ctx.isLabel.has(w) && /[\p{L}\d]/u.test(w.text));
    for (let i = 0; i + 2 < ws.length; i++) {
      const [a, b, c] = [ws[i], ws[i + 1], ws[i + 2]];
      if (!a || !b || !c) continue;
      if (
        !/^\d{1,3}$/.test(a.text) ||
        !/^\d+([.,]\d+)?$/.test(b.text) ||
        !/^(K|KG|kg|L|LB)$/.test(c.text)
      )
        continue;
      const w = readNumber(b.text);
      out.push({
        field: 'pieces',
        value: Number(a.text),
        words: [a],
        text: a.text,
        score: 0.5,
        page,
      });
      if (w && /^K/i.test(c.text)) {
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
    const first = ws[0];
    if (first && /^[A-Z]{3}$/.test(first.text) && !NOT_AIRPORTS.has(first.text)) {
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
    for (const w of ws) {
      const m = /^[A-Z0-9]{2}\d{1,4}\/(\d{1,2}[A-Z]{3}\d{2,4})$/.exec(w.text);
      const d = m?.[1] ? readDate(m[1]) : null;
      if (d)
        out.push({ field: 'flight_date', value: d, words: [w], text: w.text, score: 0.5, page });
    }
  }
  const [dep, dest] = airports;
  if (dep) out.push({ ...dep, field: 'departure_airport' });
  if (dest) out.push({ ...dest, field: 'destination_airport' });
  return out;
}
