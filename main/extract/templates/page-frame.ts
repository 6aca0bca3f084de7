// Templates work in the page's reading frame (turned upright, as extraction reads it) so a
// layout learned on an upright scan still lands on the same layout scanned upside down;
// boxes are reported on the page as stored, where the reviewer sees them.
import type { Word } from '../../ingest/word';
import { turnWord } from '../layout/upright';
import type { Bbox, PageWords } from '../types';

export interface FramedPage {
  pageNo: number;
  /** The page's words turned upright. */
  words: Word[];
  /** Each upright word's stored original. */
  stored: Map<Word, Word>;
  rotation: number;
}

export function framePage(page: PageWords): FramedPage {
  const stored = new Map<Word, Word>();
  const rotation = page.rotation ?? 0;
  const words = page.words.map((w) => {
    const t = turnWord(w, rotation);
    stored.set(t, w);
    return t;
  });
  return { pageNo: page.pageNo, words, stored, rotation };
}

/** A box on the stored page, in the upright frame. */
export function boxUpright(box: Bbox, rotation: number): Bbox {
  const [x0, y0, x1, y1] = box;
  const t = turnWord({ text: '', x0, y0, x1, y1, confidence: 1 }, rotation);
  return [t.x0, t.y0, t.x1, t.y1];
}

export const centre = (w: { x0: number; y0: number; x1: number; y1: number }) => ({
  x: (w.x0 + w.x1) / 2,
  y: (w.y0 + w.y1) / 2,
});

export function inside(p: { x: number; y: number }, box: Bbox, margin = 0): boolean {
  return (
    p.x >= box[0] - margin &&
    p.x <= box[2] + margin &&
    p.y >= box[1] - margin &&
    p.y <= box[3] + margin
  );
}
