// The layout-independent reader: labels found fuzzily anywhere on the page, values read to
// their right or below, each reading validated by kind, and every field given the best
// candidate whose words no better-scored field has already taken.
import type { Word } from '../../ingest/word';
import { type Line, linesOf, textOf } from '../layout/lines';
import { rememberByObject } from '../memo';
import { isLegalForm } from '../normalize/legal-forms';
import { misreadLegalForm } from '../normalize/legal-form-ocr';
import type { FieldValue } from '../types';
import { interpret, type Kind } from './kinds';
import {
  findLabels,
  foldLabel,
  labelWordSet,
  type LabelHit,
  type Phrase,
  type Prepared,
  prepare,
} from './labels';
import {
  extendAligned,
  readAbove,
  readBelow,
  readFarRight,
  readRight,
  type ValueSpan,
} from './read-value';
import { joinLines } from './join-lines';
import { readBand } from './read-band';
import { crumbFigure, lostMarks } from './crumb-figure';
import { dropStrayLead } from './stray-lead';
import { withNameAbove } from './wrapped-name';
import { nameCutShort } from './name-tail';
import { unreadAsterisks } from './unread-asterisks';

const LOOSE = new Set<Kind>(['name', 'text', 'address']);
const NUMERIC = new Set<Kind>(['amount', 'carats', 'weight']);

/**
 * Kinds whose values validate strictly enough to be looked for above a label too, or past a
 * garbled caption beside it.
 */
const STRICT = new Set<Kind>([
  'origins',
  'country',
  'date',
  'hs_codes',
  'certificate',
  'certificates',
  'awb',
]);

export interface FieldSpec {
  kind: Kind;
  labels: readonly Phrase[];
  /** Where values sit relative to this field's labels; both by default. */
  where?: 'right' | 'below' | 'both';
  /** Lines a value may span (addresses). */
  maxLines?: number;
  /** Also look for the value's pattern anywhere on the page, at this score. */
  scan?: number;
  /** May read words another field also reads (a currency inside an amount). */
  shares?: boolean;
}

export interface DocSpec {
  fields: Record<string, FieldSpec>;
  /** Phrases that are labels of nothing we read ("Due date"): they only block other matches. */
  ignore?: readonly Phrase[];
  /** Generic address labels ("Address", "Adresse") and the name fields they may belong to. */
  addressOf?: { labels: readonly Phrase[]; parties: Record<string, string> };
}

export interface Candidate {
  field: string;
  /** How the value sat relative to its label, when it came from one. */
  where?: 'right' | 'below' | 'above';
  value: FieldValue;
  words: Word[];
  text: string;
  score: number;
  page: number;
}

export interface PageContext {
  pageNo: number;
  lines: Line[];
  hits: LabelHit[];
  isLabel: Set<Word>;
}

/** Every phrase a spec looks for: its fields' labels, the ones it ignores, address labels. */
const phrasesOf = rememberByObject((spec: DocSpec): Prepared[] => {
  const labels: Record<string, readonly Phrase[]> = {};
  for (const [f, s] of Object.entries(spec.fields)) labels[f] = s.labels;
  if (spec.ignore) labels._ignore = spec.ignore;
  if (spec.addressOf) labels._address = spec.addressOf.labels;
  return prepare(labels);
});

export function pageContext(pageNo: number, words: readonly Word[], spec: DocSpec): PageContext {
  const lines = linesOf(words);
  const hits = findLabels(lines, phrasesOf(spec));
  return { pageNo, lines, hits, isLabel: labelWordSet(lines, hits) };
}

/**
 * A company name wrapped before its legal form ("Antwerp Rough Sorting" / "BVBA", "Van Loon &
 * Peeters" / "Diamonds NV"): a short run aligned under the name that ends in a legal form.
 */
