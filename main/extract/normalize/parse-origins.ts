// Country of origin as certificates and invoices print it: one name, a list ("Botswana,
// Namibia", "Botswana / South Africa", "Angola e Namíbia"), "Mixed"/"Mixte"/"Misto", or the US
// form's asterisks. contract.md: a list of codes, or ["MIXED"] when the document says mixed
// without naming countries. When it says mixed AND names countries, the countries are returned.
import { foldText } from './fold-text';
import { lookupCountry, parseCountry } from './country';

export const MIXED = 'MIXED';

const MIXED_WORDS =
  /\b(?:mixed|mixte|mixtes|misto|mista|mixta|various|divers|diverses|varias|multiple|multiples|origins?|origines?|origens?|origem|of|de)\b/gu;
const SAYS_MIXED = /\b(?:mixed|mixte|misto|mista|mixta|various|multiple|multiples|varias)\b/u;
// Separators between names; kept so adjacent pieces can be re-joined ("Hong Kong, China",
// "Dem. Rep. Congo"). A full stop before a space is OCR's comma ("Botswana. Canada").
const SEPARATORS = /(\s*[,;/&+|()[\]\n]\s*|\.\s+|\s+(?:and|et|e|y)\s+)/iu;

/** Country codes in the text, or ["MIXED"]; [] when nothing is recognised. Never throws. */
export function parseOrigins(text: string): string[] {
  if (text.length > 1000) return [];
  if ((text.match(/\*/gu)?.length ?? 0) >= 2 && /^[*\s.\-_]+$/u.test(text.trim())) return [MIXED];
  const parts = text.split(SEPARATORS);
  const pieces = parts.filter((_, i) => i % 2 === 0);
  const codes: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let taken = 0;
    // Longest run of pieces that is one country name ("Congo, The Democratic Republic of the").
    for (let j = Math.min(pieces.length, i + 4); j > i + 1 && taken === 0; j--) {
      const joined = parts.slice(2 * i, 2 * j - 1).join('');
      const code = lookupCountry(joined);
      if (code !== null) {
        codes.push(code);
        taken = j - i;
      }
    }
    if (taken === 0) {
      const piece = pieces[i] ?? '';
      const rest = foldText(piece).replace(MIXED_WORDS, ' ').trim();
      const code = rest === '' ? null : parseCountry(piece);
      if (code !== null) codes.push(code);
      taken = 1;
    }
    i += taken;
  }
  const unique = [...new Set(codes)];
  if (unique.length > 0) return unique;
  return SAYS_MIXED.test(foldText(text)) ? [MIXED] : [];
}
