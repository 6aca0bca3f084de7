// Carats and money are printed with their decimals: a whole figure far right of the caption
// that OCR doubted in every glyph, or one lone digit however sure (a "2" read off the page's
// edge where the box's value was lost or printed elsewhere), is a border's speck, not a
// reading of the value.
import type { Word } from '../../ingest/word';
import { type Line, textOf } from '../layout/lines';
import { rememberByObject } from '../memo';
import type { Kind } from './kinds';

// Below this OCR confidence a figure without decimals far across the page is a speck.
const DOUBTED_FIGURE = 0.5;

/** True when the far-right words are no reading of a carats or money value. */
export function crumbFigure(kind: Kind, words: readonly Word[]): boolean {
  return (
    (kind === 'carats' || kind === 'amount') &&
    !/\d[.,]\d/u.test(textOf(words)) &&
    (words.every((w) => w.confidence < DOUBTED_FIGURE) || /^\d$/u.test(textOf(words)))
  );
}

// A figure of at least this many digits printed without a mark is a large one's, marks lost.
const MIN_UNMARKED = 5;

const CENTS = /(?<![\d.,])\d{1,3}(?:[.,]\d{3})*[.,]\d{2}(?![\d.,])/u;

/** Whether the page prints some figure with its two decimals ("2,209.67"). */
export const printsCents = rememberByObject((lines: readonly Line[]): boolean =>
  lines.some((l) => l.words.some((w) => CENTS.test(w.text))),
);

/**
 * A carats or money figure OCR doubted in every glyph and read with no mark at all
 * ("21921777" for 219,217.77) on a page that prints its figures with two decimals: the marks
 * were lost, and the last two digits are the cents. Null when that is not the case.
 */
export function lostMarks(
  kind: Kind,
  words: readonly Word[],
  lines: readonly Line[],
): number | null {
  if (kind !== 'carats' && kind !== 'amount') return null;
  const text = textOf(words).trim();
  const digits = /^(?:US\$|USD|\$)?\s?(\d+)(?:\s?(?:ct|cts))?$/iu.exec(text)?.[1] ?? '';
  if (digits.length < MIN_UNMARKED || digits.startsWith('0')) return null;
  if (!words.every((w) => w.confidence < DOUBTED_FIGURE) || !printsCents(lines)) return null;
  return Number(digits) / 100;
}
