// A company's legal form at the end of its name, as OCR misreads it: "Pvt. Lid." for Ltd.,
// "JS(" for JSC, "5A" for SA, "B.V" read "8.V". One character off a known form, by one of
// OCR's usual confusions, is put right; anything further is left as printed.

// Forms of three letters or more, as printed (upper or title case is kept from the input).
const FORMS = [
  'Ltd',
  'LLC',
  'LLP',
  'Inc',
  'Corp',
  'JSC',
  'PJSC',
  'SARL',
  'SPRL',
  'BVBA',
  'GmbH',
  'FZE',
  'FZCO',
  'DMCC',
  'PLC',
  'Pvt',
  'Lda',
  'Ltda',
  'Pty',
];

// Pairs OCR swaps (either way), lower-cased.
const CONFUSED = new Set(['i:t', 'l:t', '1:l', '1:i', '(:c', '0:o', '5:s', '8:b', 'c:e', 'a:o']);

function oneConfusionApart(seen: string, form: string): boolean {
  if (seen.length !== form.length) return false;
  let diff = 0;
  for (let i = 0; i < seen.length; i++) {
    const a = seen[i]?.toLowerCase() ?? '';
    const b = form[i]?.toLowerCase() ?? '';
    if (a === b) continue;
    diff += 1;
    if (diff > 1 || !(CONFUSED.has(`${a}:${b}`) || CONFUSED.has(`${b}:${a}`))) return false;
  }
  return diff === 1;
}

/** The name with its last word's legal form repaired when OCR took one letter for another. */
export function repairLegalForm(name: string): string {
  const m = /^(.*\S\s+)([^\s]+?)([.,]*)$/u.exec(name);
  if (!m) return name;
  const [, head = '', last = '', tail = ''] = m;
  if (FORMS.some((f) => f.toLowerCase() === last.toLowerCase())) return name;
  const form = FORMS.find((f) => oneConfusionApart(last, f));
  if (!form) return name;
  const upper = last === last.toUpperCase() && /\p{L}/u.test(last);
  return `${head}${upper ? form.toUpperCase() : form}${tail}`;
}
