// Currencies → ISO 4217, from codes (USD), symbols (US$, €, ₹, HK$) and words ("US Dollars",
// "dollars américains", "dólares").
//
// Decisions:
// - The first currency mentioned wins ("USD 1,000 (EUR 920)" → USD).
// - A bare "$" or "dollars" is USD: the KP value and diamond invoices are in US dollars, and
//   other dollars are nearly always written with their prefix (HK$, C$, S$, N$).
// - Single letters are currencies only against an amount: "R 12,500.00" → ZAR, "P12,000" → BWP.
// - Codes count in capitals, or in any case when the code is the whole text ("usd").
// - A symbol run on into letters, or after them, is a letter OCR misread ("€K128/07OCT23", a
//   flight's E; "bardeisA_£105T0"), not a currency: a currency's mark stands beside its
//   amount or alone.
import { stripAccents } from './fold-text';

const CODES = [
  'USD',
  'EUR',
  'GBP',
  'AED',
  'BWP',
  'ZAR',
  'INR',
  'HKD',
  'CHF',
  'ILS',
  'CAD',
  'NAD',
  'AOA',
  'CDF',
  'XAF',
  'XOF',
  'SLL',
  'SLE',
  'GNF',
  'TZS',
  'ZWL',
  'ZWG',
  'LSL',
  'RUB',
  'CNY',
  'JPY',
  'SGD',
  'AUD',
  'THB',
  'LKR',
  'BRL',
  'GYD',
  'VES',
  'LRD',
  'GHS',
  'SEK',
  'NOK',
  'DKK',
  'KES',
  'MZN',
  'NGN',
  'QAR',
  'OMR',
  'BHD',
  'KWD',
  'MUR',
  'MXN',
  'NZD',
] as const;

// Symbols and words, matched on accent-free lower-case text. Longer entries first.
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bhk ?\$|\bhong ?kong dollars?\b/u, 'HKD'],
  [/(?<![a-z])(?:c|ca|can|cad) ?\$|\bcanadian dollars?\b|\bdollars? canadiens?\b/u, 'CAD'],
  [/(?<![a-z])(?:a|au|aud) ?\$|\baustralian dollars?\b/u, 'AUD'],
  [/(?<![a-z])(?:s|sg|sgd) ?\$|\bsingapore dollars?\b/u, 'SGD'],
  [/(?<![a-z])(?:n|nad) ?\$|\bnamibian? dollars?\b/u, 'NAD'],
  [/(?<![a-z])r ?\$|\breais\b|\breal brasileiro\b/u, 'BRL'],
  [/(?<![a-z])(?:us|u\.s\.|usd) ?\$|\$|\bu\.? ?s\.? dollars?\b|\bus ?dollars?\b/u, 'USD'],
  [
    /\bdollars? (?:americains?|des etats ?unis|us)\b|\bdolares?(?: americanos?| dos eua)?\b/u,
    'USD',
  ],
  // OCR misreadings of the code itself (USB, USP, U5D): not real codes, so no other currency lost.
  [/\bu(?:sb|sp|5d)\b/u, 'USD'],
  [/\bdollars?\b/u, 'USD'],
  [/(?<![a-z_])€(?![a-z])|\beuros?\b/u, 'EUR'],
  [/(?<![a-z_])£(?![a-z])|\bpounds? sterling\b|\blivres? sterling\b|\bbritish pounds?\b/u, 'GBP'],
  [/₹|\brs\.?(?= ?-?\d)|\b(?:indian )?rupees?\b|\broupies?\b|\brupias?\b/u, 'INR'],
  [/₪|\bnis\b|\bshekels?\b|\bnew israeli shekels?\b/u, 'ILS'],
  [/\bdhs?\.?(?= ?\d)|\bdhs\b|\bdirhams?\b|د\.إ/u, 'AED'],
  [/\bswiss francs?\b|\bfrancs? suisses?\b|\bsfr\.?(?= ?\d)|\bfr\.(?= ?\d)/u, 'CHF'],
  [/\bpula\b/u, 'BWP'],
  [/\brands?\b(?! ?\$)/u, 'ZAR'],
  [/\bkwanzas?\b|\bkz(?= ?\d)/u, 'AOA'],
  [/₽|\broubles?\b|\brubles?\b|\brublos?\b/u, 'RUB'],
  [/\bfrancs? congolais\b/u, 'CDF'],
];

// Single letters next to an amount: before it ("R 1,000", "P12 000,00") or after it.
const LETTER_AMOUNT = /(?<![\p{L}\p{N}])([RP])\s?(?=\d)|(?<=\d)\s?([RP])(?![\p{L}\p{N}])/u;
const LETTER_CODE: Record<string, string> = { R: 'ZAR', P: 'BWP' };

interface Hit {
  at: number;
  length: number;
  code: string;
}

/** ISO 4217 code of the first currency the text names, or null. Never throws. */
export function parseCurrency(text: string): string | null {
  if (text.length > 2000) text = text.slice(0, 2000);
  const trimmed = text.trim().toUpperCase();
  if ((CODES as readonly string[]).includes(trimmed)) return trimmed;
  const hits: Hit[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/gu)) {
    if ((CODES as readonly string[]).includes(m[0])) {
      hits.push({ at: m.index, length: 3, code: m[0] });
    }
  }
  // Accent stripping can change lengths, so positions below are approximate; good enough to
  // order mentions that are words apart.
  const folded = stripAccents(text).toLowerCase();
  for (const [pattern, code] of WORDS) {
    const m = pattern.exec(folded);
    if (m) hits.push({ at: m.index, length: m[0].length, code });
  }
  const letter = LETTER_AMOUNT.exec(text);
  if (letter) {
    const code = LETTER_CODE[letter[1] ?? letter[2] ?? ''];
    if (code !== undefined) hits.push({ at: letter.index, length: 1, code });
  }
  hits.sort((a, b) => a.at - b.at || b.length - a.length);
  return hits[0]?.code ?? null;
}
