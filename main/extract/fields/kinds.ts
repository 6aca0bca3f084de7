// What a value of each kind must look like, and how sure the reading is (validity 0..1).
import type { FieldValue } from '../types';
import {
  awbCheckDigitValid,
  HS_VALID,
  readAwbNumber,
  readCertificateNumbers,
  readCountry,
  readCurrency,
  readDate,
  readHsCodes,
  readNumber,
  readOrigins,
} from './parsers';

export type Kind =
  | 'text'
  | 'name'
  | 'address'
  | 'reference'
  | 'amount'
  | 'carats'
  | 'count'
  | 'weight'
  | 'date'
  | 'country'
  | 'origins'
  | 'hs_codes'
  | 'certificate'
  | 'certificates'
  | 'awb'
  | 'currency'
  | 'airport';

export interface Reading {
  value: FieldValue;
  validity: number;
  /** The part of the text the value came from, when narrower than the whole span. */
  part?: string;
}

const hasLetters = (t: string) => /\p{L}{2}/u.test(t);

function numeric(text: string, check: (n: number) => boolean): Reading | null {
  if (!/\d/.test(text)) return null;
  // A value cell is mostly number: long prose with a number in it is not this field.
  const letters = text
    .replace(/US\$|USD|EUR|ct|cts|kg|K\b|carats?/giu, '')
    .replace(/[^\p{L}]/gu, '');
  if (letters.length > 4) return null;
  const n = readNumber(text);
  if (!n || !check(n.value)) return null;
  return { value: n.value, validity: n.ambiguous ? 0.85 : 1 };
}

export function interpret(kind: Kind, text: string): Reading | null {
  const t = text.trim();
  if (t.length === 0) return null;
  switch (kind) {
    case 'name': {
      // Company names are short and capitalised; a run of lower-case words is prose.
      const words = t.split(/\s+/);
      const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
      if (!hasLetters(t) || words.length > 9 || lower > Math.max(1, words.length / 3)) return null;
      return { value: t.replace(/\s*,\s*$/, ''), validity: 0.9 };
    }
    case 'text':
    case 'address':
      return hasLetters(t) ? { value: t.replace(/\s*,\s*$/, ''), validity: 0.9 } : null;
    case 'reference': {
      const m = /[A-Z0-9][A-Z0-9/\-_.]*\d[A-Z0-9/\-_.]*/iu.exec(t);
      return m && m[0].length >= 3
        ? { value: m[0].replace(/[.]$/, ''), validity: 0.9, part: m[0] }
        : null;
    }
    case 'amount':
      return numeric(t, (n) => n > 0 && n < 1e10);
    case 'carats':
      return numeric(t, (n) => n > 0 && n < 1e8);
    case 'weight':
      return numeric(t, (n) => n > 0 && n < 1e5);
    case 'count': {
      const r = numeric(t, (n) => Number.isInteger(n) && n > 0 && n < 10000);
      return r && /^\D*\d{1,4}\b/.test(t) ? r : null;
    }
    case 'date': {
      const d = readDate(t);
      return d ? { value: d, validity: 1 } : null;
    }
    case 'country': {
      const c = readCountry(t) ?? readCountry(t.split(/[,(]/)[0] ?? '');
      return c ? { value: c, validity: 1 } : null;
    }
    case 'origins': {
      const o = readOrigins(t);
      return o ? { value: o, validity: 1 } : null;
    }
    case 'hs_codes': {
      const codes = readHsCodes(t);
      if (codes.length === 0) return null;
      return { value: codes, validity: codes.every((c) => HS_VALID.includes(c)) ? 1 : 0.9 };
    }
    case 'certificate': {
      const c = readCertificateNumbers(t)[0];
      if (c) return { value: c, validity: 1 };
      // Beside its label even a number without a real ISO prefix is the certificate's: the
      // prefix check is a finding, not a reason to lose the number.
      const loose = /^([A-Z]{2})\s?[-.]?\s?(\d{5,9})$/.exec(t.toUpperCase());
      return loose ? { value: `${loose[1] ?? ''} ${loose[2] ?? ''}`, validity: 0.75 } : null;
    }
    case 'certificates': {
      const cs = readCertificateNumbers(t);
      if (cs.length > 0) return { value: cs, validity: 1 };
      const loose = interpret('certificate', t);
      return loose && typeof loose.value === 'string'
        ? { value: [loose.value], validity: loose.validity }
        : null;
    }
    case 'awb': {
      const a = readAwbNumber(t);
      // A failed check digit is a finding for the checks, not a reason to drop the number.
      return a ? { value: a, validity: awbCheckDigitValid(a) ? 1 : 0.85 } : null;
    }
    case 'currency': {
      const c = readCurrency(t);
      return c ? { value: c, validity: 1 } : null;
    }
    case 'airport': {
      const m = /\b([A-Z]{3})\b/.exec(t);
      return m?.[1] ? { value: m[1], validity: 0.9, part: m[1] } : null;
    }
  }
}
