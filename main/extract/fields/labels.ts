// Finding labels on a page: every phrase of every field is matched fuzzily against runs of
// words on each line; where two phrases claim the same words the longer match wins, so
// "Date of expiry" is never read as a bare "Date".
import type { Word } from '../../ingest/word';
import { DistanceTo, fold, similarityAtLeast } from '../layout/fuzzy';
import type { Line } from '../layout/lines';
import { rememberByObject, rememberByText } from '../memo';
import { isLegalForm } from '../normalize/legal-forms';

/** A label phrase and how much a match on it is worth (generic words like "Date" < 1). */
export type Phrase = string | readonly [string, number];

export interface LabelHit {
  field: string;
  phrase: string;
  /** Fuzzy match quality times the phrase's weight. */
  score: number;
  line: number;
  /** Indices into the line's words. */
  start: number;
  end: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  matchedChars: number;
}

/**
 * Folded as labels are compared: the letters OCR reads for one another in print ("Seiler" for
 * Seller, "0rigin" for Origin) count as one, so such a misreading costs no edit. No label
 * holds a digit, so nothing is lost by it.
 */
export const foldLabel = rememberByText((s: string): string =>
  fold(s).replace(/[1i]/g, 'l').replace(/0/g, 'o'),
);

function threshold(len: number): number {
  if (len <= 4) return 1;
  if (len <= 8) return 0.85;
  return 0.8;
}

const phraseText = (p: Phrase): string => (typeof p === 'string' ? p : p[0]);
const phraseWeight = (p: Phrase): number => (typeof p === 'string' ? 1 : p[1]);

export interface Prepared {
  field: string;
  phrase: string;
  /** The same for every set holding the phrase: its matches on a line are kept under it. */
  id: number;
  folded: string;
  /** Measures runs of words against `folded`. */
  reader: DistanceTo;
  weight: number;
  words: number;
  parts: string[];
}

const phraseIds = new Map<string, number>();

export function prepare(labels: Record<string, readonly Phrase[]>): Prepared[] {
  const out: Prepared[] = [];
  for (const [field, phrases] of Object.entries(labels)) {
    for (const p of phrases) {
      const text = phraseText(p);
      const id = phraseIds.get(text) ?? phraseIds.size;
      phraseIds.set(text, id);
      const folded = foldLabel(text);
      const words = text.split(/\s+/);
      out.push({
        field,
        phrase: text,
        id,
        folded,
        reader: new DistanceTo(folded),
        weight: phraseWeight(p),
        words: words.length,
        parts: words.map(foldLabel),
      });
    }
  }
  return out;
}

interface Match {
  sim: number;
  end: number;
}

/**
 * A line's words as label matching reads them: bilingual pairs printed as one word ("N°/No.",
 * "Poids/Weight") split at the slash, each part folded and pointing at the word it came from.
 * Worked out once per line, whichever phrase set is looked for; so are a phrase's matches,
 * which classification and extraction both ask for.
 */
interface LineParts {
  folded: string[];
  of: number[];
  /** Which phrases may start at each part: its first letter and the two after it. */
  opening: string[];
  /** A phrase's match (or null) starting at a part, once looked for: by `matchKey`. */
  matches: Map<number, Match | null>;
}

const BILINGUAL = /^[^\d/]*\p{L}[^\d/]*\/[^\d/]*\p{L}[^\d/]*$/u;
const partsOf = rememberByObject((line: Line): LineParts => {
  const folded: string[] = [];
  const of: number[] = [];
  line.words.forEach((w, i) => {
    for (const t of BILINGUAL.test(w.text) ? w.text.split('/') : [w.text]) {
      folded.push(foldLabel(t));
      of.push(i);
    }
  });
  const opening = folded.map((f) => `${f.slice(0, 1)}\u0000${f.slice(1, 3)}`);
  return { folded, of, opening, matches: new Map() };
});

