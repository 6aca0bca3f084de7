// The ways an OCR'd amount or weight may have been printed, likeliest first. Scans lose or
// change separators: "189357" for 1,893.57 (both marks dropped), "1.893.57" or "1,893,57"
// (the thousands mark read as the decimal one, or the other way round), "4 964 16" (marks
// read as spaces). parseNumber refuses the odd ones and reads the dropped ones literally;
// these readings let a caller pick the one that agrees with something else on the page
// (carats × price = amount, lines add up to the total). Never a value the digits cannot spell,
// but for the decimal mark read as a digit ("159717" for 159,17), the least likely reading.
import { fixOcrDigits } from './ocr-digits';
import { parseNumber } from './parse-number';

export interface NumberReadingOptions {
  /** Decimals the value has in practice (carats and money: 2). */
  decimals?: number;
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** Every number reading of one cell's text, the literal one first; [] when no digits. */
export function numberReadings(text: string, options: NumberReadingOptions = {}): number[] {
  const decimals = options.decimals ?? 2;
  const out: number[] = [];
  const add = (n: number | undefined) => {
    if (n !== undefined && Number.isFinite(n) && n >= 0 && !out.some((o) => o === n)) out.push(n);
  };
  const fixed = fixOcrDigits(text.slice(0, 200)).trim();
  // The number-like run: digits with marks and spaces between them (":" and ";" are marks
  // OCR misread: "82:59").
  const run = /\d[\d\s.,:;'’\u00a0\u202f]*\d|\d/u.exec(fixed)?.[0];
  if (!run) return out;
  const literal = parseNumber(run, { decimals });
  // A literal reading that ignored part of the run ("1.893.57" → null, "4 964 16" → 4964) is
  // still offered, after the readings that use every digit.
  const groups = run.split(/[^\d]+/u).filter((g) => g.length > 0);
  const digits = groups.join('');
  const usesAll = literal !== null && literal.text.replace(/\D/gu, '') === digits;
  if (usesAll) add(literal.value);
  const last = groups[groups.length - 1] ?? '';
  if (groups.length >= 2 && last.length === decimals) {
    // The last mark, whatever it was read as, is the decimal one.
    add(round(Number(`${digits.slice(0, -decimals)}.${last}`), decimals));
  }
  if (groups.length >= 2 && last.length === 3 && groups.slice(1).every((g) => g.length === 3)) {
    // Every mark groups thousands ("1.893.570" read as 1893570).
    add(Number(digits));
  }
  const fraction = groups.length === 2 && /[.,]/u.test(run) ? (groups[1] ?? '') : '';
  if (
    (groups.length === 1 || fraction.length > 3) &&
    digits.length > decimals &&
    !digits.startsWith('0')
  ) {
    // Separators dropped ("189357"), or one of two dropped ("2.96757" for 2.967,57): the
    // last `decimals` digits were the fraction.
    add(round(Number(digits) / 10 ** decimals, decimals));
  }
  if (groups.length === 1 && decimals > 0 && digits.length > decimals + 1 && !/^0/u.test(digits)) {
    // The decimal mark read as a digit ("159717" for 159,17): least likely, last.
    add(round(Number(`${digits.slice(0, -decimals - 1)}.${digits.slice(-decimals)}`), decimals));
  }
  if (!usesAll && literal) add(literal.value);
  return out;
}
