// Numbers as documents print them, whatever the separator style: 12,345.67 / 12.345,67 /
// 12 345,67 (space, NBSP, narrow NBSP, thin space) / 12'345.67 / 1520,35 / Indian 12,34,567.89.
//
// Which separator is the decimal one:
// 1. Two different marks (",", ".") in one number: the last mark, if it occurs once, is the
//    decimal separator; every earlier mark must be the other one, between digit groups.
// 2. Space, NBSP and apostrophe are only ever group separators.
// 3. One mark repeated ("1.234.567") groups thousands; when the last group has only one or
//    two digits ("876,799,18") OCR misread the decimal mark, and the last mark is read as it.
// 4. One mark once ("1,5", "1520,35", "0.125", "1,520"): decimal, except when it is followed by
//    exactly three digits, the integer part has 1–3 digits and does not start with 0 — then
//    it is read as a thousands separator ("1,520" → 1520, "1.520" → 1520) and the result is
//    flagged `ambiguous`. The options settle it: `decimals: 3` (or more) reads it as a decimal
//    mark, `decimalSeparator` names the document's decimal mark outright.
import { fixOcrDigits } from './ocr-digits';

export interface NumberOptions {
  /** How many decimals the value has in practice (carats and money: 2). See rule 4. */
  decimals?: number;
  /** The document's decimal mark when known from elsewhere on the page. */
  decimalSeparator?: ',' | '.';
}

export interface ParsedNumber {
  value: number;
  /** The number as printed in the input (sign and separators included, units excluded). */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  /** True when rule 4 had to guess between a decimal and a thousands separator. */
  ambiguous: boolean;
}

const SPACES = ' \u00A0\u202F\u2009';
// A digit group, then more groups joined by one mark; a space-like mark joins only a group of
// exactly three digits, so "12 parcels 345" stays two numbers while "12 345,67" is one.
// Brackets are not accounting negatives here: "(5)" on a shipping document is five parcels.
// OCR may also put a space after a group mark ("641, 955.96"): that joins only a group of
// three digits followed by the decimal part, so a list ("12, 345") stays two numbers.
const TOKEN = new RegExp(
  `(?<![\\d.,])(?:(?<![\\p{L}\\p{N}])[-\u2212\u2013]\\s?)?\\d+(?:(?: ?[.,'\u2019](?: (?=\\d{3}[.,]\\d))?|[${SPACES}](?=\\d{3}(?!\\d)))\\d+)*`,
  'gu',
);

interface Groups {
  digits: string[];
  marks: string[];
}

function splitGroups(body: string): Groups {
  const digits = body.split(/[^\d]/u);
  const marks = [...body.matchAll(/[^\d]/gu)].map((m) => {
    const c = m[0];
    return SPACES.includes(c) || c === '\u2019' ? "'" : c;
  });
  return { digits, marks };
}

// Group separators are fine when every group after the first has 3 digits (or 2, then a final
// 3: the Indian lakh style) and the first has 1–3.
function validGrouping(groups: readonly string[]): boolean {
  const [first = '', ...rest] = groups;
  if (first.length < 1 || first.length > 3 || rest.length === 0) return false;
  const last = rest[rest.length - 1] ?? '';
  if (last.length !== 3) return false;
  return rest.slice(0, -1).every((g) => g.length === 2 || g.length === 3);
}

interface Reading {
  int: string;
  frac: string;
  ambiguous: boolean;
}

