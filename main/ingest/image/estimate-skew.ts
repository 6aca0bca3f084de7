import { loadSharp } from './load-sharp';
import { type GrayImage, rawGray } from './gray-image';

const WORK_WIDTH = 1000;
const MAX_ANGLE = 5;
const STEP = 0.1;
/** The coarse pass of the angle search; the fine pass looks within one coarse step of its best. */
const COARSE_STEP = 1;
const MARGIN = 0.08;
const MAX_POINTS = 80_000;

/** Ink pixels of a downscaled copy, centred across (`across`) and along (`along`) the lines. */
interface InkPoints {
  across: Float64Array;
  along: Float64Array;
  /** Extent of `along`: the height of the (downscaled) page as measured. */
  extent: number;
}

/** The page downscaled to about WORK_WIDTH pixels wide, and its ink threshold. */
async function smallCopy(img: GrayImage): Promise<{ data: Buffer; width: number; height: number }> {
  const sharp = await loadSharp();
  const scale = Math.min(1, WORK_WIDTH / img.width);
  const small = await sharp(img.data, rawGray(img))
    .resize(Math.max(1, Math.round(img.width * scale)), Math.max(1, Math.round(img.height * scale)))
    .grayscale() // sharp widens single-channel raw input to sRGB unless told otherwise
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: small.data, width: small.info.width, height: small.info.height };
}

/**
 * Ink pixels inside the page margins, as rows (`rows`: x across, y along) and as columns
 * (`cols`: the same points seen with the page turned a quarter clockwise). Borders (a
 * certificate's guilloche frame, scanner edges) are straight lines that would outvote the
 * text; only the inner part of the page is measured. At most MAX_POINTS are kept, evenly.
 */
function inkPoints(small: { data: Buffer; width: number; height: number }): {
  rows: InkPoints;
  cols: InkPoints;
} {
  const { data, width, height } = small;
  const ink = otsuThreshold(data);
  const mx = Math.floor(width * MARGIN);
  const my = Math.floor(height * MARGIN);
  let count = 0;
  for (let y = my; y < height - my; y++) {
    const row = y * width;
    for (let x = mx; x < width - mx; x++) if ((data[row + x] ?? 255) < ink) count++;
  }
  const stride = Math.max(1, Math.floor(count / MAX_POINTS));
  const n = Math.ceil(count / stride);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let seen = 0;
  let kept = 0;
  for (let y = my; y < height - my; y++) {
    const row = y * width;
    for (let x = mx; x < width - mx; x++) {
      if ((data[row + x] ?? 255) >= ink) continue;
      if (seen++ % stride === 0) {
        xs[kept] = x;
        ys[kept] = y;
        kept++;
      }
    }
  }
  const across = xs.subarray(0, kept).map((x) => x - width / 2);
  const along = ys.subarray(0, kept);
  return {
    rows: { across, along, extent: height },
    cols: { across: along.map((y) => y - height / 2), along: xs.subarray(0, kept), extent: width },
  };
}

/** Sum of squared bin counts of the projection of `p` onto `along` with lines tilted by `angle`. */
function projectionScore(p: InkPoints, angle: number, bins: Float64Array): number {
  const t = Math.tan((angle * Math.PI) / 180);
  const half = p.extent / 2;
  bins.fill(0);
  const { across, along } = p;
  for (let i = 0; i < across.length; i++) {
    const bin = Math.floor(Math.round((along[i] ?? 0) - (across[i] ?? 0) * t) + half);
    if (bin >= 0 && bin < bins.length) bins[bin] = (bins[bin] ?? 0) + 1;
  }
  let sumSq = 0;
  for (const v of bins) sumSq += v * v;
  return sumSq;
}

/**
 * The angle whose projection is most peaked: a coarse pass over ±MAX_ANGLE in whole degrees,
 * then tenths of a degree around its best (text lines make one broad peak in this score, a
 * degree or more wide, so the coarse pass lands beside it).
 */
function bestProjection(p: InkPoints): { angle: number; score: number } {
  const bins = new Float64Array(p.extent * 2 + 2);
  let best = 0;
  let bestScore = -1;
  const consider = (a: number) => {
    const score = projectionScore(p, a, bins);
    if (score > bestScore) {
      bestScore = score;
      best = a;
    }
  };
  for (let a = -MAX_ANGLE; a <= MAX_ANGLE + 1e-9; a += COARSE_STEP) consider(a);
  const centre = best;
  const steps = Math.round(COARSE_STEP / STEP);
  for (let k = -steps + 1; k < steps; k++) {
    const a = Math.round((centre + k * STEP) * 10) / 10;
    if (k !== 0 && Math.abs(a) <= MAX_ANGLE + 1e-9) consider(a);
  }
  return { angle: Math.round(best * 10) / 10, score: bestScore };
}

export interface PageLayout {
  /** The text lines run up and down: the page lies on its side and needs a quarter turn. */
  vertical: boolean;
  /**
   * Small skew in degrees (positive: the text runs downhill to the right) of the page as it
   * will be read: after the quarter turn when `vertical`.
   */
  skew: number;
}

/**
 * Orientation and skew from one downscaled look at the page: the row profile of the ink
 * pixels is most peaked when projected along the text lines (variance maximised over small
 * angles), the column profile when the page lies on its side. Ink is found with an Otsu
 * threshold, so faint scans work too. A blank page is upright and straight.
 */
export async function measureLayout(img: GrayImage): Promise<PageLayout> {
  const { rows, cols } = inkPoints(await smallCopy(img));
  if (rows.across.length < 200) return { vertical: false, skew: 0 };
  const byRows = bestProjection(rows);
  const byCols = bestProjection(cols);
  const vertical = byCols.score > byRows.score * 1.15;
  // Turned a quarter clockwise, the columns become rows read from the other side: their
  // tilt changes sign.
  const skew = vertical ? -byCols.angle : byRows.angle;
  return { vertical, skew: skew === 0 ? 0 : skew };
}

/** The small skew of a page as it lies (see measureLayout), in degrees. */
export async function estimateSkew(img: GrayImage): Promise<number> {
  const { rows } = inkPoints(await smallCopy(img));
  if (rows.across.length < 200) return 0; // a blank page has no lines to align
  return bestProjection(rows).angle;
}

/** Whether the page's text lines run up and down (the page lies on its side). */
export async function linesAreVertical(img: GrayImage): Promise<boolean> {
  return (await measureLayout(img)).vertical;
}

/**
 * The grey level that best separates ink from paper (Otsu): a fixed 128 misses the faint,
 * low-contrast text of poor scans entirely.
 */
export function otsuThreshold(data: Uint8Array): number {
  // An indexed loop over a Uint32Array: the iterator form ran uncompiled for 100 ms and more
  // on a reader thread's first pages, where the whole pass is called too rarely to warm up.
  const hist = new Uint32Array(256);
  const total = data.length;
  for (let i = 0; i < total; i++) {
    const v = data[i] ?? 0;
    hist[v] = (hist[v] ?? 0) + 1;
  }
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
