// Company legal forms as printed after a name ("Pvt. Ltd.", "GmbH", "S.A.", "(Pty)"): one
// list for every reader that asks whether a word is one. (Comparing two names folds forms
// away with its own, longer list of spelled-out forms: party-name.ts.)

/** In their usual printed case, which a repaired form takes. */
export const PRINTED_FORMS = [
  'Ltd',
  'Limited',
  'LLC',
  'LLP',
  'Inc',
  'Corp',
  'NV',
  'BV',
  'BVBA',
  'SA',
  'S.A',
  'SARL',
  'SPRL',
  'GmbH',
  'AG',
  'FZE',
  'FZCO',
  'DMCC',
  'PLC',
  'Pvt',
  'Pty',
  '(Pty)',
  'Lda',
  'Ltda',
  'JSC',
  'PJSC',
  'CC',
] as const;

const FOLDED = new Set<string>(PRINTED_FORMS.map((f) => f.toLowerCase()));

/** "Ltd", "ltd.", "S.A.", "(Pty)": one word that is a legal form, with or without its dot. */
export function isLegalForm(word: string): boolean {
  return FOLDED.has(word.toLowerCase().replace(/\.$/u, ''));
}

/** A word of running text that is a legal form, a comma, semicolon or colon after it aside. */
export function isLegalFormWord(word: string): boolean {
  return isLegalForm(word.replace(/[,;:]+$/u, ''));
}

/** Some word of the text, trailing punctuation aside, is a legal form. */
export function hasLegalForm(text: string): boolean {
  return text.split(/\s+/u).some(isLegalFormWord);
}
