// A page that was scanned on its side or upside down is read upright by OCR, but its word
// boxes are kept on the page as stored (so they land on the image the reviewer sees). Layout
// reasoning (the value right of or below its label) needs the reading frame, so words are
// turned upright first; the caller keeps the stored words for the boxes it reports.
import type { Word } from '../../ingest/word';

/** `word` as it lies on the page after the page is turned `degrees` clockwise. */
export function turnWord(word: Word, degrees: number): Word {
  const q = ((Math.round(degrees / 90) % 4) + 4) % 4;
  const { x0, y0, x1, y1 } = word;
  switch (q) {
    case 1:
      return { ...word, x0: 1 - y1, y0: x0, x1: 1 - y0, y1: x1 };
    case 2:
      return { ...word, x0: 1 - x1, y0: 1 - y1, x1: 1 - x0, y1: 1 - y0 };
    case 3:
      return { ...word, x0: y0, y0: 1 - x1, x1: y1, y1: 1 - x0 };
    default:
      return word;
  }
}
