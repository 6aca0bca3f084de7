// A company's legal form at the end of its name, as OCR misreads it: "Pvt. Lid." for Ltd.,
// "JS(" for JSC, "5A" for SA, "B.V" read "8.V". One character off a known form, by one of
// OCR's usual confusions, is put right; anything further is left as printed.

import { PRINTED_FORMS } from './legal-forms';
import { oneConfusionApart } from './one-confusion';

// Forms of three letters or more, as printed (upper or title case is kept from the input).
const FORMS = PRINTED_FORMS.filter((f) => /^\p{L}{3,}$/u.test(f));
// Two-letter forms ("BV", "NV"): only a word in capitals is taken for one ("By" is a word).
const SHORT_FORMS = PRINTED_FORMS.filter((f) => /^\p{Lu}{2}$/u.test(f));

// Pairs OCR swaps (either way), lower-cased.
const CONFUSED = new Set([
  'i:t',
  'l:t',
  'i:l',
  '1:l',
  '1:i',
  '(:c',
  '0:o',
  '5:s',
  '8:b',
  'c:e',
  'a:o',
  'v:y',
]);

/** The legal form a word is, one OCR confusion off ("BY" for BV, "Lid" for Ltd), or null. */
export function misreadLegalForm(word: string): string | null {
  const shortForm = /^\p{Lu}{2}$/u.test(word)
    ? SHORT_FORMS.find((f) => oneConfusionApart(word, f, CONFUSED))
    : undefined;
  return shortForm ?? FORMS.find((f) => oneConfusionApart(word, f, CONFUSED)) ?? null;
}

/** The name with its last word's legal form repaired when OCR took one letter for another. */
export function repairLegalForm(name: string): string {
  const m = /^(.*\S\s+)([^\s]+?)([.,]*)$/u.exec(name);
  if (!m) return name;
  const [, head = '', last = '', tail = ''] = m;
  if (PRINTED_FORMS.some((f) => f.toLowerCase() === last.toLowerCase())) return name;
  const form = misreadLegalForm(last);
  if (!form) return name;
  const upper = last === last.toUpperCase() && /\p{L}/u.test(last);
  return `${head}${upper ? form.toUpperCase() : form}${tail}`;
}
