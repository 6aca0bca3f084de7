import type { OcrImage } from '../image/clean-for-ocr';
import { type GrayImage, turnGray } from '../image/gray-image';
import { toPgm } from '../image/pgm';
import { type Box, type Rotation, unrotateBox } from '../image/rotation';
import type { Word } from '../word';
import { missedTextSheet, withRecovered, wordsFromSheet } from './missed-text';
import type { OcrPage, OcrPool, PixelWord } from './ocr-pool';

/** Below this mean word confidence a page may be lying on its side: ask tesseract's OSD. */
const SUSPECT_CONFIDENCE = 0.6;
const MIN_OSD_CONFIDENCE = 1.5;
/** OSD saying "upright" this confidently is believed without reading the page turned. */
const UPRIGHT_OSD_CONFIDENCE = 2;
/**
 * Text read upside down yields almost no confident words (at most 15 % of them at 0.85 or
 * more, over the generated office and poor scans and the ground truth), while a poor page
 * that is upright still has many (29 % and up): above this share it is not turned.
 */
const UPRIGHT_WORD_SHARE = 0.3;
const CONFIDENT_WORD = 0.85;

/** Whether a low-confidence reading still looks like text read the right way up. */
export function readsUpright(result: OcrPage): boolean {
  if (result.words.length < 20) return false;
  const confident = result.words.filter((w) => w.confidence >= CONFIDENT_WORD).length;
  return confident / result.words.length >= UPRIGHT_WORD_SHARE;
}

export interface ReadPage {
  words: Word[];
  confidence: number;
  /** Quarter turns (clockwise) that were needed to read the page upright. */
  rotation: number;
  skew: number;
}

/**
 * Words in the pixels OCR saw mapped back to fractions of the page as stored: undo the turn
 * tried at OCR time (if any), then the enlargement, then the cleaning's rotations.
 */
function toPageWords(result: OcrPage, image: OcrImage, turn: Rotation | null): Word[] {
  return result.words.map((w) => {
    const seen: Box = turn
      ? unrotateBox([turn], [w.x0, w.y0, w.x1, w.y1])
      : [w.x0, w.y0, w.x1, w.y1];
    const [x0, y0, x1, y1] = unrotateBox(image.rotations, seen.map((v) => v / image.scale) as Box);
    const fx = (v: number) => Math.min(1, Math.max(0, v / image.pageWidth));
    const fy = (v: number) => Math.min(1, Math.max(0, v / image.pageHeight));
    return {
      text: w.text,
      x0: fx(x0),
      y0: fy(y0),
      x1: fx(x1),
      y1: fy(y1),
      confidence: w.confidence,
    };
  });
}

/**
 * The page's words plus those read again from the lines of ink they left uncovered. The
 * second reading is a refinement: if it fails or runs out of time the page keeps its words.
 */
async function withMissedText(
  pool: OcrPool,
  gray: GrayImage,
  words: PixelWord[],
): Promise<PixelWord[]> {
  const missed = missedTextSheet(gray, words);
  if (!missed) return words;
  try {
    const sheet = await pool.recognize(toPgm(missed.sheet), 'block');
    return withRecovered(words, wordsFromSheet(sheet.words, missed.lines));
  } catch {
    return words;
  }
}

/**
 * OCRs a prepared page image. A page read with low confidence may be upside down (or, after
 * the quarter turn of a page on its side, the wrong way round), unless many of its words were
 * still read confidently: it is read again turned by half (unless Tesseract's orientation
 * detection is sure it is upright), and by what the detection suggests when that is
 * confident; the best reading wins. Boxes come back as fractions of the page as stored.
 */
export async function readPageImage(pool: OcrPool, image: OcrImage): Promise<ReadPage> {
  const skew = image.rotations
    .filter((r) => r.degrees % 90 !== 0)
    .reduce((s, r) => s - r.degrees, 0);
  const quarter = image.rotations
    .filter((r) => r.degrees % 90 === 0)
    .reduce((s, r) => s + r.degrees, 0);
  const pgm = toPgm(image.gray);
  const first = await pool.recognize(pgm);
  let best: { result: OcrPage; turned: Rotation | null; turn: number; gray: GrayImage } = {
    result: first,
    turned: null,
    turn: 0,
    gray: image.gray,
  };
  if (first.confidence < SUSPECT_CONFIDENCE && !readsUpright(first)) {
    const osd = await pool.detectOrientation(pgm);
    const osdTurn = osd ? ((osd.degrees % 360) + 360) % 360 : null;
    // Each turn tried is a whole second reading: half a turn unless OSD is sure it is upright.
    const turns = new Set<number>();
    if (!(osdTurn === 0 && (osd?.confidence ?? 0) >= UPRIGHT_OSD_CONFIDENCE)) turns.add(180);
    if (osdTurn !== null && osdTurn !== 0 && (osd?.confidence ?? 0) >= MIN_OSD_CONFIDENCE) {
      turns.add(osdTurn);
    }
    const { gray } = image;
    for (const turn of turns) {
      const turnedGray = await turnGray(gray, turn);
      const again = await pool.recognize(toPgm(turnedGray));
      if (again.confidence > best.result.confidence) {
        const r: Rotation = { degrees: turn, srcWidth: gray.width, srcHeight: gray.height };
        best = { result: again, turned: r, turn, gray: turnedGray };
      }
    }
  }
  const words = await withMissedText(pool, best.gray, best.result.words);
  return {
    words: toPageWords({ ...best.result, words }, image, best.turned),
    confidence: best.result.confidence,
    rotation: (quarter + best.turn) % 360,
    skew,
  };
}
