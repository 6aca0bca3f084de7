// How much to trust a field: the reading's score (label match × position × validation) and
// the OCR engine's own confidence in the words it came from.
import type { Word } from '../../ingest/word';

export const REVIEW_THRESHOLD = 0.75;

export function fieldConfidence(score: number, words: readonly Word[]): number {
  const ocr = words.length > 0 ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0.5;
  const c =
    Math.pow(Math.max(0, Math.min(1, score)), 0.7) * (0.55 + 0.45 * Math.max(0, Math.min(1, ocr)));
  return Math.round(c * 1000) / 1000;
}

export function unionBox(words: readonly Word[]): [number, number, number, number] {
  const r = (v: number) => Math.round(v * 10000) / 10000;
  return [
    r(Math.min(...words.map((w) => w.x0))),
    r(Math.min(...words.map((w) => w.y0))),
    r(Math.max(...words.map((w) => w.x1))),
    r(Math.max(...words.map((w) => w.y1))),
  ];
}
