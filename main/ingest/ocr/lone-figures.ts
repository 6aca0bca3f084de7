// A figure alone in a box (a parcel count "5", a piece count "1") is what Tesseract reads worst:
// without a line of text around it the recogniser returns "18S", "~" or "ft", sure of itself,
// and no cut-out reading (single character, word or line) does better. The page itself knows
// what its figures look like: every number it read surely ("7102.31", "854 681,27") shows the
// print's digits. A short word standing alone whose every blob of ink is the shape of one of
// those digits, and of no other, is read as that figure, with moderate confidence so that the
// field it lands in goes to review.
import type { GrayImage } from '../image/gray-image';
import { paperLevel } from './missed-text';
import type { PixelWord } from './ocr-pool';

/** Digits are compared on a grid this size, as the share of ink in each cell. */
const GRID_W = 12;
const GRID_H = 18;
/** Words read at least this surely teach the page's digits; enough of them to know each. */
const TEACHER = 0.9;
const MAX_TEMPLATES = 200;
/** A blob must match a digit this well (soft Jaccard), and better than any other digit by MARGIN. */
const MATCH = 0.72;
const MARGIN = 0.06;
/** A "1" is a bar, as a rule's stub or a speck is: it must match closer still. */
const MATCH_ONE = 0.85;
/** A word OCR read as a number ("7.8") keeps its reading: its marks are no blobs to match. */
const NUMBER = /^\d+(?:[.,]\d+)*$/u;
/** Words of bars OCR reads off ruled boxes ("|", "[", "l") are rules, not figures to read. */
const BARS = /^[|Il![\]/\\()]+$/u;
/**
 * A lone word: no other word on its line within this many of its heights (a table's next cell,
 * a waybill's gross weight beside its pieces, is further).
 */
const ALONE = 3;
const MAX_LENGTH = 3;
/** Ink is what is darker than the paper by this share of the darkest pixel's depth. */
const INCLUSIVE = 0.4;
/** Print is at least this much darker than the paper. */
const MIN_CONTRAST = 60;
/** Confidence given to a figure read this way: below the fields' review threshold. */
const READ_CONFIDENCE = 0.7;

interface Blob {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  shape: Float32Array;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Connected blobs of ink (8-connected) in a box of the page, left to right. */
function blobsIn(img: GrayImage, box: Box, paper: number): Blob[] {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(img.width, Math.ceil(box.x1));
  const y1 = Math.min(img.height, Math.ceil(box.y1));
  const w = x1 - x0;
  const h = y1 - y0;
  if (w <= 0 || h <= 0 || w * h > 250_000) return [];
  // Ink is what is darker than the paper by INCLUSIVE of the darkest pixel's depth in the box.
  let darkest = 255;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) darkest = Math.min(darkest, img.data[y * img.width + x] ?? 255);
  }
  if (darkest > paper - MIN_CONTRAST) return [];
  const limit = paper - INCLUSIVE * (paper - darkest);
  const ink = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if ((img.data[(y0 + y) * img.width + x0 + x] ?? 255) < limit) ink[y * w + x] = 1;
    }
  }
  const label = new Int32Array(w * h).fill(-1);
  const blobs: Blob[] = [];
  const stack: number[] = [];
  for (let start = 0; start < ink.length; start++) {
    if (ink[start] !== 1 || label[start] !== -1) continue;
    const id = blobs.length;
    const pixels: number[] = [];
    let [bx0, by0, bx1, by1] = [w, h, 0, 0];
    stack.push(start);
    label[start] = id;
    while (stack.length > 0) {
      const p = stack.pop() ?? 0;
      pixels.push(p);
      const px = p % w;
      const py = (p - px) / w;
      bx0 = Math.min(bx0, px);
      by0 = Math.min(by0, py);
      bx1 = Math.max(bx1, px + 1);
      by1 = Math.max(by1, py + 1);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = px + dx;
          const ny = py + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const q = ny * w + nx;
          if (ink[q] === 1 && label[q] === -1) {
            label[q] = id;
            stack.push(q);
          }
        }
      }
    }
    const shape = new Float32Array(GRID_W * GRID_H);
    const bw = bx1 - bx0;
    const bh = by1 - by0;
    for (const p of pixels) {
      const px = (p % w) - bx0;
      const py = Math.floor(p / w) - by0;
      const gx = Math.min(GRID_W - 1, Math.floor((px * GRID_W) / bw));
      const gy = Math.min(GRID_H - 1, Math.floor((py * GRID_H) / bh));
      shape[gy * GRID_W + gx] = (shape[gy * GRID_W + gx] ?? 0) + 1;
    }
    const cell = (bw / GRID_W) * (bh / GRID_H);
    for (let i = 0; i < shape.length; i++)
      shape[i] = Math.min(1, (shape[i] ?? 0) / Math.max(1, cell));
    blobs.push({ x0: x0 + bx0, y0: y0 + by0, x1: x0 + bx1, y1: y0 + by1, shape });
  }
  return blobs.sort((a, b) => a.x0 - b.x0);
}

