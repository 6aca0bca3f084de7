// Carats and money are printed with their decimals: a whole figure far right of the caption
// that OCR doubted in every glyph (a "2" read off the page's edge where the box's value was
// lost) is a border's speck, not a reading of the value.
import type { Word } from '../../ingest/word';
import { textOf } from '../layout/lines';
import type { Kind } from './kinds';

// Below this OCR confidence a figure without decimals far across the page is a speck.
const DOUBTED_FIGURE = 0.5;

/** True when the far-right words are no reading of a carats or money value. */
export function crumbFigure(kind: Kind, words: readonly Word[]): boolean {
  return (
    (kind === 'carats' || kind === 'amount') &&
    !/\d[.,]\d/u.test(textOf(words)) &&
    words.every((w) => w.confidence < DOUBTED_FIGURE)
  );
}
