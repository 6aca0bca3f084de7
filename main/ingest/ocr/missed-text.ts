import type { GrayImage } from '../image/gray-image';
import type { PixelWord } from './ocr-pool';

/**
 * Tesseract's page layout analysis drops whole blocks of text it takes for pictures: on
 * poor scans, the captions of a ruled form between a guilloche border and the table's rules
 * ("Exportateur", "Importer") come out as nothing at all, though each reads perfectly on
 * its own. This finds the ink that the page's reading left uncovered, in lines of text, and
 * stacks those lines on one small sheet to be read again as a plain block of text.
 */

/** Ink is counted on a grid of 4 × 4 pixel cells (a 300 dpi letter is 6–10 cells high). */
const CELL_SHIFT = 2;
const CELL = 1 << CELL_SHIFT;
/** Darker than the paper by this much is ink; the faint grey of table rules is not. */
const INK_BELOW_PAPER = 50;
/** A run of at most this many cells across, this many long, is a ruled line, not text. */
const RULE_THICKNESS = 3;
const RULE_LENGTH = 40;
/** Word boxes are widened by this many cells so that their own letters' edges stay read. */
const WORD_MARGIN_X = 4;
const WORD_MARGIN_Y = 2;
/** Only words read this confidently cover their ink; garbage read over a caption does not. */
const COVERING_CONFIDENCE = 0.5;
/** Letters and words on one line are joined across gaps up to this many cells. */
const JOIN_GAP = 7;
/** A line of text is 4–30 cells high (16–120 px) and holds at least this many ink cells. */
const MIN_LINE_CELLS = 4;
const MAX_LINE_CELLS = 30;
const MIN_INK_CELLS = 20;
/**
 * A lone figure (a parcel count "9" beside its caption) holds fewer: Tesseract's layout drops
 * such specks of print most of all. They are read too, after the lines, while room is left.
 */
const MIN_FIGURE_CELLS = 8;
/** Decorative borders and scanner edges: ink this close to the page's sides is not read. */
const EDGE_X = 0.08;
const EDGE_Y = 0.056;
/** More lines than this is a picture or a page of noise, not a few missed captions. */
const MAX_LINES = 80;
/** Around each line on the sheet: its own pixels, then paper between lines. */
const PAD = 8;
const GAP = 30;
/**
 * Words read from the sheet below this confidence are dropped: a line that was missed is
 * often a stamp or a smudge, and a wrong word next to a caption is worse than none.
 */
export const MIN_SHEET_CONFIDENCE = 0.6;

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SheetLine extends Region {
  /** Where the line's top is on the sheet; it sits GAP pixels from the sheet's left. */
  sheetY: number;
}

export interface MissedTextSheet {
  sheet: GrayImage;
  lines: SheetLine[];
}

/** The paper's grey: the median of a sample of the pixels. */
export function paperLevel(img: GrayImage): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 7) {
    const v = img.data[i] ?? 255;
    hist[v] = (hist[v] ?? 0) + 1;
    n += 1;
  }
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += hist[v] ?? 0;
    if (seen * 2 >= n) return v;
  }
  return 255;
}

/** Cells holding at least two ink pixels. */
function inkCells(img: GrayImage, paper: number, gw: number, gh: number): Uint8Array {
  const count = new Uint8Array(gw * gh);
  const limit = paper - INK_BELOW_PAPER;
  const { data, width, height } = img;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const cellRow = (y >> CELL_SHIFT) * gw;
    for (let x = 0; x < width; x++) {
      if ((data[row + x] ?? 255) < limit) {
        const c = cellRow + (x >> CELL_SHIFT);
        count[c] = Math.min(255, (count[c] ?? 0) + 1);
      }
    }
  }
  for (let i = 0; i < count.length; i++) count[i] = (count[i] ?? 0) >= 2 ? 1 : 0;
  return count;
}

/**
 * Clears long thin runs of ink along one axis: `at(i, j)` is the cell at position j of line
 * i, `across[c]` the thickness of cell c the other way.
 */
function clearRules(
  ink: Uint8Array,
  lines: number,
  length: number,
  at: (i: number, j: number) => number,
  across: Uint16Array,
): void {
  for (let i = 0; i < lines; i++) {
    let start = -1;
    for (let j = 0; j <= length; j++) {
      const c = j < length ? at(i, j) : -1;
      const thin = c >= 0 && ink[c] === 1 && (across[c] ?? 0) <= RULE_THICKNESS;
      if (thin) {
        if (start < 0) start = j;
        continue;
      }
      if (start >= 0 && j - start >= RULE_LENGTH) {
        for (let k = start; k < j; k++) ink[at(i, k)] = 0;
      }
      start = -1;
    }
  }
}

