// Dates as documents print them → YYYY-MM-DD: 14/03/2024, 14.03.2024, 2024-03-14, 14 mars 2024,
// 1er avril 2024, 14 de março de 2024, 14 March 2024, March 14, 2024, 17-Nov-2022, 14MAR24.
//
// Decisions:
// - Numeric dates are day-first (KP documents are international). Month-first only when the
//   day-first reading is impossible (03/14/2024) or the caller says so (`locale: 'en-US'`).
// - Two-digit years: 00–69 → 2000s, 70–99 → 1900s (fixed, so a result never depends on today).
// - Impossible calendar dates (31/02/2024) are skipped, never rolled over.
// - Own patterns first (fast, exact); chrono-node's strict parsers (en, fr, pt) only as a
//   fallback for other wordings, and only when it is certain of day, month and year — relative
//   or casual dates ("today", "next Friday") are never resolved.
// The three locales by their own entry points: chrono-node's index builds all sixteen when
// loaded, a fifth of a second of every reader thread's start-up.
import * as en from 'chrono-node/en';
import * as fr from 'chrono-node/fr';
import * as pt from 'chrono-node/pt';
import { stripAccents } from './fold-text';
import { MONTH_PATTERN, monthNumber } from './month-names';
import { fixOcrDigits } from './ocr-digits';

export interface DateOptions {
  /** 'en-US' reads ambiguous numeric dates month-first; every other value day-first. */
  locale?: string;
}

interface Candidate {
  index: number;
  year: number;
  month: number;
  day: number;
}

const ISO = /(?<!\d)(\d{4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})(?!\d)/gu;
// A two-digit year glued to letters ("20Zqe") is a four-digit year OCR damaged, not a year.
const NUMERIC = /(?<![\d.])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2}(?!\p{L}))(?![\d])/gu;
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?!\\d)\\s*(?:er|st|nd|rd|th|o|º|°)?\\.?\\s*(?:(?:de|of)\\s+)?` +
    `[-/.\\s]?\\s*(${MONTH_PATTERN})\\.?(?!\\p{L})\\s*(?:de\\s+)?[-/.,\\s]?\\s*(\\d{4}|\\d{2}(?!\\s*,?\\s*\\d{4})(?!\\p{L}))(?!\\d)`,
  'gu',
);
// "March 14, 2024"; OCR often reads that comma as a full stop ("September 13. 2022").
const MONTH_DAY = new RegExp(
  `(?<!\\p{L})(${MONTH_PATTERN})\\.?\\s*[-\\s]\\s*(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?\\s*[,.]?\\s*(\\d{4}|\\d{2}(?!\\p{L}))(?!\\d)`,
  'gu',
);

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function numericCandidates(t: string, monthFirst: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of t.matchAll(ISO)) {
    out.push({ index: m.index, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  for (const m of t.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4] ?? '');
    // Day-first unless that reading is impossible and month-first is not.
    const dayFirst = monthFirst ? a > 12 && b <= 12 : !(a <= 12 && b > 12);
    out.push({ index: m.index, year, month: dayFirst ? b : a, day: dayFirst ? a : b });
  }
  return out;
}

function namedCandidates(t: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of t.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[2] ?? '');
    if (month !== null) {
      out.push({ index: m.index, year: fullYear(m[3] ?? ''), month, day: Number(m[1]) });
    }
  }
  for (const m of t.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1] ?? '');
    if (month !== null) {
      out.push({ index: m.index, year: fullYear(m[3] ?? ''), month, day: Number(m[2]) });
    }
  }
  return out;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const iso = (c: { year: number; month: number; day: number }): string =>
  `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;

// Any fixed reference: strict parsers need one, and certainty checks make it irrelevant.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const PARSERS = [en.strict, fr.strict, pt.strict];

function chronoDate(text: string): string | null {
  for (const parser of PARSERS) {
    for (const r of parser.parse(text, REFERENCE)) {
      const s = r.start;
      if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) continue;
      const c = { year: s.get('year') ?? 0, month: s.get('month') ?? 0, day: s.get('day') ?? 0 };
      // Relative phrases ("3 days ago") come back "certain" too: the year must be printed.
      if (!r.text.includes(String(c.year))) continue;
      if (isRealDate(c.year, c.month, c.day)) return iso(c);
    }
  }
  return null;
}

/** The first real calendar date in the text as YYYY-MM-DD, or null. Never throws. */
export function parseDate(text: string, options: DateOptions = {}): string | null {
  if (text.length > 2000) text = text.slice(0, 2000);
  const t = fixOcrDigits(stripAccents(text).toLowerCase());
  const monthFirst = options.locale?.toLowerCase() === 'en-us';
  const candidates = [...numericCandidates(t, monthFirst), ...namedCandidates(t)].sort(
    (a, b) => a.index - b.index,
  );
  if (candidates.length > 0) {
    const real = candidates.find((c) => isRealDate(c.year, c.month, c.day));
    return real ? iso(real) : null;
  }
  // chrono's answer must print a four-digit year (see chronoDate): skip it when none is there.
  if (!/\d{4}/u.test(t)) return null;
  try {
    return chronoDate(text);
  } catch {
    // A parser bug on odd input must not crash extraction: no date is the honest answer.
    return null;
  }
}