/** The blobs that are glyphs, not specks or marks: at least half as tall as the tallest. */
function glyphs(blobs: readonly Blob[]): Blob[] {
  const tallest = Math.max(0, ...blobs.map((b) => b.y1 - b.y0));
  return blobs.filter((b) => b.y1 - b.y0 >= 0.5 * tallest && tallest >= 8);
}

interface Template {
  digit: string;
  shape: Float32Array;
  height: number;
  aspect: number;
}

/** The page's digits, cut from the numbers it read surely. */
function teach(img: GrayImage, words: readonly PixelWord[], paper: number): Template[] {
  const out: Template[] = [];
  for (const w of words) {
    if (out.length >= MAX_TEMPLATES) break;
    if (w.confidence < TEACHER || !/^[\d.,/:-]+$/u.test(w.text)) continue;
    const digits = w.text.replace(/\D/gu, '');
    if (digits.length === 0) continue;
    const found = glyphs(
      blobsIn(img, { x0: w.x0 - 1, y0: w.y0 - 1, x1: w.x1 + 1, y1: w.y1 + 1 }, paper),
    );
    if (found.length !== digits.length) continue;
    found.forEach((b, i) => {
      const h = b.y1 - b.y0;
      out.push({ digit: digits[i] ?? '', shape: b.shape, height: h, aspect: (b.x1 - b.x0) / h });
    });
  }
  return out;
}

function similarity(a: Float32Array, b: Float32Array): number {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    lo += Math.min(x, y);
    hi += Math.max(x, y);
  }
  return hi > 0 ? lo / hi : 0;
}

/** The digit a blob is, when it matches one of the page's digits well and no other as well. */
function digitOf(blob: Blob, templates: readonly Template[]): string | null {
  const h = blob.y1 - blob.y0;
  const aspect = (blob.x1 - blob.x0) / h;
  const best = new Map<string, number>();
  for (const t of templates) {
    if (Math.abs(h - t.height) > 0.2 * t.height) continue;
    if (Math.abs(aspect - t.aspect) > 0.35 * Math.max(aspect, t.aspect)) continue;
    const s = similarity(blob.shape, t.shape);
    if (s > (best.get(t.digit) ?? 0)) best.set(t.digit, s);
  }
  const ranked = [...best].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < (first[0] === '1' ? MATCH_ONE : MATCH)) return null;
  if (second && first[1] - second[1] < MARGIN) return null;
  return first[0];
}

/**
 * No other word on the word's line within ALONE of its heights on either side; a box's rule
 * read as "|" beside it is no neighbour.
 */
function alone(word: PixelWord, words: readonly PixelWord[]): boolean {
  const h = word.y1 - word.y0;
  return words.every((o) => {
    if (o === word || BARS.test(o.text)) return true;
    const sameLine = o.y0 < word.y1 && o.y1 > word.y0;
    const gap = Math.max(o.x0 - word.x1, word.x0 - o.x1);
    return !sameLine || gap > ALONE * h;
  });
}

/** The words, with lone short words that are the page's digits in shape read as figures. */
export function rereadLoneFigures(img: GrayImage, words: readonly PixelWord[]): PixelWord[] {
  // The paper's grey and the page's digits are worked out once, and only for a page that has
  // a lone word to read.
  let paper: number | null = null;
  let templates: Template[] | null = null;
  return words.map((w) => {
    if (w.text.length > MAX_LENGTH || NUMBER.test(w.text) || BARS.test(w.text)) return w;
    if (!alone(w, words)) return w;
    paper ??= paperLevel(img);
    templates ??= teach(img, words, paper);
    if (templates.length === 0) return w;
    const pad = (w.y1 - w.y0) * 0.3;
    const found = glyphs(
      blobsIn(img, { x0: w.x0 - pad, y0: w.y0 - pad, x1: w.x1 + pad, y1: w.y1 + pad }, paper),
    );
    if (found.length === 0 || found.length > MAX_LENGTH) return w;
    const read = found.map((b) => digitOf(b, templates ?? []));
    if (read.some((r) => r === null)) return w;
    const text = read.join('');
    return { ...w, text, confidence: READ_CONFIDENCE };
  });
}
