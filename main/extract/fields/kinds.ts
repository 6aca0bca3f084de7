// What a value of each kind must look like, and how sure the reading is (validity 0..1).
import type { FieldValue } from '../types';
import {
  awbCheckDigitValid,
  HS_VALID,
  readAwbNumber,
  findCertificateNumbers,
  readCountry,
  readCurrency,
  readDate,
  readHsCodes,
  readMisreadHsCodes,
  readNumber,
  readOrigins,
  readUnseparatedDate,
} from './parsers';
import { isNumberSign } from '../normalize/certificate-number';
import { looksLikeAddress } from '../normalize/address-shape';
import { isLegalFormWord } from '../normalize/legal-forms';
import { readsAsSentence } from '../normalize/sentence';

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
const letterCount = (t: string) => t.replace(/[^\p{L}]/gu, '').length;

// Units and currency marks that may stand beside a number in its cell.
const UNIT = /^(US\$|USD|EUR|\$|ct|cts|carats?|kg|kgs|K|L|lb)$/iu;

function numeric(text: string, check: (n: number) => boolean, cents = false): Reading | null {
  const m = /\d[\d\s.,'\u00a0\u202f]*/u.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index).trim();
  const after = text.slice(m.index + m[0].length).trim();
  // A value cell is a number with at most a unit around it (and a stamp's stray letters):
  // "4 parcel(s)" or prose with a number in it is not this field.
  if (before.length > 0 && !before.split(/\s+/).every((w) => UNIT.test(w) || w.length === 1)) {
    return null;
  }
  if (after.length > 0 && !after.split(/\s+/).every((w) => UNIT.test(w) || /^\p{L}$/u.test(w))) {
    return null;
  }
  // Carats and money carry two decimals: OCR that lost the decimal mark leaves "3.652 22"
  // (grouped thousands, a space, two digits) or "5.24349" (five decimals no value has: the
  // thousands mark, then the cents run on).
  const lost = cents
    ? (/^(\d{1,3}(?:([.,])\d{3})*)\s(\d{2})$/u.exec(m[0].trim()) ??
      /^([1-9]\d{0,2}([.,])\d{3})(\d{2})$/u.exec(m[0].trim()))
    : null;
  if (lost) {
    const whole = Number((lost[1] ?? '').replace(/[.,]/g, ''));
    const v = whole + Number(lost[3]) / 100;
    return check(v) ? { value: Math.round(v * 100) / 100, validity: 0.8 } : null;
  }
  // Space-grouped with the spaces of its head lost ("1301 508,44" for 1 301 508,44): one value
  // cell holds one number, not 1301 and a stray 508,44 after it.
  const head = cents ? /^([1-9]\d{3,5})\s(\d{3})[.,](\d{2})$/u.exec(m[0].trim()) : null;
  if (head) {
    const v = Number(`${head[1] ?? ''}${head[2] ?? ''}.${head[3] ?? ''}`);
    return check(v) ? { value: v, validity: 0.8 } : null;
  }
  const n = readNumber(m[0]);
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
      // OCR crumbs ("fi", "See a") are not names: a name has some substance and a capital.
      if (letterCount(t) < 4 || !/^[\p{Lu}\d(]/u.test(t)) return null;
      // The address line under a name OCR lost is no name, nor is a legal form alone (the
      // end of a name wrapped over the caption, its start not found).
      if (looksLikeAddress(t) || words.every(isLegalFormWord)) {
        return null;
      }
      return { value: t.replace(/\s*,\s*$/, ''), validity: 0.9 };
    }
    case 'address':
      if (letterCount(t) < 5 || (!/[\d,]/.test(t) && t.split(/\s+/).length < 2)) return null;
      return { value: t.replace(/\s*,\s*$/, ''), validity: 0.9 };
    case 'text':
      return hasLetters(t) && letterCount(t) >= 4 && !readsAsSentence(t)
        ? { value: t.replace(/\s*,\s*$/, ''), validity: 0.9 }
        : null;
    case 'reference': {
      const m = /[A-Z0-9][A-Z0-9/\-_.]*\d[A-Z0-9/\-_.]*/iu.exec(t);
      return m && m[0].length >= 3
        ? { value: m[0].replace(/[.]$/, ''), validity: 0.9, part: m[0] }
        : null;
    }
    case 'amount':
      return numeric(t, (n) => n > 0 && n < 1e10, true);
    case 'carats':
      return numeric(t, (n) => n > 0 && n < 1e8, true);
    case 'weight':
      return numeric(t, (n) => n > 0 && n < 1e5);
    case 'count': {
      // A count is a plain integer: "1,514.00" is a weight, not 1514 parcels.
      const r = numeric(t, (n) => Number.isInteger(n) && n > 0 && n < 10000);
      return r && /^\D*\d{1,4}(?![\d.,]\d)/.test(t) ? r : null;
    }
    case 'date': {
      const d = readDate(t) ?? readUnseparatedDate(t);
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
      if (codes.length === 0) {
        // Beside its label, a code that can only be the diamond heading misread: doubted.
        const misread = [...new Set(readMisreadHsCodes(t))];
        return misread.length > 0 ? { value: misread, validity: 0.75 } : null;
      }
      const raw = codes.length === 1 ? /71\s?02\s?[.,]?\s?\d{2}/u.exec(t)?.[0] : undefined;
      const validity = codes.every((c) => HS_VALID.includes(c)) ? 1 : 0.9;
      return { value: codes, validity, ...(raw ? { part: raw } : {}) };
    }
    case 'certificate': {
      const c = findCertificateNumbers(t)[0];
      if (c) return { value: c.value, validity: 1, part: c.raw };
      // Beside its label even a number without a real ISO prefix is the certificate's: the
      // prefix check is a finding, not a reason to lose the number.
      const loose = isNumberSign(t, 0)
        ? null
        : /^([A-Z]{2})\s?[-.]?\s?(\d{5,9})$/.exec(t.toUpperCase());
      // ...but not a blank form's format example ("XX 0000000"): no issuer numbers a
      // certificate with zeros only, and XX is the code kept for no country.
      if (loose && (loose[1] === 'XX' || /^0+$/u.test(loose[2] ?? ''))) return null;
      if (loose) return { value: `${loose[1] ?? ''} ${loose[2] ?? ''}`, validity: 0.75 };
      // A number with no prefix at all (certificate.prefix_mismatch): digits only.
      const bare = /^(?:n[o°º]\.?\s*)?(\d{5,9})$/iu.exec(t);
      return bare?.[1] && !/^0+$/u.test(bare[1])
        ? { value: bare[1], validity: 0.6, part: bare[1] }
        : null;
    }
    case 'certificates': {
      const cs = findCertificateNumbers(t);
      if (cs.length === 1) return { value: [cs[0]?.value ?? ''], validity: 1, part: cs[0]?.raw };
      if (cs.length > 1) return { value: cs.map((c) => c.value), validity: 1 };
      const loose = interpret('certificate', t);
      return loose && typeof loose.value === 'string'
        ? { value: [loose.value], validity: loose.validity }
        : null;
    }
    case 'awb': {
      const raw = /\d{3}\s?[-–]?\s?\d{4}\s?\d{4}/u.exec(t)?.[0];
      const a = readAwbNumber(t);
      // A failed check digit is a finding for the checks, not a reason to drop the number.
      return a ? { value: a, validity: awbCheckDigitValid(a) ? 1 : 0.85, part: raw } : null;
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