/** For each ink cell, the length of the ink run through it along one axis. */
function runLengths(
  ink: Uint8Array,
  lines: number,
  length: number,
  at: (i: number, j: number) => number,
): Uint16Array {
  const out = new Uint16Array(ink.length);
  for (let i = 0; i < lines; i++) {
    let j = 0;
    while (j < length) {
      if (ink[at(i, j)] !== 1) {
        j += 1;
        continue;
      }
      let end = j;
      while (end < length && ink[at(i, end)] === 1) end += 1;
      for (let k = j; k < end; k++) out[at(i, k)] = end - j;
      j = end;
    }
  }
  return out;
}

function clearRuledLines(ink: Uint8Array, gw: number, gh: number): void {
  const row = (y: number, x: number) => y * gw + x;
  const column = (x: number, y: number) => y * gw + x;
  const tall = runLengths(ink, gw, gh, column);
  const wide = runLengths(ink, gh, gw, row);
  clearRules(ink, gh, gw, row, tall);
  clearRules(ink, gw, gh, column, wide);
}

function clearWords(ink: Uint8Array, words: readonly PixelWord[], gw: number, gh: number): void {
  for (const w of words) {
    if (w.confidence < COVERING_CONFIDENCE) continue;
    const x0 = Math.max(0, Math.floor(w.x0 / CELL) - WORD_MARGIN_X);
    const x1 = Math.min(gw - 1, Math.ceil(w.x1 / CELL) + WORD_MARGIN_X);
    const y0 = Math.max(0, Math.floor(w.y0 / CELL) - WORD_MARGIN_Y);
    const y1 = Math.min(gh - 1, Math.ceil(w.y1 / CELL) + WORD_MARGIN_Y);
    for (let y = y0; y <= y1; y++) ink.fill(0, y * gw + x0, y * gw + x1 + 1);
  }
}

/** Ink cells joined along their row across small gaps, so that a line is one component. */
function joinAlongRows(ink: Uint8Array, gw: number, gh: number): Uint8Array {
  const joined = new Uint8Array(ink);
  for (let y = 0; y < gh; y++) {
    let last = -JOIN_GAP - 1;
    for (let x = 0; x < gw; x++) {
      if (ink[y * gw + x] !== 1) continue;
      if (x - last > 1 && x - last <= JOIN_GAP) joined.fill(1, y * gw + last + 1, y * gw + x);
      last = x;
    }
  }
  return joined;
}