function read(body: string, options: NumberOptions): Reading | null {
  const { digits, marks } = splitGroups(body);
  if (marks.length === 0) return { int: body, frac: '', ambiguous: false };
  const kinds = new Set(marks);
  const lastMark = marks[marks.length - 1] ?? '';
  const lastGroup = digits[digits.length - 1] ?? '';
  if (kinds.size > 1) {
    // Rule 1: the last mark is the decimal one and must not occur earlier.
    if (lastMark === "'" || marks.indexOf(lastMark) !== marks.length - 1) return null;
    const groupMarks = new Set(marks.slice(0, -1).map((m) => (m === "'" ? 'g' : m)));
    if (groupMarks.size > 1) {
      // Apostrophes or spaces mixed with the other mark: only "12 345.67"-like is allowed,
      // i.e. all earlier marks are spaces/apostrophes; anything else is not one number.
      return null;
    }
    const intGroups = digits.slice(0, -1);
    if (!validGrouping(intGroups)) return null;
    return { int: intGroups.join(''), frac: lastGroup, ambiguous: false };
  }
  if (lastMark === "'") {
    return validGrouping(digits) ? { int: digits.join(''), frac: '', ambiguous: false } : null;
  }
  if (marks.length > 1) {
    // Rule 3, unless the document says this mark is its decimal one (then it is malformed).
    if (options.decimalSeparator === lastMark) return null;
    if (validGrouping(digits)) return { int: digits.join(''), frac: '', ambiguous: false };
    // "876,799,18": thousands, then cents behind the same mark. OCR took the decimal mark
    // for the other one; whichever it was, the value is the same.
    const head = digits.slice(0, -1);
    if (validGrouping(head) && lastGroup.length <= 2) {
      return { int: head.join(''), frac: lastGroup, ambiguous: true };
    }
    return null;
  }
  const [int = '', frac = ''] = digits;
  if (options.decimalSeparator !== undefined) {
    if (options.decimalSeparator === lastMark) return { int, frac, ambiguous: false };
    return validGrouping(digits) ? { int: int + frac, frac: '', ambiguous: false } : null;
  }
  const looksGrouped = frac.length === 3 && int.length <= 3 && !int.startsWith('0');
  if (!looksGrouped) return { int, frac, ambiguous: false };
  if ((options.decimals ?? 2) >= 3) return { int, frac, ambiguous: true };
  return { int: int + frac, frac: '', ambiguous: true };
}

function parseToken(raw: string, index: number, options: NumberOptions): ParsedNumber | null {
  const negative = /^[-\u2212\u2013]/u.test(raw);
  // A stray OCR space before or after a mark ("1,003 ,643.61", "641, 955.96") is dropped; the
  // printed text is kept.
  const body = raw.replace(/^[-\u2212\u2013]\s?/u, '').replace(/ (?=[.,'\u2019])|(?<=[.,]) /gu, '');
  const reading = read(body, options);
  if (!reading) return null;
  const value = Number(`${negative ? '-' : ''}${reading.int}.${reading.frac || '0'}`);
  if (!Number.isFinite(value)) return null;
  return {
    value: Object.is(value, -0) ? 0 : value,
    text: raw,
    index,
    ambiguous: reading.ambiguous,
  };
}

/** Every number in the text, left to right. */
export function findNumbers(text: string, options: NumberOptions = {}): ParsedNumber[] {
  const fixed = fixOcrDigits(text);
  const found: ParsedNumber[] = [];
  for (const m of fixed.matchAll(TOKEN)) {
    const start = m.index;
    const parsed = parseToken(m[0], start, options);
    if (parsed) {
      found.push({ ...parsed, text: text.slice(parsed.index, parsed.index + parsed.text.length) });
      continue;
    }
    // Not one number: space-joined pieces may still be numbers on their own ("1520 350").
    let offset = 0;
    for (const piece of m[0].split(new RegExp(`[${SPACES}]`, 'u'))) {
      const p = parseToken(piece, start + offset, options);
      if (p) found.push({ ...p, text: text.slice(p.index, p.index + p.text.length) });
      offset += piece.length + 1;
    }
  }
  return found;
}

/**
 * The first number in the text ("US$ 1,520.35", "12 345,67 cts", "-0.5"), or null.
 * Currency symbols, codes and units around it are ignored; read them with parseCurrency.
 */
export function parseNumber(text: string, options: NumberOptions = {}): ParsedNumber | null {
  return findNumbers(text, options)[0] ?? null;
}