function withLegalForm(ctx: PageContext, span: ValueSpan): ValueSpan {
  const first = span.words[0];
  const last = span.words[span.words.length - 1];
  if (!first || !last || isLegalForm(last.text)) return span;
  const idx = ctx.lines.findIndex((l) => l.words.includes(last));
  const next = ctx.lines[idx + 1];
  const h = last.y1 - last.y0;
  const at = next?.words.findIndex((x) => Math.abs(x.x0 - first.x0) < 0.01) ?? -1;
  if (!next || at < 0 || next.y0 - last.y1 > h) return span;
  const run: Word[] = [];
  for (const w of next.words.slice(at, at + 3)) {
    const prev = run[run.length - 1];
    if (ctx.isLabel.has(w) || (prev && w.x0 - prev.x1 > 2 * next.charW)) break;
    run.push(w);
  }
  const end = run.findIndex((w) => isLegalForm(w.text) || misreadLegalForm(w.text) !== null);
  if (end < 0) return span;
  const tail = run.slice(0, end + 1);
  return { ...span, words: [...span.words, ...tail], lines: [...span.lines, tail] };
}

/** The words that carry `part` of their joined text (the number inside a longer line). */
export function narrowTo(words: readonly Word[], part: string): Word[] {
  const text = textOf(words);
  const at = text.indexOf(part);
  if (at < 0) return [...words];
  const out: Word[] = [];
  let pos = 0;
  for (const w of words) {
    const end = pos + w.text.length;
    if (end > at && pos < at + part.length) out.push(w);
    pos = end + 1;
  }
  return out.length > 0 ? out : [...words];
}

/** Words of every label of one field on the page (its wordings in each language). */
function labelWords(ctx: PageContext, field: string): Set<Word> {
  const out = new Set<Word>();
  for (const h of ctx.hits.filter((x) => x.field === field)) {
    for (const w of ctx.lines[h.line]?.words.slice(h.start, h.end) ?? []) out.add(w);
  }
  return out;
}

function candidateFrom(
  ctx: PageContext,
  field: string,
  spec: FieldSpec,
  span: ValueSpan,
  base: number,
  hitX1 = 0,
  labelField?: string,
  up = span.where === 'right',
): Candidate | null {
  let grown =
    spec.maxLines && spec.maxLines > 1
      ? extendAligned(ctx.lines, span, ctx.isLabel, {
          up,
          maxLines: spec.maxLines,
          own: labelField === undefined ? undefined : labelWords(ctx, labelField),
        })
      : span;
  if (spec.kind === 'name') {
    grown = withNameAbove(ctx.lines, ctx.isLabel, withLegalForm(ctx, grown));
    const words = dropStrayLead(grown.words);
    if (words.length < grown.words.length) grown = { ...grown, words, lines: [words] };
    if (span.where === 'right' && nameCutShort(ctx.lines, ctx.isLabel, grown.words)) return null;
  }
  const text = spec.kind === 'address' ? joinLines(grown.lines) : textOf(grown.words);
  // Flat letters OCR doubted beside an origin caption are its asterisks, even when they
  // spell a country's code ("PE").
  const stars =
    spec.kind === 'origins' && span.where === 'right'
      ? unreadAsterisks(ctx.lines, grown.words)
      : null;
  const r = stars ?? interpret(spec.kind, text);
  if (!r) return null;
  const first = span.words[0];
  const gap = first && span.where === 'right' ? Math.max(0, first.x0 - hitX1 - 0.15) : 0;
  const penalty =
    span.where === 'right'
      ? (span.distance >= 1 ? 0.9 : span.distance >= 0.5 ? 0.95 : 1) - 0.3 * gap
      : (span.where === 'below' ? 0.93 : 0.8) - 0.02 * Math.min(5, span.distance);
  const words = r.part ? narrowTo(grown.words, r.part) : grown.words;
  const unmarked = lostMarks(spec.kind, words, ctx.lines);
  return {
    field,
    where: span.where,
    value: unmarked ?? r.value,
    words,
    text: r.part ?? text,
    score: base * penalty * r.validity,
    page: ctx.pageNo,
  };
}

/**
 * The span's reading, and for a value grown upwards from beside its label (an address whose
 * first line sits over the label's row) the reading without the lines above too: when the
 * line above is another field's (the party's name over its "Address" caption), the address
 * is still read.
 */
