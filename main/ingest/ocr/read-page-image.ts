import type { OcrImage } from '../image/clean-for-ocr';
import { type GrayImage, turnGray } from '../image/gray-image';
import { toPgm } from '../image/pgm';
import { type Box, normalDegrees, type Rotation, unrotateBox } from '../image/rotation';
import type { Word } from '../word';
import { rereadLoneFigures } from './lone-figures';
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
 * OCRs a prepared page image. A page that was lying on its side has had a quarter turn, which
 * leaves it upside down as often as not: Tesseract's orientation detection (a fraction of a
 * reading's cost) is asked first, and a page it is confident is upside down is read turned
 * by half straight away. A page read with low confidence may still be upside down, unless
 * many of its words were read confidently: it is read again turned by half (unless the
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
  const { gray } = image;
  const pgm = toPgm(gray);
  const read = async (turn: number) => {
    const turnedGray = turn === 0 ? gray : await turnGray(gray, turn);
    const result = await pool.recognize(turn === 0 ? pgm : toPgm(turnedGray));
    const turned: Rotation | null =
      turn === 0 ? null : { degrees: turn, srcWidth: gray.width, srcHeight: gray.height };
    return { result, turned, turn, gray: turnedGray };
  };
  let osd: Awaited<ReturnType<OcrPool['detectOrientation']>> | undefined;
  let start = 0;
  if (normalDegrees(quarter) % 180 !== 0) {
    osd = await pool.detectOrientation(pgm);
    if (osd && normalDegrees(osd.degrees) === 180 && osd.confidence >= MIN_OSD_CONFIDENCE)
      start = 180;
  }
  let best = await read(start);
  const first = best.result;
  if (first.confidence < SUSPECT_CONFIDENCE && !readsUpright(first)) {
    osd ??= await pool.detectOrientation(pgm);
    const osdTurn = osd ? normalDegrees(osd.degrees) : null;
    // Each turn tried is a whole second reading: the page as it is (when read turned first),
    // half a turn unless OSD is sure it is upright, and what OSD suggests when confident.
    const turns = new Set<number>([0]);
    if (!(osdTurn === 0 && (osd?.confidence ?? 0) >= UPRIGHT_OSD_CONFIDENCE)) turns.add(180);
    if (osdTurn !== null && osdTurn !== 0 && (osd?.confidence ?? 0) >= MIN_OSD_CONFIDENCE) {
      turns.add(osdTurn);
    }
    turns.delete(start);
    for (const turn of turns) {
      const again = await read(turn);
      if (again.result.confidence > best.result.confidence) best = again;
    }
  }
  const words = rereadLoneFigures(
    best.gray,
    await withMissedText(pool, best.gray, best.result.words),
  );
  return {
    words: toPageWords({ ...best.result, words }, image, best.turned),
    confidence: best.result.confidence,
    rotation: (quarter + best.turn) % 360,
    skew,
  };
}
