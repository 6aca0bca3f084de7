// The typed readings extraction needs, in one place. Interim: these small parsers stand in for
// main/extract/normalize/ (being written in parallel) and will delegate to it once it lands;
// extraction code only ever calls this file.
import { fold } from '../layout/fuzzy';

export interface NumberReading {
  value: number;
  ambiguous: boolean;
}

/** First number in the text, whatever its separators ("1.234,56", "7 701,66", "US$ 96,078.18"). */
export function readNumber(text: string): NumberReading | null {
  const m = /-?\d[\d\s.,'\u00a0\u202f]*/u.exec(text.replace(/[Oo](?=\d)|(?<=\d)[Oo]/g, '0'));
  if (!m) return null;
  const raw = m[0].replace(/[\s.,'\u00a0\u202f]+$/u, '').replace(/[\s\u00a0\u202f']/gu, '');
  const marks = raw.replace(/[^.,]/g, '');
  let int = raw;
  let frac = '';
  let ambiguous = false;
  if (marks.length > 0) {
    const last = marks[marks.length - 1] ?? '.';
    const pos = raw.lastIndexOf(last);
    const after = raw.slice(pos + 1);
    const once = marks.split(last).length === 2;
    if (once && (after.length !== 3 || marks.length > 1)) {
      int = raw.slice(0, pos);
      frac = after;
    } else if (once && after.length === 3) {
      ambiguous = true;
    }
    int = int.replace(/[.,]/g, '');
  }
  const value = Number(`${int}.${frac || '0'}`);
  return Number.isFinite(value) ? { value, ambiguous } : null;
}

const MONTHS: Record<string, number> = {};
[
  ['january', 'janvier', 'janeiro', 'jan', 'janv'],
  ['february', 'fevrier', 'fevereiro', 'feb', 'fev', 'fevr'],
  ['march', 'mars', 'marco', 'mar'],
  ['april', 'avril', 'abril', 'apr', 'avr', 'abr'],
  ['may', 'mai', 'maio'],
  ['june', 'juin', 'junho', 'jun'],
  ['july', 'juillet', 'julho', 'jul', 'juil'],
  ['august', 'aout', 'agosto', 'aug', 'ago'],
  ['september', 'septembre', 'setembro', 'sep', 'sept', 'set'],
  ['october', 'octobre', 'outubro', 'oct', 'out'],
  ['november', 'novembre', 'novembro', 'nov'],
  ['december', 'decembre', 'dezembro', 'dec', 'dez'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number) => String(n).padStart(2, '0');
function isoDate(y: number, m: number, d: number): string | null {
  const year = y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y;
  const dt = new Date(Date.UTC(year, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d || year < 1950 || year > 2100)
    return null;
  return `${year}-${pad(m)}-${pad(d)}`;
}

/** First calendar date in the text as YYYY-MM-DD (day-first numerics; EN/FR/PT month names). */
export function readDate(text: string): string | null {
  const t = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(?<=\d)[o]|[o](?=\d)/g, '0');
  let m = /(\d{4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?!\d)/.exec(t);
  if (m) {
    return (
      isoDate(Number(m[4]), Number(m[3]), Number(m[1])) ??
      isoDate(Number(m[4]), Number(m[1]), Number(m[3]))
    );
  }
  m =
    /(\d{1,2})(?:er|st|nd|rd|th|º|°)?\s*(?:de\s+)?[-\s.]?\s*([a-z]{3,9})\.?\s*(?:de\s+)?[-\s,.]?\s*(\d{4}|\d{2})(?!\d)/.exec(
      t,
    );
  if (m && MONTHS[m[2] ?? ''] !== undefined) {
    return isoDate(Number(m[3]), MONTHS[m[2] ?? ''] ?? 0, Number(m[1]));
  }
  m = /([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(t);
  if (m && MONTHS[m[1] ?? ''] !== undefined) {
    return isoDate(Number(m[3]), MONTHS[m[1] ?? ''] ?? 0, Number(m[2]));
  }
  return null;
}

const REGION_CODES: string[] = [];
const COUNTRY_BY_NAME = new Map<string, string>();
{
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const names = ['en', 'fr', 'pt'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const en = names[0]?.of(code);
      if (!en || en === code || /unknown/i.test(en)) continue;
      REGION_CODES.push(code);
      for (const n of names) {
        const name = n.of(code);
        if (name) COUNTRY_BY_NAME.set(fold(name), code);
      }
    }
  }
  const aliases: Record<string, string[]> = {
    CD: [
      'DR Congo',
      'RD Congo',
      'République démocratique du Congo',
      'Democratic Republic of the Congo',
    ],
    RU: ['Russian Federation', 'Fédération de Russie', 'Federação Russa'],
    HK: ['Hong Kong, China', 'Hong Kong', 'Hong Kong, Chine'],
    US: ['United States of America', 'USA', 'États-Unis', 'Estados Unidos da América'],
    ZW: ['Zimbabué'],
    CI: ["Côte d'Ivoire", 'Ivory Coast'],
    AE: ['UAE'],
    GB: ['UK', 'Great Britain'],
  };
  for (const [code, list] of Object.entries(aliases)) {
    for (const n of list) COUNTRY_BY_NAME.set(fold(n), code);
  }
}

export const isRegionCode = (code: string): boolean => REGION_CODES.includes(code);

/** One country name (EN/FR/PT) or ISO alpha-2 code, tolerating a typo in long names. */
export function readCountry(text: string): string | null {
  const f = fold(text);
  if (f.length < 2) return null;
  const exact = COUNTRY_BY_NAME.get(f);
  if (exact) return exact;
  if (/^[A-Z]{2}$/.test(text.trim()) && isRegionCode(text.trim())) return text.trim();
  if (f.length < 6) return null;
  let best: string | null = null;
  let bestD = Infinity;
  for (const [name, code] of COUNTRY_BY_NAME) {
    if (Math.abs(name.length - f.length) > 2) continue;
    const d = editDistance(name, f);
    if (d < bestD) [best, bestD] = [code, d];
  }
  return bestD <= Math.max(1, Math.floor(f.length / 8)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(
        Math.min(
          (prev[j] ?? 0) + 1,
          (cur[j - 1] ?? 0) + 1,
          (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Origins: a list of countries, or MIXED for "mixed"/"mixte"/"misto"/asterisks. */
export function readOrigins(text: string): string[] | null {
  if (/\bmi(x|s)t|mixed|\*\s*\*\s*\*/iu.test(text)) return ['MIXED'];
  const parts = text.split(/[,;/]|\s+and\s+|\s+et\s+|\s+e\s+/u).map((p) => p.trim());
  // "Hong Kong, China" is one name with a comma in it.
  const whole = readCountry(text);
  if (whole) return [whole];
  const codes = parts.filter((p) => p.length > 0).map(readCountry);
  if (codes.length === 0 || codes.some((c) => c === null)) return null;
  return [...new Set(codes as string[])];
}

const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '¥': 'JPY',
  'Rs.': 'INR',
};
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
// Codes that are also common words or abbreviations in upper-case documents ("ALL", "PEN",
// "COP", "CUP") count only beside an amount.
const WORDLIKE = new Set([
  'ALL',
  'PEN',
  'COP',
  'CUP',
  'TOP',
  'SOS',
  'MOP',
  'BOB',
  'GEL',
  'MAD',
  'AND',
  'NOK',
  'TRY',
  'SAR',
  'SCR',
  'LAK',
  'ANG',
]);

/** A currency named by ISO code (standalone, upper case) or by symbol. */
export function readCurrency(text: string): string | null {
  for (const m of text.matchAll(/(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/g)) {
    const code = m[1] ?? '';
    if (!CURRENCIES.has(code)) continue;
    if (WORDLIKE.has(code) && !/\d/.test(text)) continue;
    return code;
  }
  for (const [sym, code] of Object.entries(SYMBOLS)) {
    if (text.includes(sym)) return code;
  }
  return null;
}

export const HS_VALID = ['7102.10', '7102.21', '7102.31'];

/** Every 7102.xx code in the text (including non-KP 7102.29/.39, which checks must see). */
export function readHsCodes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replace(/[Oo]/g, '0').matchAll(/(?<!\d)71\s?02\s?[.,]?\s?(\d{2})(?!\d)/g)) {
    const code = `7102.${m[1] ?? ''}`;
    if (!out.includes(code)) out.push(code);
  }
  return out;
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
export function readAwbNumber(text: string): string | null {
  const m = /(?<!\d)(\d{3})\s?[-–]?\s?(\d{4})\s?(\d{4})(?!\d)/.exec(
    text.replace(/[Oo](?=\d)/g, '0'),
  );
  return m ? `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}` : null;
}

export function awbCheckDigitValid(awb: string): boolean {
  return awb.length === 11 && Number(awb.slice(3, 10)) % 7 === Number(awb[10]);
}