function readings(
  ctx: PageContext,
  field: string,
  spec: FieldSpec,
  span: ValueSpan,
  base: number,
  hitX1: number,
  labelField: string,
): Candidate[] {
  const c = candidateFrom(ctx, field, spec, span, base, hitX1, labelField);
  const down =
    span.where === 'right' && spec.maxLines !== undefined && spec.maxLines > 1
      ? candidateFrom(ctx, field, spec, span, base, hitX1, labelField, false)
      : null;
  const out = c ? [c] : [];
  if (down && (!c || !sameWords(down.words, c.words))) out.push(down);
  return out;
}

const sameWords = (a: readonly Word[], b: readonly Word[]): boolean =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/** Readings to the right of a label: its run, the band across its rows, a far-right number. */
function spansRight(ctx: PageContext, hit: LabelHit, fs: FieldSpec): ValueSpan[] {
  const spans: ValueSpan[] = [];
  // Free text must sit near its label; a validating value may sit across the page.
  const maxGap = LOOSE.has(fs.kind) ? 0.28 : 0.6;
  const r = readRight(ctx.lines, hit, ctx.isLabel, maxGap);
  if (r) spans.push(r);
  const band = readBand(ctx.lines, hit, ctx.isLabel, maxGap);
  // Text whose band holds the run read beside the label and more (the value's last word
  // OCR put on the label's other row) is that reading completed: placed as near as it.
  // Not numbers: a crumb beside the label would take the digits of the row below.
  const completes =
    LOOSE.has(fs.kind) && r !== null && r.words.every((w) => band?.words.includes(w));
  if (band && !sameWords(band.words, r?.words ?? [])) {
    spans.push(completes ? { ...band, distance: r.distance } : band);
  }
  const far = NUMERIC.has(fs.kind) ? readFarRight(ctx.lines, hit, ctx.isLabel) : null;
  if (far && far.words[0] !== r?.words[0] && !crumbFigure(fs.kind, far.words)) spans.push(far);
  const next = r && STRICT.has(fs.kind) ? runAfter(ctx, hit, r, fs.kind) : null;
  if (next) spans.push(next);
  return spans;
}

/**
 * The run after the one beside the label, when that one is no value of the field: a caption's
 * other language OCR garbled past knowing ("Certificat PK / KP cemfbcate   7484204") stands
 * between the label and its value. Only for values that validate strictly.
 */
function runAfter(ctx: PageContext, hit: LabelHit, r: ValueSpan, kind: Kind): ValueSpan | null {
  const last = r.words[r.words.length - 1];
  const line = ctx.lines[hit.line];
  if (!last || !line || r.distance > 0 || interpret(kind, textOf(r.words))) return null;
  const end = line.words.indexOf(last) + 1;
  if (end <= 0) return null;
  const next = readRight(ctx.lines, { ...hit, end, x1: last.x1 }, ctx.isLabel, 0.6);
  return next && next.distance === 0 ? { ...next, distance: 1 } : null;
}

/**
 * One word over or under a label that is the first word of another of the document's captions
 * ("KP" of "KP certificate", its other word lost): a caption in the labels' column, no value.
 */
function captionStart(spec: DocSpec, words: readonly Word[]): boolean {
  const [only] = words;
  if (!only || words.length > 1) return false;
  const f = foldLabel(only.text);
  return f !== '' && phrasesOf(spec).some((p) => p.words > 1 && p.parts[0] === f);
}

/** Every word of every phrase the spec looks for, folded as labels are. */
const captionWordsOf = rememberByObject(
  (spec: DocSpec): Set<string> => new Set(phrasesOf(spec).flatMap((p) => p.parts)),
);
const CONNECTORS = new Set(['and', 'of', 'et', 'de', 'du', 'e', 'do', 'da']);

/**
 * Free text made of nothing but caption words ("Address", "Name and Address"): the rest of a
 * caption wrapped onto a row beside its label, not a value.
 */
function captionOnly(spec: DocSpec, words: readonly Word[]): boolean {
  const known = captionWordsOf(spec);
  const folded = words.map((w) => foldLabel(w.text)).filter((f) => f !== '');
  return (
    folded.some((f) => !CONNECTORS.has(f)) && folded.every((f) => CONNECTORS.has(f) || known.has(f))
  );
}

