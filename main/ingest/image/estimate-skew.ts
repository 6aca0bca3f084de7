import sharp from 'sharp';
import { type GrayImage, rawGray } from './gray-image';

const WORK_WIDTH = 1000;
const MAX_ANGLE = 5;
const STEP = 0.1;
const INK = 128;

/**
 * The small skew of a scanned page, in degrees (positive: the text runs downhill to the
 * right), found by maximising the variance of the row-projection profile of ink pixels
 * over candidate angles on a downscaled copy. Text lines make sharp peaks only when the
 * projection runs along them. Quarter turns are orientation, not skew: see the OCR step.
 */
export async function estimateSkew(img: GrayImage): Promise<number> {
  const scale = Math.min(1, WORK_WIDTH / img.width);
  const small = await sharp(img.data, rawGray(img))
    .resize(Math.max(1, Math.round(img.width * scale)), Math.max(1, Math.round(img.height * scale)))
    .grayscale() // sharp widens single-channel raw input to sRGB unless told otherwise
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = small.info;
  const xs: number[] = [];
  const ys: number[] = [];
  const data = small.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((data[y * width + x] ?? 255) < INK) {
        xs.push(x - width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length < 200) return 0; // a blank page has no lines to align
  const stride = Math.max(1, Math.floor(xs.length / 80_000));
  const bins = new Float64Array(height * 2 + 2);
  let best = 0;
  let bestScore = -1;
  for (let a = -MAX_ANGLE; a <= MAX_ANGLE + 1e-9; a += STEP) {
    const t = Math.tan((a * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i += stride) {
      const row = Math.round((ys[i] ?? 0) - (xs[i] ?? 0) * t) + height / 2;
      if (row >= 0 && row < bins.length) bins[Math.floor(row)] = (bins[Math.floor(row)] ?? 0) + 1;
    }
    let sumSq = 0;
    for (const v of bins) sumSq += v * v;
    if (sumSq > bestScore) {
      bestScore = sumSq;
      best = a;
    }
  }
  return Math.round(best * 10) / 10;
}
