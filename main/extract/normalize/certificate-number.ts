// KP certificate numbers → "BW 0123456": upper case, one space after a real ISO 3166-1 alpha-2
// prefix (contract.md). Read from BW0123456, bw-0123456, BW 012 3456, No. BW/0123456.
//
// Decisions:
// - The number part is 4–10 digits. OCR confusions there (O→0, I/l→1, S→5, B→8) are repaired
//   only when the part is otherwise digits and at least 60 % of it were real digits.
// - Digit groups after a space or dash join while fewer than 5 digits are collected
//   ("BW 012 3456"), so a date or count printed after the number is not swallowed.
// - By default a two-letter prefix that is not an ISO country is not a certificate number
//   ("KX 12345"). Forged or mistyped numbers exist, though (the sample generator's
//   certificate.prefix_mismatch writes "ZZ 12345" or bare digits), so a reader that already
//   knows it is looking at the certificate-number field can pass `anyPrefix` / `allowNoPrefix`
//   and let the prefix rule judge the result.
import { isIsoCountryCode } from './country';

export interface CertificateNumberOptions {
  /** Accept any two capital letters as the prefix, not only ISO countries. */
  anyPrefix?: boolean;
  /** When no prefixed number is found, return a bare run of 4–10 digits ("0123456"). */
  allowNoPrefix?: boolean;
}

const CONFUSED: Record<string, string> = { O: '0', Q: '0', D: '0', I: '1', L: '1', S: '5', B: '8' };
const MIN_DIGITS = 4;
const MAX_DIGITS = 10;

// Prefix, up to a few separator characters, then the first group of the number part.
const CANDIDATE = /(?<![A-Z0-9])([A-Z]{2})[\s\-/.:#_]{0,3}([0-9OQDILSB]+)(?![A-Z])/gu;
// A bare number stands alone, or right after the abbreviation "No." ("CERTIFICATE NO.746087").
const BARE = /(?:(?<=(?<![A-Z])NO\.)|(?<![A-Z0-9.,/-]))\d{4,10}(?![0-9.,/-])/gu;
const NEXT_GROUP = /^[\s-]([0-9OQDILSB]+)(?![A-Z0-9])/u;

function repairDigits(part: string): string | null {
  if (/^\d+$/u.test(part)) return part;
  const real = part.replace(/\D/gu, '').length;
  if (real / part.length < 0.6) return null;
  return part.replace(/\D/gu, (c) => CONFUSED[c] ?? c);
}

interface Reading {
  number: string;
  start: number;
  end: number;
  /** Letters read as digits: fewer is likelier when two readings overlap. */
  repairs: number;
}

/**
 * Whether the two letters at `at` are "No." or "No", the abbreviation of "number", rather
 * than Norway's prefix: a country prefix is printed in capitals and never takes a full stop.
 */
export function isNumberSign(text: string, at: number): boolean {
  const two = text.slice(at, at + 2);
  return two === 'No' || (two.toUpperCase() === 'NO' && text[at + 2] === '.');
}

function readAt(
  text: string,
  upper: string,
  m: RegExpExecArray,
  anyPrefix: boolean,
): Reading | null {
  const prefix = m[1] ?? '';
  if (!anyPrefix && !isIsoCountryCode(prefix)) return null;
  if (prefix === 'NO' && text.length === upper.length && isNumberSign(text, m.index)) return null;
  let digits = m[2] ?? '';
  // A group without a single real digit is a word ("No. IL 00000": "IL" is the prefix).
  if (!/\d/u.test(digits)) return null;
  let end = m.index + m[0].length;
  for (
    let next = NEXT_GROUP.exec(upper.slice(end));
    next && digits.length < 5 && /\d/u.test(next[1] ?? '');
    next = NEXT_GROUP.exec(upper.slice(end))
  ) {
    digits += next[1] ?? '';
    end += next[0].length;
  }
  if (/^\d/u.test(upper.slice(end))) return null;
  const repaired = repairDigits(digits);
  if (repaired === null || repaired.length < MIN_DIGITS || repaired.length > MAX_DIGITS) {
    return null;
  }
  const repairs = digits.replace(/\d/gu, '').length;
  return { number: `${prefix} ${repaired}`, start: m.index, end, repairs };
}

/** The first KP certificate number in the text, normalised, or null. Never throws. */
export function parseCertificateNumber(
  text: string,
  options: CertificateNumberOptions = {},
): string | null {
  return parseCertificateNumbers(text, options)[0] ?? null;
}

/** Every certificate number in the text (an invoice may quote several), without repeats. */
export function parseCertificateNumbers(
  text: string,
  options: CertificateNumberOptions = {},
): string[] {
  if (text.length > 5000) text = text.slice(0, 5000);
  // 'l' is upper-cased to 'L' and then repaired like 'I'.
  const upper = text.toUpperCase();
  // Readings may overlap ("No. LS00000": "NO" + "LS00000" read as "1500000", or "LS" +
  // "00000"), so the search restarts one character after each candidate, and of overlapping
  // readings the one with fewer letters repaired wins.
  const readings: Reading[] = [];
  const candidate = new RegExp(CANDIDATE.source, 'gu');
  for (let m = candidate.exec(upper); m; m = candidate.exec(upper)) {
    const r = readAt(text, upper, m, options.anyPrefix ?? false);
    if (r) readings.push(r);
    candidate.lastIndex = m.index + 1;
  }
  const kept: Reading[] = [];
  for (const r of [...readings].sort((a, b) => a.repairs - b.repairs || a.start - b.start)) {
    if (kept.every((k) => r.end <= k.start || r.start >= k.end)) kept.push(r);
  }
  const found: string[] = [];
  for (const r of kept.sort((a, b) => a.start - b.start)) {
    if (!found.includes(r.number)) found.push(r.number);
  }
  if (found.length === 0 && options.allowNoPrefix) {
    for (const m of upper.matchAll(BARE)) if (!found.includes(m[0])) found.push(m[0]);
  }
  return found;
}

/**
 * The two-letter prefix of a certificate number ("BW 0123456" → "BW", "ZZ 12345" → "ZZ"), or
 * null when it has none ("0123456"). Whether it is a real country is for the caller to judge
 * (isIsoCountryCode).
 */
export function certificatePrefix(num: string): string | null {
  const n = parseCertificateNumber(num, { anyPrefix: true });
  return n === null ? null : n.slice(0, 2);
}
