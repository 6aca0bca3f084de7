import sharp from 'sharp';
import { type GrayImage, rawGray } from './gray-image';

const WORK_WIDTH = 1000;
const MAX_ANGLE = 5;
const STEP = 0.1;
const MARGIN = 0.08;

interface InkPoints {
  xs: number[];
  ys: number[];
  width: number;
  height: number;
}

async function inkPoints(img: GrayImage): Promise<InkPoints> {
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
  const ink = otsuThreshold(data);
  // Borders (a certificate's guilloche frame, scanner edges) are straight lines that would
  // outvote the text; only the inner part of the page is measured.
  const mx = Math.floor(width * MARGIN);
  const my = Math.floor(height * MARGIN);
  for (let y = my; y < height - my; y++) {
    for (let x = mx; x < width - mx; x++) {
      if ((data[y * width + x] ?? 255) < ink) {
        xs.push(x - width / 2);
        ys.push(y);
      }
    }
  }
  return { xs, ys, width, height };
}

/** The angle whose projection of (across, along) onto `along` bins is most peaked. */
function bestProjection(
  across: number[],
  along: number[],
  extent: number,
): { angle: number; score: number } {
  const stride = Math.max(1, Math.floor(across.length / 80_000));
  const bins = new Float64Array(extent * 2 + 2);
  let best = 0;
  let bestScore = -1;
  for (let a = -MAX_ANGLE; a <= MAX_ANGLE + 1e-9; a += STEP) {
    const t = Math.tan((a * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < across.length; i += stride) {
      const bin = Math.floor(Math.round((along[i] ?? 0) - (across[i] ?? 0) * t) + extent / 2);
      if (bin >= 0 && bin < bins.length) bins[bin] = (bins[bin] ?? 0) + 1;
    }
    let sumSq = 0;
    for (const v of bins) sumSq += v * v;
    if (sumSq > bestScore) {
      bestScore = sumSq;
      best = a;
    }
  }
  return { angle: Math.round(best * 10) / 10, score: bestScore };
}

/**
 * The small skew of a scanned page, in degrees (positive: the text runs downhill to the
 * right), found by maximising the variance of the row-projection profile of ink pixels
 * over candidate angles on a downscaled copy. Text lines make sharp peaks only when the
 * projection runs along them. Ink is found with an Otsu threshold, so faint scans work too.
 */
export async function estimateSkew(img: GrayImage): Promise<number> {
  const p = await inkPoints(img);
  if (p.xs.length < 200) return 0; // a blank page has no lines to align
  return bestProjection(p.xs, p.ys, p.height).angle;
}

/**
 * Whether the page's text lines run up and down (the page lies on its side): the column
 * profile is then more peaked than the row profile at its best angle.
 */
export async function linesAreVertical(img: GrayImage): Promise<boolean> {
  const p = await inkPoints(img);
  if (p.xs.length < 200) return false;
  const rows = bestProjection(p.xs, p.ys, p.height);
  const colsAcross = p.ys.map((y) => y - p.height / 2);
  const colsAlong = p.xs.map((x) => x + p.width / 2);
  const cols = bestProjection(colsAcross, colsAlong, p.width);
  return cols.score > rows.score * 1.15;
}

/**
 * The grey level that best separates ink from paper (Otsu): a fixed 128 misses the faint,
 * low-contrast text of poor scans entirely.
 */
export function otsuThreshold(data: Uint8Array): number {
  const hist = new Float64Array(256);
  for (const v of data) hist[v] = (hist[v] ?? 0) + 1;
  const total = data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * (hist[i] ?? 0);
  let sumBack = 0;
  let weightBack = 0;
  let best = 128;
  let bestVar = -1;
  for (let t = 0; t < 256; t++) {
    weightBack += hist[t] ?? 0;
    if (weightBack === 0) continue;
    const weightFore = total - weightBack;
    if (weightFore === 0) break;
    sumBack += t * (hist[t] ?? 0);
    const meanBack = sumBack / weightBack;
    const meanFore = (sumAll - sumBack) / weightFore;
    const between = weightBack * weightFore * (meanBack - meanFore) ** 2;
    if (between > bestVar) {
      bestVar = between;
      best = t;
    }
  }
  return best + 1; // pixels darker than or at the threshold are ink
}
