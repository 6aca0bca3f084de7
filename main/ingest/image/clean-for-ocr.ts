import { loadSharp } from './load-sharp';
import { measureLayout } from './estimate-skew';
import { type GrayImage, rawGray, turnGray } from './gray-image';
import { median3 } from './median';
import type { Rotation } from './rotation';

export interface OcrImage {
  /** The cleaned page as Tesseract reads it: 8-bit grey (see toPgm). */
  gray: GrayImage;
  /** What was done to the page to make this image; OCR boxes are mapped back through it. */
  rotations: Rotation[];
  /** Enlargement applied after the rotations (low-resolution scans are read at 300 dpi). */
  scale: number;
  pageWidth: number;
  pageHeight: number;
}

/** Below this a scan's small print is too few pixels high for Tesseract to read. */
const LOW_DPI = 200;
const OCR_DPI = 300;
/** The long side of an A4 page in inches: the resolution of a page whose file states none. */
const A4_LONG_SIDE_IN = 11.69;

/** How much a page at `dpi` (estimated from its size when unknown) is enlarged for OCR. */
export function ocrScale(page: GrayImage, dpi: number | null): number {
  const effective = dpi ?? Math.max(page.width, page.height) / A4_LONG_SIDE_IN;
  return effective < LOW_DPI ? Math.min(2, OCR_DPI / effective) : 1;
}

/**
 * A page lying on its side gets a quarter turn first (its lines must run across to be read
 * or straightened); then a median 3×3 against scanner speckle and the measured skew is
 * straightened (toolchain notes: 65 % → 93 % of field values read exactly on poor scans).
 * Upside down is left to the OCR step, which tries the half turn. A scan below 200 dpi is
 * enlarged towards 300 dpi (Lanczos) before the median: at 150 dpi the small print of labels
 * is a few pixels high and came out as noise; enlarged it reads. At 200 dpi enlarging did
 * not help and doubled OCR time, so it is left alone.
 */
export async function cleanForOcr(page: GrayImage, dpi: number | null = null): Promise<OcrImage> {
  const rotations: Rotation[] = [];
  let upright = page;
  const layout = await measureLayout(page);
  if (layout.vertical) {
    rotations.push({ degrees: 90, srcWidth: page.width, srcHeight: page.height });
    upright = await turnGray(page, 90);
  }
  const skew = layout.skew;
  const scale = ocrScale(page, dpi);
  const straighten = Math.abs(skew) >= 0.2;
  if (straighten) {
    rotations.push({ degrees: -skew, srcWidth: upright.width, srcHeight: upright.height });
  }
  const gray = median3(
    straighten || scale > 1 ? await straightened(upright, straighten ? skew : 0, scale) : upright,
  );
  // No PNG: encoding it (and decoding it again inside Tesseract) cost more than the median.
  return { gray, rotations, scale, pageWidth: page.width, pageHeight: page.height };
}

/**
 * The page turned by -`skew` degrees (when not 0), then enlarged by `scale` (Lanczos), one
 * grey band throughout: sharp otherwise widens grey to sRGB and filters three copies.
 */
async function straightened(page: GrayImage, skew: number, scale: number): Promise<GrayImage> {
  const sharp = await loadSharp();
  let pipeline = sharp(page.data, rawGray(page)).pipelineColourspace('b-w');
  if (skew !== 0) pipeline = pipeline.rotate(-skew, { background: '#ffffff' });
  if (scale > 1) {
    // sharp applies rotate before resize; the enlargement is therefore a second pipeline.
    const { info, data } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    pipeline = sharp(data, {
      raw: { width: info.width, height: info.height, channels: info.channels },
    })
      .pipelineColourspace('b-w')
      .resize(Math.round(info.width * scale), Math.round(info.height * scale), {
        kernel: 'lanczos3',
      });
  }
  const { data, info } = await pipeline
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`cleaning gave ${info.channels} bands, not one`);
  return { data, width: info.width, height: info.height };
}

export const THUMBNAIL_WIDTH = 240;

export async function thumbnail(page: GrayImage): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(page.data, rawGray(page))
    .resize({ width: THUMBNAIL_WIDTH })
    .grayscale()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
