// Countries → ISO 3166-1 alpha-2, from names in English, French and Portuguese (accents and case
// optional), the usual short forms (DR Congo, RDC, UAE, USA, Ivory Coast…) and codes.
//
// Decisions:
// - Codes count only when printed in capitals ("BW", "BWA"): "in", "be", "no" are words.
// - Plain "Congo" is CD: in diamond trade the Democratic Republic is the one that matters, and
//   Brazzaville is usually written "Republic of (the) Congo" or "Congo-Brazzaville".
// - Names are looked up exactly, then without "Republic of"-style prefixes, then as a known
//   name inside a longer text ("Country of origin: Botswana"), then with one or two OCR errors
//   (only when a single country is that close).
import { createRequire } from 'node:module';
// The package's browser entry: its Node entry require()s every locale file by computed path,
// which breaks when a bundler inlines the dependency. Names are loaded below, three locales only.
import countries from 'i18n-iso-countries/index.js';
import { foldText } from './fold-text';
import { rememberByText } from '../memo';
import { editDistanceWithin } from './string-distance';

interface LocaleFile {
  countries: Record<string, string | readonly string[]>;
}

// The names come straight from the package's JSON files: the same code path under vitest and in
// the bundled CLI (the dependency is external there), with no JSON-module import attributes.
const load = (lang: string): LocaleFile =>
  createRequire(import.meta.url)(`i18n-iso-countries/langs/${lang}.json`) as LocaleFile;

// pt.json swaps the two Congos (CD "República Popular do Congo"); those rows are replaced below.
const SKIP = new Set(['pt:CD', 'pt:CG', 'en:CG:congo']);

const EXTRA: Record<string, readonly string[]> = {
  CD: [
    'congo',
    'dr congo',
    'd r congo',
    'drc',
    'rdc',
    'rd congo',
    'r d congo',
    'congo kinshasa',
    'democratic republic of congo',
    'congo democratic republic',
    'congo democratic republic of the',
    'congo the democratic republic of the',
    'republique democratique du congo',
    'republica democratica do congo',
  ],
  CG: ['congo brazzaville', 'republic of congo', 'republique du congo', 'republica do congo'],
  CI: ['ivory coast', 'cote d ivoire', 'cote divoire', 'costa do marfim'],
  AE: ['uae', 'u a e', 'emirats arabes unis', 'emirados arabes unidos'],
  US: ['usa', 'u s a', 'united states', 'etats unis', 'etats unis d amerique', 'eua'],
  GB: ['uk', 'u k', 'great britain', 'united kingdom'],
  RU: ['russia', 'russian federation', 'federation de russie', 'russie', 'federacao russa'],
  HK: ['hong kong china', 'hong kong chine', 'hong kong sar', 'hong kong sar china', 'hksar'],
  MO: ['macao china', 'macau china', 'macao sar'],
  ZA: ['rsa', 'republic of south africa', 'republique d afrique du sud'],
  CF: ['centrafrique', 'central african rep', 'republique centrafricaine'],
  TZ: ['tanzania', 'tanzanie', 'tanzania united republic of'],
  BW: ['botsuana'],
  LS: ['lesoto'],
  ZW: ['zimbabue', 'zimbabwe'],
  GN: ['guinea conakry', 'guinee conakry'],
  KR: ['korea south', 'south korea'],
  BE: ['belgie', 'belgien'],
};

/** Short forms that are also ordinary words in lower case: they count only in capitals. */
const CAPITALS_ONLY = new Map([['CAR', 'CF']]);

const PREFIXES =
  /^(?:the |(?:federal |united |democratic |islamic )?(?:republic|kingdom|state|commonwealth) of (?:the )?|republique (?:du |de la |de l |d |de |des )?|republica (?:de |do |da |dos )?|reino (?:de |do |da )?|royaume (?:du |de |des )?)/u;

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (name: string, code: string): void => {
    const key = foldText(name);
    if (key !== '' && !index.has(key)) index.set(key, code);
  };
  for (const [code, names] of Object.entries(EXTRA)) for (const n of names) add(n, code);
  for (const lang of ['en', 'fr', 'pt']) {
    for (const [code, names] of Object.entries(load(lang).countries)) {
      if (SKIP.has(`${lang}:${code}`)) continue;
      for (const n of typeof names === 'string' ? [names] : names) {
        if (!SKIP.has(`${lang}:${code}:${foldText(n)}`)) add(n, code);
      }
    }
  }
  return index;
}