/** Bounding boxes (in cells) of the 4-connected components of `joined`, with their ink. */
function components(joined: Uint8Array, ink: Uint8Array, gw: number, gh: number) {
  const seen = new Uint8Array(joined.length);
  const stack: number[] = [];
  const out: { x0: number; y0: number; x1: number; y1: number; ink: number }[] = [];
  for (let s = 0; s < joined.length; s++) {
    if (joined[s] !== 1 || seen[s] === 1) continue;
    const box = { x0: gw, y0: gh, x1: 0, y1: 0, ink: 0 };
    seen[s] = 1;
    stack.push(s);
    for (let i = stack.pop(); i !== undefined; i = stack.pop()) {
      const x = i % gw;
      const y = (i - x) / gw;
      box.ink += ink[i] ?? 0;
      box.x0 = Math.min(box.x0, x);
      box.x1 = Math.max(box.x1, x);
      box.y0 = Math.min(box.y0, y);
      box.y1 = Math.max(box.y1, y);
      const next = [x > 0 ? i - 1 : -1, x < gw - 1 ? i + 1 : -1, i - gw, y < gh - 1 ? i + gw : -1];
      for (const j of next) {
        if (j >= 0 && joined[j] === 1 && seen[j] !== 1) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    out.push(box);
  }
  return out;
}

/** Lines of text on the page that none of `words` covers, in pixels, top to bottom. */
export function missedLines(
  img: GrayImage,
  words: readonly PixelWord[],
  paper = paperLevel(img),
): Region[] {
  const gw = Math.ceil(img.width / CELL);
  const gh = Math.ceil(img.height / CELL);
  const ink = inkCells(img, paper, gw, gh);
  clearRuledLines(ink, gw, gh);
  clearWords(ink, words, gw, gh);
  const lines: Region[] = [];
  const figures: { region: Region; ink: number }[] = [];
  for (const c of components(joinAlongRows(ink, gw, gh), ink, gw, gh)) {
    const w = c.x1 - c.x0 + 1;
    const h = c.y1 - c.y0 + 1;
    if (h < MIN_LINE_CELLS || h > MAX_LINE_CELLS || w < MIN_LINE_CELLS) continue;
    if (c.ink < MIN_FIGURE_CELLS) continue;
    const cx = (c.x0 + c.x1 + 1) / 2 / gw;
    const cy = (c.y0 + c.y1 + 1) / 2 / gh;
    if (cx < EDGE_X || cx > 1 - EDGE_X || cy < EDGE_Y || cy > 1 - EDGE_Y) continue;
    const region = { x: c.x0 * CELL, y: c.y0 * CELL, width: w * CELL, height: h * CELL };
    if (c.ink >= MIN_INK_CELLS) lines.push(region);
    else figures.push({ region, ink: c.ink });
  }
  if (lines.length > MAX_LINES) return [];
  // Figures only fill the room lines left, the inkiest first: specks must not crowd them out.
  figures.sort((a, b) => b.ink - a.ink);
  lines.push(...figures.slice(0, MAX_LINES - lines.length).map((f) => f.region));
  return lines.sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * The missed lines, each with a margin of its own pixels, stacked on a sheet of the page's
 * paper grey (white would pull Tesseract's global threshold between paper and white and
 * lose every letter), or null when nothing was missed. The sheet is never taller than the
 * page, so reading it costs at most about what the page did; lines beyond that are left.
 */
export function missedTextSheet(
  img: GrayImage,
  words: readonly PixelWord[],
): MissedTextSheet | null {
  const paper = paperLevel(img);
  const found = missedLines(img, words, paper);
  if (found.length === 0) return null;
  const lines: SheetLine[] = [];
  let y = GAP;
  let width = 0;
  for (const r of found) {
    const x0 = Math.max(0, r.x - PAD);
    const y0 = Math.max(0, r.y - PAD);
    const x1 = Math.min(img.width, r.x + r.width + PAD);
    const y1 = Math.min(img.height, r.y + r.height + PAD);
    if (y + (y1 - y0) + GAP > Math.max(img.height, 2 * GAP + (y1 - y0))) break;
    lines.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0, sheetY: y });
    y += y1 - y0 + GAP;
    width = Math.max(width, x1 - x0);
  }
  const sheetWidth = width + 2 * GAP;
  const data = Buffer.alloc(sheetWidth * y, paper);
  for (const l of lines) {
    for (let k = 0; k < l.height; k++) {
      const from = (l.y + k) * img.width + l.x;
      data.set(img.data.subarray(from, from + l.width), (l.sheetY + k) * sheetWidth + GAP);
    }
  }
  return { sheet: { data, width: sheetWidth, height: y }, lines };
}

/** Words read on the sheet, moved back to where their line is on the page. */
export function wordsFromSheet(
  words: readonly PixelWord[],
  lines: readonly SheetLine[],
): PixelWord[] {
  const out: PixelWord[] = [];
  for (const w of words) {
    if (w.confidence < MIN_SHEET_CONFIDENCE) continue;
    const mid = (w.y0 + w.y1) / 2;
    const line = lines.find((l) => mid >= l.sheetY && mid < l.sheetY + l.height);
    if (!line) continue;
    const dx = line.x - GAP;
    const dy = line.y - line.sheetY;
    out.push({ ...w, x0: w.x0 + dx, x1: w.x1 + dx, y0: w.y0 + dy, y1: w.y1 + dy });
  }
  return out;
}

const overlap = (a: PixelWord, b: PixelWord) =>
  Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);

/**
 * The page's words with the recovered ones added, in reading order: a recovered word takes
 * the place of the first unsure word it replaces, or else comes before the first word that
 * starts below it. A word the page reading was sure of stays (a recovered word over it is
 * an edge of it caught in a line's margin) and recovered words over it are dropped.
 */
export function withRecovered(
  words: readonly PixelWord[],
  recovered: readonly PixelWord[],
): PixelWord[] {
  const isSure = (w: PixelWord) => w.confidence >= COVERING_CONFIDENCE;
  const added = recovered.filter((r) => !words.some((w) => isSure(w) && overlap(r, w)));
  const at = (r: PixelWord) => {
    const replaced = words.findIndex((w) => !isSure(w) && overlap(r, w));
    if (replaced >= 0) return replaced;
    const below = words.findIndex((w) => w.y0 > r.y1);
    return below >= 0 ? below : words.length;
  };
  const placed = added.map((r) => ({ r, at: at(r) })).sort((a, b) => a.at - b.at);
  const out: PixelWord[] = [];
  let next = 0;
  words.forEach((w, i) => {
    for (; next < placed.length && (placed[next]?.at ?? Infinity) <= i; next++) {
      const p = placed[next];
      if (p) out.push(p.r);
    }
    if (isSure(w) || !added.some((r) => overlap(r, w))) out.push(w);
  });
  for (const p of placed.slice(next)) out.push(p.r);
  return out;
}
