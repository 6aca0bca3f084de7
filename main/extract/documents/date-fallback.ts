// Dates whose captions OCR lost: a certificate's unlabelled dates still order themselves
// (issue before expiry), and a document with one date-bearing field takes its only date.
import type { Word } from '../../ingest/word';
import type { Candidate, PageContext } from '../fields/engine';
import { readDate } from '../fields/parsers';
import { segments, textOf } from '../layout/lines';

const iso = (c: Candidate): string => (typeof c.value === 'string' ? c.value : '');

function pageDates(ctxs: readonly PageContext[], taken: Set<Word>): Candidate[] {
  const out: Candidate[] = [];
  for (const ctx of ctxs) {
    for (const line of ctx.lines) {
      for (const seg of segments(line)) {
        const words = seg.words.filter((w) => !ctx.isLabel.has(w) && !taken.has(w));
        if (words.length === 0 || words.length > 5) continue;
        const d = readDate(textOf(words));
        if (d)
          out.push({
            field: '',
            value: d,
            words,
            text: textOf(words),
            score: 0.35,
            page: ctx.pageNo,
          });
      }
    }
  }
  return out;
}

export function fillDates(
  ctxs: readonly PageContext[],
  chosen: Map<string, Candidate>,
  fields: readonly string[],
): void {
  const missing = fields.filter((f) => !chosen.has(f));
  if (missing.length === 0) return;
  const taken = new Set([...chosen.values()].flatMap((c) => c.words));
  const dates = pageDates(ctxs, taken).sort((a, b) => iso(a).localeCompare(iso(b)));
  if (dates.length === 0) return;
  const [first, second] = fields;
  if (fields.length === 1 && first) {
    chosen.set(first, { ...(dates[0] as Candidate), field: first });
    return;
  }
  if (!first || !second) return;
  const a = chosen.get(first);
  const b = chosen.get(second);
  const earliest = dates[0];
  const latest = dates[dates.length - 1];
  if (!a && !b && dates.length >= 2 && earliest && latest) {
    chosen.set(first, { ...earliest, field: first });
    chosen.set(second, { ...latest, field: second });
  } else if (!a && b) {
    const before = dates.filter((d) => iso(d) < iso(b)).pop();
    if (before) chosen.set(first, { ...before, field: first });
  } else if (a && !b) {
    const after = dates.find((d) => iso(d) > iso(a));
    if (after) chosen.set(second, { ...after, field: second });
  }
}
