// Values whose captions OCR lost, recognised by their shape alone in the document's header (above
// its line table): a reference like "PL-23-0373" or "INV-2022-0106" standing by itself, a KP
// certificate number, a country name alone in its box. Scores stay below any labelled reading,
// so these only fill fields no label gave.
import type { Candidate, PageContext } from '../fields/engine';
import { findCertificateNumbers, readAwbNumber, readDate, readOrigins } from '../fields/parsers';
import { findHeader, type ColumnRole } from '../fields/tables';
import { type Line, type Segment, segments, textOf } from '../layout/lines';
import { lookupCountry, parseCountry } from '../normalize/country';
import { hasLegalForm } from '../normalize/legal-forms';

// Letters (optional), then digit groups joined by "-" or "/": INV-2022-0106, 2023/373, F-23-00128.
const REFERENCE = /^(?=.*\d{2})[A-Z]{0,5}[-/]?\d{1,6}(?:[-/][A-Z0-9]{1,8}){1,3}$/u;

export interface StandaloneFields {
  reference?: string;
  certificates?: string;
  origin?: string;
}

export const INVOICE_TABLE: readonly ColumnRole[] = ['carats', 'unit_price', 'amount'];
export const INVOICE_STANDALONE: StandaloneFields = {
  reference: 'invoice_number',
  origin: 'country_of_origin',
};
export const PACKING_TABLE: readonly ColumnRole[] = ['carats', 'parcel_id'];
export const PACKING_STANDALONE: StandaloneFields = {
  reference: 'reference',
  certificates: 'kp_certificate_numbers',
  origin: 'country_of_origin',
};

/** The part of the page above the line table: where a document's header values sit. */
function headerLines(ctx: PageContext, table: readonly ColumnRole[]): Line[] {
  const header = findHeader(ctx.lines, table);
  return header ? ctx.lines.slice(0, header.index) : ctx.lines.filter((l) => l.y0 < 0.5);
}

/**
 * Whether the segment continues text before it: the same line's previous run ends in a comma
 * ("Hong Kong, | China" split by a gap), or a line just above, aligned with it, ends in a comma
 * or a company's legal form (an address's last line).
 */
function continues(lines: readonly Line[], li: number, seg: Segment, before?: Segment): boolean {
  if (before && /,\s*$/u.test(textOf(before.words))) return true;
  const h = seg.y1 - seg.y0;
  for (let k = li - 1; k >= 0 && k >= li - 2; k--) {
    const above = lines[k];
    if (!above || seg.y0 - above.y1 > 1.5 * h) break;
    const run = segments(above).find((s) => Math.abs(s.x0 - seg.x0) < 0.015);
    if (!run) continue;
    const t = textOf(run.words);
    return /,\s*$/u.test(t) || hasLegalForm(t);
  }
  return false;
}

/**
 * Countries and nothing else: "mixed", one name ("Angola"), or a list ("Botswana, Canada, Afrique du
 * Sud") whose every part names one. One word must name a country exactly ("GRAVE" is a crumb,
 * not Greece); a longer name may carry an OCR error ("Fedeération de Russie").
 */
function countriesOnly(text: string, wordCount: number): string[] | null {
  const mixed = readOrigins(text);
  // "Mixed", "Mixte (origines multiples)": the declaration of mixed origin, alone in its box.
  if (wordCount <= 4 && mixed?.length === 1 && mixed[0] === 'MIXED') return mixed;
  const parts = text.split(/\s*[,;/]\s*/u).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 6) return null;
  if (parts.length === 1 && wordCount > 4) return null;
  // Two capitals alone are a caption's fragment as often as a code ("KP" of "KP certificate",
  // "HS", "ID"): without a caption, only a name says it is a country.
  if (parts.some((p) => /^\p{Lu}{2}$/u.test(p))) return null;
  const each = parts.map((p) => (/\s/u.test(p) ? parseCountry(p) : lookupCountry(p)));
  if (each.some((c) => c === null)) return null;
  const origins = readOrigins(text);
  return origins && origins.length === new Set(each).size ? origins : null;
}

export function standaloneCandidates(
  ctx: PageContext,
  table: readonly ColumnRole[],
  fields: StandaloneFields,
): Candidate[] {
  const out: Candidate[] = [];
  const page = ctx.pageNo;
  const lines = headerLines(ctx, table);
  lines.forEach((line, li) => {
    const segs = segments(line);
    segs.forEach((seg, si) => {
      if (seg.words.some((w) => ctx.isLabel.has(w))) return;
      const words = seg.words.filter((w) => /[\p{L}\d]/u.test(w.text));
      const text = textOf(words);
      if (words.length === 0) return;
      const cert = findCertificateNumbers(text)[0];
      if (fields.certificates && cert && cert.raw.length >= text.length - 1) {
        out.push({
          field: fields.certificates,
          value: [cert.value],
          words,
          text,
          score: 0.35,
          page,
        });
        return;
      }
      const one = words.length === 1 ? words[0] : undefined;
      if (
        fields.reference &&
        one &&
        REFERENCE.test(one.text) &&
        !readDate(one.text) &&
        !readAwbNumber(one.text)
      ) {
        out.push({ field: fields.reference, value: one.text, words, text, score: 0.3, page });
        return;
      }
      if (fields.origin && !/\d/u.test(text) && !continues(lines, li, seg, segs[si - 1])) {
        const origins = countriesOnly(text, words.length);
        if (origins) {
          out.push({ field: fields.origin, value: origins, words, text, score: 0.3, page });
        }
      }
    });
  });
  return out;
}
