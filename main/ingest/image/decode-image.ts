import { loadSharp } from './load-sharp';
import { IngestError } from '../ingest-error';
import type { GrayImage } from './gray-image';

/** Anything larger is refused as a likely decompression bomb (50,000 × 50,000 is 2.5 G pixels). */
export const MAX_INPUT_PIXELS = 150_000_000;
/** Pages are downscaled to this: more than an A4 page at 400 dpi, plenty for OCR. */
export const MAX_PAGE_PIXELS = 16_000_000;

function mapSharpError(err: unknown, fileName: string): IngestError {
  const msg = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(msg)) {
    return new IngestError(
      'image_too_large',
      `${fileName} is too large to open safely (over ${MAX_INPUT_PIXELS / 1e6} million pixels).`,
    );
  }
  return new IngestError('image_corrupt', `${fileName} cannot be decoded as an image (${msg}).`);
}

/** Number of pages (frames) in an image file: several for a multi-page TIFF. */
export async function imagePageCount(bytes: Uint8Array, fileName: string): Promise<number> {
  const sharp = await loadSharp();
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_INPUT_PIXELS) {
      throw new Error('Input image exceeds pixel limit');
    }
    return meta.pages ?? 1;
  } catch (err) {
    throw mapSharpError(err, fileName);
  }
}

/**
 * One page of an image file as grayscale, upright per its EXIF orientation, downscaled to
 * at most MAX_PAGE_PIXELS. Also returns the page's dpi when the file states one.
 */
export async function decodeImagePage(
  bytes: Uint8Array,
  page: number,
  fileName: string,
): Promise<GrayImage & { dpi: number | null }> {
  const sharp = await loadSharp();
  try {
    const src = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, page });
    const meta = await src.metadata();
    // Transparent areas become paper white; alpha would otherwise stay as a second channel.
    const pipeline = src.rotate().flatten({ background: '#ffffff' }).grayscale();
    const w = meta.autoOrient?.width ?? meta.width ?? 0;
    const h = meta.autoOrient?.height ?? meta.height ?? 0;
    const scale = Math.min(1, Math.sqrt(MAX_PAGE_PIXELS / Math.max(1, w * h)));
    if (scale < 1) pipeline.resize(Math.floor(w * scale), Math.floor(h * scale), { fit: 'fill' });
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    const dpi = meta.density && meta.density > 30 ? meta.density * scale : null;
    return { data, width: info.width, height: info.height, dpi };
  } catch (err) {
    throw mapSharpError(err, fileName);
  }
}
