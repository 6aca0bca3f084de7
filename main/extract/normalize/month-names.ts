// Month names and abbreviations in English, French and Portuguese, folded (no accents, lower
// case). No abbreviation means two different months across the three languages, so one table
// serves every document whatever its language.
import { foldText } from './fold-text';

const NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'janeiro'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'fevereiro'],
  ['march', 'mar', 'mars', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'maio'],
  ['june', 'jun', 'juin', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'julho'],
  ['august', 'aug', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'setembro', 'set'],
  ['october', 'oct', 'octobre', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'novembro'],
  ['december', 'dec', 'decembre', 'dezembro', 'dez'],
];

const BY_NAME = new Map<string, number>(
  NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** Longest names first, so the regex alternation prefers "septembre" over "sept". */
export const MONTH_PATTERN = [...BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

/** 1–12 for a month name or abbreviation in EN/FR/PT (any case, accents optional). */
export function monthNumber(name: string): number | null {
  return BY_NAME.get(foldText(name).replace(/\s/g, '')) ?? null;
}