let cached: { index: Map<string, string>; scan: [string, string][] } | null = null;
function tables(): { index: Map<string, string>; scan: [string, string][] } {
  if (!cached) {
    const index = buildIndex();
    // Names searched inside longer text: long enough not to hit ordinary words.
    const named = [...index.entries()];
    // A name of two words OCR glued together ("HongKong, (China"): longer than the name of
    // one word after it, it wins over that one, as the name with its space would.
    const glued = named
      .filter(([name]) => /^[a-z]+ [a-z]+$/u.test(name))
      .map(([name, code]): [string, string] => [name.replace(' ', ''), code])
      .filter(([name]) => !index.has(name));
    const scan = [...named, ...glued]
      .filter(([name]) => name.length >= 4 || ['uae', 'usa', 'drc', 'rdc', 'rsa'].includes(name))
      .sort((a, b) => b[0].length - a[0].length);
    cached = { index, scan };
  }
  return cached;
}

function fromCode(raw: string): string | null {
  const t = raw.trim().replace(/\.$/u, '');
  const caps = CAPITALS_ONLY.get(t);
  if (caps !== undefined) return caps;
  if (/^[A-Z]{2}$/u.test(t)) return countries.isValid(t) ? t : null;
  if (/^[A-Z]{3}$/u.test(t)) return countries.alpha3ToAlpha2(t) ?? null;
  return null;
}

/** Exact name, capitals code or name without a "Republic of" prefix; no guessing. */
export function lookupCountry(text: string): string | null {
  const { index } = tables();
  const folded = foldText(text);
  const exact = index.get(folded);
  if (exact !== undefined) {
    // "US"/"UK" are names in the index too, but a lower-case two-letter word is not a code.
    return folded.length > 2 || /^[A-Z]{2}$/u.test(text.trim()) ? exact : null;
  }
  const code = fromCode(text);
  if (code !== null) return code;
  const bare = folded.replace(PREFIXES, '');
  return bare !== folded ? (index.get(bare) ?? null) : null;
}

function scanForName(folded: string): string | null {
  const padded = ` ${folded} `;
  let best: { code: string; at: number; length: number } | null = null;
  for (const [name, code] of tables().scan) {
    if (best && name.length < best.length) break;
    const at = padded.indexOf(` ${name} `);
    if (at >= 0 && (!best || at < best.at)) best = { code, at, length: name.length };
  }
  return best?.code ?? null;
}

function fuzzyName(folded: string): string | null {
  // No country name has digits: an address or an amount is not worth a thousand comparisons.
  if (folded.length < 5 || folded.length > 60 || /\d/u.test(folded)) return null;
  const allowed = folded.length >= 9 ? 2 : 1;
  let bestDistance = allowed + 1;
  let bestCodes = new Set<string>();
  for (const [name, code] of tables().index) {
    if (Math.abs(name.length - folded.length) > allowed || name.length < 5) continue;
    const d = editDistanceWithin(folded, name, bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      bestCodes = new Set([code]);
    } else if (d === bestDistance) bestCodes.add(code);
  }
  return bestCodes.size === 1 ? ([...bestCodes][0] ?? null) : null;
}

/** ISO 3166-1 alpha-2 code of the country the text names, or null. Never throws. */
export const parseCountry = rememberByText((text: string): string | null => {
  if (text.length > 500) return null;
  const direct = lookupCountry(text);
  if (direct !== null) return direct;
  const folded = foldText(text);
  if (folded === '') return null;
  for (const word of text.split(/[^A-Za-z]+/u)) {
    const caps = CAPITALS_ONLY.get(word);
    if (caps !== undefined) return caps;
  }
  return scanForName(folded) ?? fuzzyName(folded);
});

/** True for an assigned ISO 3166-1 alpha-2 code in capitals ("BW"); false for "ZZ", "bw". */
export function isIsoCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/u.test(code) && countries.isValid(code);
}