export function labelCandidates(ctx: PageContext, spec: DocSpec): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of ctx.hits) {
    const fs = spec.fields[hit.field];
    if (!fs) continue;
    const where = fs.where ?? 'both';
    const spans: ValueSpan[] = where !== 'below' ? spansRight(ctx, hit, fs) : [];
    if (where !== 'right') {
      const b = readBelow(ctx.lines, hit, ctx.isLabel);
      if (b && !captionStart(spec, b.words)) spans.push(b);
    }
    if (STRICT.has(fs.kind)) {
      const a = readAbove(ctx.lines, hit, ctx.isLabel);
      if (a && !captionStart(spec, a.words)) spans.push(a);
    }
    for (const s of spans) {
      if (LOOSE.has(fs.kind) && captionOnly(spec, s.words)) continue;
      out.push(...readings(ctx, hit.field, fs, s, hit.score, hit.x1, hit.field));
    }
  }
  return out;
}

export function scanCandidates(ctx: PageContext, spec: DocSpec): Candidate[] {
  const out: Candidate[] = [];
  for (const [field, fs] of Object.entries(spec.fields)) {
    if (fs.scan === undefined) continue;
    for (const line of ctx.lines) {
      const words = line.words.filter((w) => !ctx.isLabel.has(w));
      if (words.length === 0) continue;
      const r = interpret(fs.kind, textOf(words));
      if (!r) continue;
      const used = r.part ? narrowTo(words, r.part) : words;
      out.push({
        field,
        value: r.value,
        words: used,
        text: r.part ?? textOf(used),
        score: fs.scan * r.validity,
        page: ctx.pageNo,
      });
    }
  }
  return out;
}

/** Generic "Address" labels go to the party whose label sits nearest above them. */
export function addressCandidates(ctx: PageContext, spec: DocSpec): Candidate[] {
  if (!spec.addressOf) return [];
  const out: Candidate[] = [];
  const parties = spec.addressOf.parties;
  for (const hit of ctx.hits.filter((h) => h.field === '_address')) {
    const owner = ctx.hits
      .filter((h) => parties[h.field] !== undefined && h.y0 < hit.y0 && hit.y0 - h.y0 < 0.12)
      .filter((h) => Math.abs(h.x0 - hit.x0) < 0.1)
      .sort((a, b) => b.y0 - a.y0)[0];
    const field = owner ? parties[owner.field] : undefined;
    const fs = field ? spec.fields[field] : undefined;
    if (!field || !fs) continue;
    const below = readBelow(ctx.lines, hit, ctx.isLabel);
    const spans = [...spansRight(ctx, hit, fs), ...(below ? [below] : [])];
    for (const s of spans) out.push(...readings(ctx, field, fs, s, hit.score * 0.95, 0, hit.field));
  }
  return out;
}

/** Best candidate per field; a field may not take words a better-scored field already took. */
export function assign(candidates: readonly Candidate[], spec: DocSpec): Map<string, Candidate> {
  const chosen = new Map<string, Candidate>();
  const used = new Set<Word>();
  // Equal scores: the longer reading (a name read from its first word, not its second).
  const ranked = [...candidates].sort(
    (a, b) => b.score - a.score || b.words.length - a.words.length,
  );
  for (const first of ranked) {
    if (chosen.has(first.field)) continue;
    // Tables (lines, parcel_lines) are not in the spec: their cells may also be totals.
    const own = spec.fields[first.field];
    const shares = own === undefined || own.shares === true;
    if (!shares && first.words.some((w) => used.has(w))) continue;
    // A reading all but as good that holds this one and more (the address's other line,
    // read from the label in the other language) is the same value, less cut short.
    const c =
      ranked.find(
        (o) =>
          o.field === first.field &&
          o.score >= 0.97 * first.score &&
          o.words.length > first.words.length &&
          first.words.every((w) => o.words.includes(w)) &&
          (shares || !o.words.some((w) => used.has(w))),
      ) ?? first;
    chosen.set(c.field, c);
    if (!shares) for (const w of c.words) used.add(w);
  }
  return chosen;
}
