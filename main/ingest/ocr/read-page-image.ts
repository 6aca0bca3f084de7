import sharp from 'sharp';
import type { OcrImage } from '../image/clean-for-ocr';
import { rawGray } from '../image/gray-image';
import { toPgm } from '../image/pgm';
import { type Box, type Rotation, unrotateBox } from '../image/rotation';
import type { Word } from '../word';
import type { OcrPage, OcrPool } from './ocr-pool';

/** Below this mean word confidence a page may be lying on its side: ask tesseract's OSD. */
const SUSPECT_CONFIDENCE = 0.6;
const MIN_OSD_CONFIDENCE = 1.5;

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
 * OCRs a prepared page image. A page read with low confidence may be upside down (or, after
 * the quarter turn of a page on its side, the wrong way round): it is read again turned by
 * half, and by what Tesseract's orientation detection suggests when that is confident; the
 * best reading wins. Boxes come back as fractions of the page as stored.
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
  let best: { result: OcrPage; turned: Rotation | null; turn: number } = {
    result: first,
    turned: null,
    turn: 0,
  };
  if (first.confidence < SUSPECT_CONFIDENCE) {
    const turns = new Set([180]);
    const osd = await pool.detectOrientation(pgm);
    if (osd && osd.confidence >= MIN_OSD_CONFIDENCE) turns.add(((osd.degrees % 360) + 360) % 360);
    turns.delete(0);
    const { gray } = image;
    for (const turn of turns) {
      const turned = await sharp(gray.data, rawGray(gray))
        .rotate(turn)
        .grayscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const again = await pool.recognize(
        toPgm({ data: turned.data, width: turned.info.width, height: turned.info.height }),
      );
      if (again.confidence > best.result.confidence) {
        const r: Rotation = { degrees: turn, srcWidth: gray.width, srcHeight: gray.height };
        best = { result: again, turned: r, turn };
      }
    }
  }
  return {
    words: toPageWords(best.result, image, best.turned),
    confidence: best.result.confidence,
    rotation: (quarter + best.turn) % 360,
    skew,
  };
}
