// Month names and abbreviations, folded (no accents, lower case): English, French and
// Portuguese as domain.md asks, plus German, Dutch and Spanish because real invoices from hub
// traders use them ("7. Mai 2014", "19 april 2014"). No name means two different months across
// these languages, so one table serves every document whatever its language.
import { foldText } from './fold-text';

const NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'janeiro', 'januar', 'januari', 'enero', 'ene'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'fevereiro', 'februar', 'februari', 'febrero'],
  ['march', 'mar', 'mars', 'marco', 'marz', 'maerz', 'mrz', 'maart', 'mrt', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'maio', 'mei', 'mayo'],
  ['june', 'jun', 'juin', 'junho', 'juni', 'junio'],
  ['july', 'jul', 'juillet', 'juil', 'julho', 'juli', 'julio'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'setembro', 'set', 'septiembre'],
  ['october', 'oct', 'octobre', 'outubro', 'out', 'oktober', 'okt', 'octubre'],
  ['november', 'nov', 'novembre', 'novembro', 'noviembre'],
  ['december', 'dec', 'decembre', 'dezembro', 'dez', 'dezember', 'diciembre', 'dic'],
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