function matchAt(folded: readonly string[], i: number, p: Prepared): Match | null {
  const length = p.folded.length;
  const needed = threshold(length);
  // No run that passes is further than this from the phrase (one more for rounding).
  const budget = Math.floor((1 - needed) * (length + 3)) + 1;
  const passing: Match[] = [];
  let runLength = 0;
  p.reader.start();
  for (let k = i; k < Math.min(folded.length, i + p.words + 2); k++) {
    const word = folded[k] ?? '';
    runLength += word.length;
    if (runLength > length + 3) break;
    p.reader.append(word);
    if (Math.abs(runLength - length) <= Math.max(1, length * 0.25)) {
      // One word standing for a phrase of several ("Certification" for "certificat n°") must
      // be close: OCR runs words together, but it rarely also misreads them.
      const single = k === i && p.words > 1 ? 0.9 : 0;
      const sim = 1 - p.reader.distance / Math.max(runLength, length);
      if (sim >= Math.max(single, needed)) passing.push({ sim, end: k + 1 });
    }
    if (p.reader.floor > budget) break;
  }
  let best: Match | null = null;
  for (const m of passing) if (!best || m.sim > best.sim) best = m;
  if (!best) return null;
  // A trailing word that is not itself one of the phrase's words ("KP certificate AO" for
  // "KP certificate no") is the value's start: keep the shorter match when it also passes.
  const last = folded[best.end - 1] ?? '';
  const isPart = p.parts.some(
    (part) =>
      part === last ||
      (last.length > 0 && part.startsWith(last)) ||
      similarityAtLeast(part, last, 0.6) > 0,
  );
  if (isPart) return best;
  const shorter = passing.filter((m) => m.end < best.end).pop();
  // Without a shorter reading, a match ending in a foreign word ("… NO. BE" for "… number")
  // is not this label.
  return shorter ?? (best.end - i > 1 ? null : best);
}

const matchKey = (parts: LineParts, i: number, p: Prepared): number =>
  p.id * (parts.folded.length + 1) + i;

function matchOn(parts: LineParts, i: number, p: Prepared): Match | null {
  const key = matchKey(parts, i, p);
  let m = parts.matches.get(key);
  if (m === undefined) {
    m = matchAt(parts.folded, i, p);
    parts.matches.set(key, m);
  }
  return m;
}

/**
 * A set's phrases worth matching at a word, by the word's opening (`LineParts.opening`): the
 * run must start like the phrase, give or take its first letter (OCR rarely breaks more of
 * the first letters). In the set's order.
 */
const openingsOf = rememberByObject<readonly Prepared[], Map<string, Prepared[]>>(() => new Map());

function phrasesOpening(
  phrases: readonly Prepared[],
  byOpening: Map<string, Prepared[]>,
  opening: string,
): Prepared[] {
  let some = byOpening.get(opening);
  if (!some) {
    const [first = '', next = ''] = opening.split('\u0000');
    // Or one letter off at the start: a stray mark before it ("xAddress"), or its first letter
    // lost to a box's edge ("utoridade" for Autoridade).
    const head = `${first}${next}`.slice(0, 2);
    some = phrases.filter(
      (p) =>
        p.folded.slice(0, 1) === first ||
        p.folded.slice(0, 2) === next ||
        (head.length === 2 && p.folded.slice(1, 3) === head),
    );
    byOpening.set(opening, some);
  }
  return some;
}

