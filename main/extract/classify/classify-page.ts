// Which kind of document a page is: a score per type from its title (how well it matches,
// how high on the page and how large it is printed) and from how many of the type's field
// labels appear on it. Below a floor the page is `other`.
import type { Word } from '../../ingest/word';
import { SPECS } from '../documents/extract-type';
import { findLabels, prepare } from '../fields/labels';
import { type Line, linesOf, textOf } from '../layout/lines';
import { awbCheckDigitValid, awbNumbersIn } from '../normalize/awb-number';
import { DOC_TYPES, type DocType, type KnownDocType } from '../types';
import { CONTINUATION, TITLES } from './titles';

export interface PageClass {
  type: DocType;
  confidence: number;
  scores: Record<KnownDocType, number>;
  /** A title of the winning type is printed prominently: the page starts a document. */
  titled: boolean;
  continuation: boolean;
}

const OTHER_FLOOR = 0.3;
const TITLE_PHRASES = prepare(TITLES);
const LABEL_PHRASES = Object.fromEntries(
  DOC_TYPES.map((t) => {
    const labels: Record<string, readonly (string | readonly [string, number])[]> = {};
    for (const [f, s] of Object.entries(SPECS[t].fields)) labels[f] = s.labels;
    return [t, prepare(labels)];
  }),
) as Record<KnownDocType, ReturnType<typeof prepare>>;

/**
 * An air waybill prints its number (3-digit airline prefix, 8 digits ending in the check
 * digit) at its top, its top right and its foot; a document that only refers to a waybill
 * names it once. The same valid number read twice counts as a waybill title this strong,
 * for scans whose printed title and small captions were lost.
 */
const REPEATED_AWB_NUMBER = 0.8;

/** Whether one valid air waybill number is printed on the page more than once. */
function repeatsAwbNumber(lines: readonly Line[]): boolean {
  const seen = new Set<string>();
  for (const line of lines) {
    for (const n of awbNumbersIn(textOf(line.words))) {
      if (!awbCheckDigitValid(n)) continue;
      if (seen.has(n)) return true;
      seen.add(n);
    }
  }
  return false;
}

function medianHeight(lines: readonly Line[]): number {
  const hs = lines.map((l) => l.y1 - l.y0).sort((a, b) => a - b);
  return hs[Math.floor(hs.length / 2)] ?? 0.01;
}

export function classifyPage(words: readonly Word[]): PageClass {
  const lines = linesOf(words);
  const mh = medianHeight(lines);
  const title = {} as Record<KnownDocType, number>;
  for (const t of DOC_TYPES) title[t] = 0;
  for (const h of findLabels(lines, TITLE_PHRASES)) {
    const t = h.field as KnownDocType;
    const top = h.y0 < 0.3 ? 1 : h.y0 < 0.5 ? 0.75 : 0.5;
    const size = Math.min(1.5, Math.max(0.8, (h.y1 - h.y0) / mh));
    title[t] = Math.max(title[t], h.score * top * (size / 1.5));
  }
  if (repeatsAwbNumber(lines)) title.airway_bill = Math.max(title.airway_bill, REPEATED_AWB_NUMBER);
  const scores = {} as Record<KnownDocType, number>;
  for (const t of DOC_TYPES) {
    const phrases = LABEL_PHRASES[t];
    const fields = new Set(findLabels(lines, phrases).map((h) => h.field));
    const total = Object.keys(SPECS[t].fields).length;
    scores[t] = 0.6 * title[t] + 0.4 * Math.min(1, fields.size / Math.max(1, total * 0.6));
  }
  const ranked = [...DOC_TYPES].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0] ?? 'kp_certificate';
  const second = ranked[1] ?? best;
  const margin = scores[best] - scores[second];
  const confidence = Math.round(Math.min(1, scores[best] * 0.7 + margin * 1.2) * 1000) / 1000;
  const text = words.map((w) => w.text).join(' ');
  return {
    type: scores[best] < OTHER_FLOOR ? 'other' : best,
    confidence,
    scores,
    titled: title[best] >= 0.5,
    continuation: CONTINUATION.test(text),
  };
}
