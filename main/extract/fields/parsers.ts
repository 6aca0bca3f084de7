// The typed readings extraction needs, in one place: thin adapters over
// main/extract/normalize/ in the shapes the field readers use.
import {
  awbCheckDigitValid as awbValid,
  isIsoCountryCode,
  parseAwbNumber,
  parseCountry,
  parseCurrency,
  parseDate,
  parseHsCodes,
  parseNumber,
  parseOrigins,
} from '../normalize/index';
import { isNumberSign } from '../normalize/certificate-number';
import { misreadDiamondCode } from '../normalize/hs-code';
import { parseUnseparatedDate } from '../normalize/unseparated-date';

export interface NumberReading {
  value: number;
  ambiguous: boolean;
}

/** First number in the text, whatever its separators ("1.234,56", "7 701,66", "US$ 96,078.18"). */
export function readNumber(text: string): NumberReading | null {
  // Carats and money carry two decimals in practice: "1,520" is a thousand and more.
  const n = parseNumber(text, { decimals: 2 });
  return n ? { value: n.value, ambiguous: n.ambiguous } : null;
}

/** First calendar date in the text as YYYY-MM-DD (day-first numerics; EN/FR/PT month names). */
export const readDate = (text: string): string | null => parseDate(text);

/** A date caption's value printed as eight digits, its separators lost ("15052023"). */
export const readUnseparatedDate = (text: string): string | null => parseUnseparatedDate(text);

export const isRegionCode = (code: string): boolean => isIsoCountryCode(code);

/** One country name (EN/FR/PT) or ISO alpha-2 code. */
export const readCountry = (text: string): string | null => parseCountry(text);

/** Origins: a list of countries, or MIXED for "mixed"/"mixte"/"misto"/asterisks. */
export function readOrigins(text: string): string[] | null {
  const o = parseOrigins(text);
  return o.length > 0 ? [...o] : null;
}

export const readCurrency = (text: string): string | null => parseCurrency(text);

export const HS_VALID = ['7102.10', '7102.21', '7102.31'];

/** Every 7102.xx code in the text (including non-KP 7102.29/.39, which checks must see). */
export function readHsCodes(text: string): string[] {
  return parseHsCodes(text).filter((c) => c.startsWith('7102'));
}

/** Codes in the text that are the diamond heading with one digit misread (misreadDiamondCode). */
export function readMisreadHsCodes(text: string): string[] {
  return parseHsCodes(text).flatMap((c) => misreadDiamondCode(c) ?? []);
}

/** Certificate numbers: an ISO alpha-2 prefix and 5–9 digits, normalised to "BW 0123456". */
export function findCertificateNumbers(text: string): { value: string; raw: string }[] {
  const out: { value: string; raw: string }[] = [];
  // OCR reads the O of "AO" as a zero: the prefix's second character may be a look-alike.
  const upper = text.toUpperCase();
  for (const m of upper.matchAll(/(?<![A-Z0-9])([A-Z][A-Z0-9])\s?[-.]?\s?(\d{5,9})(?!\d)/g)) {
    const prefix = (m[1] ?? '')
      .replace(/0$/, 'O')
      .replace(/1$/, 'I')
      .replace(/5$/, 'S')
      .replace(/8$/, 'B');
    if (!/^[A-Z]{2}$/.test(prefix) || !isRegionCode(prefix)) continue;
    if (prefix === 'NO' && isNumberSign(text, m.index)) continue;
    const value = `${prefix} ${m[2] ?? ''}`;
    if (!out.some((o) => o.value === value)) {
      out.push({ value, raw: text.slice(m.index, m.index + m[0].length) });
    }
  }
  return out;
}

export function readCertificateNumbers(text: string): string[] {
  return findCertificateNumbers(text).map((c) => c.value);
}

/** An 11-digit AWB number (prefix-serial+check), dashes and spaces dropped. */
export const readAwbNumber = (text: string): string | null => parseAwbNumber(text);

export const awbCheckDigitValid = (awb: string): boolean => awbValid(awb);