export function findLabels(lines: readonly Line[], phrases: readonly Prepared[]): LabelHit[] {
  const hits: LabelHit[] = [];
  const byOpening = openingsOf(phrases);
  lines.forEach((line, li) => {
    const parts = partsOf(line);
    parts.folded.forEach((head, pi) => {
      if (head.length === 0) return;
      const i = parts.of[pi] ?? 0;
      for (const p of phrasesOpening(phrases, byOpening, parts.opening[pi] ?? '')) {
        const m = matchOn(parts, pi, p);
        if (!m) continue;
        const end = (parts.of[m.end - 1] ?? i) + 1;
        const ws = line.words.slice(i, end);
        hits.push({
          field: p.field,
          phrase: p.phrase,
          score: m.sim * p.weight,
          line: li,
          start: i,
          end,
          x0: Math.min(...ws.map((x) => x.x0)),
          x1: Math.max(...ws.map((x) => x.x1)),
          y0: Math.min(...ws.map((x) => x.y0)),
          y1: Math.max(...ws.map((x) => x.y1)),
          matchedChars: p.folded.length * m.sim,
        });
      }
    });
  });
  // Overlapping hits: the longest (then best) claim keeps the words.
  hits.sort((a, b) => b.matchedChars - a.matchedChars || b.score - a.score);
  const kept: LabelHit[] = [];
  for (const h of hits) {
    const clash = kept.some(
      (k) => k.line === h.line && k.start < h.end && h.start < k.end && k.field !== h.field,
    );
    const dup = kept.some((k) => k.line === h.line && k.start === h.start && k.field === h.field);
    if (!clash && !dup) kept.push(h);
  }
  return kept.filter((h) => startsPhrase(lines, h, kept));
}

const LEAD = /^([:;/|\-–—.=•*]+|\(?\d{1,2}[.)]?|[a-z][.)])$/u;

/**
 * A label starts its own phrase: nothing, punctuation, a numbering ("3.") or another label
 * just before it. "The seller hereby guarantees…" is prose, not a Seller label.
 */
function startsPhrase(lines: readonly Line[], h: LabelHit, kept: readonly LabelHit[]): boolean {
  const line = lines[h.line];
  if (!line) return true;
  let before = 0;
  for (let i = h.start - 1; i >= 0; i--) {
    const w = line.words[i];
    const next = line.words[i + 1];
    if (!w || !next || next.x0 - w.x1 > 1.5 * line.charW) break;
    if (LEAD.test(w.text) || !/^\p{L}+[,;:]?$/u.test(w.text)) break;
    if (kept.some((k) => k !== h && k.line === h.line && k.start <= i && k.end > i)) break;
    before += 1;
  }
  // Inside a long run of words (conditions of carriage, statements) nothing is a label
  // unless it opens the run.
  let runEnd = h.end;
  while (runEnd < line.words.length) {
    const a = line.words[runEnd - 1];
    const b = line.words[runEnd];
    if (!a || !b || b.x0 - a.x1 > 1.5 * line.charW) break;
    runEnd += 1;
  }
  const runStart = h.start - before;
  const startsRun =
    runStart === 0 ||
    (line.words[runStart]?.x0 ?? 0) - (line.words[runStart - 1]?.x1 ?? 0) > 1.5 * line.charW;
  if (runEnd - runStart > 8 && !(before === 0 && startsRun)) return false;
  if (before === 0) return true;
  // "Mass in carats" is a label ending in a known word (nothing follows it closely);
  // "Liberty Gem Importers LLC" and prose merely contain one.
  const after = line.words[h.end];
  const last = line.words[h.end - 1];
  const endsRun =
    !after || !last || after.x0 - last.x1 > 1.5 * line.charW || /^[:=]$/u.test(after.text);
  // A legal form a little apart after it ends the name the word is part of ("… Importers
  // LLC" on a scan that spaced the words out).
  const inName =
    after !== undefined &&
    last !== undefined &&
    isLegalForm(after.text) &&
    after.x0 - last.x1 < 3 * line.charW;
  return before < 3 && endsRun && !inName;
}

/** Words covered by any label, so values never swallow a neighbouring label. */
export function labelWordSet(lines: readonly Line[], hits: readonly LabelHit[]): Set<Word> {
  const set = new Set<Word>();
  for (const h of hits) {
    const line = lines[h.line];
    if (!line) continue;
    for (let i = h.start; i < h.end; i++) {
      const w = line.words[i];
      if (w) set.add(w);
    }
    // A form's field number ("9. Carat weight") belongs to the label, not to the value before.
    const prev = line.words[h.start - 1];
    if (prev && /^\(?\d{1,2}[.)]$/u.test(prev.text)) set.add(prev);
  }
  return set;
}
