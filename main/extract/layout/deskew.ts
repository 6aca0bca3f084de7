// Scans arrive skewed (a few degrees on a poor scan), and OCR boxes keep the skew: across a
// page a line drifts by more than its own height, so label and value fall on different
// lines. The skew is measured from neighbouring words on one line and sheared out; the caller
// keeps the original words for the boxes it reports.
import type { Word } from '../../ingest/word';

/** Median slope (dy/dx in page fractions) between words that follow each other on a line. */
export function estimateSlope(words: readonly Word[]): number {
  const slopes: number[] = [];
  const sorted = [...words].sort((a, b) => a.x0 - b.x0);
  for (const w of sorted) {
    const h = w.y1 - w.y0;
    if (h <= 0 || w.text.length < 2) continue;
    const cy = (w.y0 + w.y1) / 2;
    // The next word to the right at about the same height, a few words away for precision.
    const next = sorted.find(
      (o) =>
        o !== w &&
        o.x0 > w.x1 &&
        o.x0 - w.x1 < 0.25 &&
        o.text.length >= 2 &&
        Math.abs(o.y1 - o.y0 - h) < 0.4 * h &&
        Math.abs((o.y0 + o.y1) / 2 - cy) < 0.8 * h,
    );
    if (!next) continue;
    const dx = (next.x0 + next.x1) / 2 - (w.x0 + w.x1) / 2;
    if (dx < 0.03) continue;
    slopes.push(((next.y0 + next.y1) / 2 - cy) / dx);
  }
  if (slopes.length < 5) return 0;
  slopes.sort((a, b) => a - b);
  return slopes[Math.floor(slopes.length / 2)] ?? 0;
}

export interface Deskewed {
  words: Word[];
  /** Each sheared word's original, for boxes on the page as stored. */
  original: Map<Word, Word>;
}

export function deskew(words: readonly Word[]): Deskewed {
  const slope = estimateSlope(words);
  const original = new Map<Word, Word>();
  const out = words.map((w) => {
    if (Math.abs(slope) < 0.002) {
      original.set(w, w);
      return w;
    }
    const dy = slope * ((w.x0 + w.x1) / 2 - 0.5);
    const s = { ...w, y0: w.y0 - dy, y1: w.y1 - dy };
    original.set(s, w);
    return s;
  });
  return { words: out, original };
}
