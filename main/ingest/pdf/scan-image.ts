import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { GrayImage } from '../image/gray-image';
import { pdfjs } from './pdfjs';
import { coversBox, type Matrix } from './matrix';
import { type DrawStep, soleImage } from './sole-image';
import { renderSize } from './rasterize';
import { loadSharp } from '../image/load-sharp';

/** pdf.js's decoded image, as its operator list leaves it in the page's objects. */
interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** pdf.js's operator list of the page as drawing steps (see soleImage). */
async function drawSteps(page: PDFPageProxy): Promise<DrawStep[]> {
  const { OPS } = await pdfjs();
  const ops = await page.getOperatorList(); // cached: the scan's resolution was read from it
  const inert = new Set<number>([
    OPS.dependency,
    OPS.beginMarkedContent,
    OPS.beginMarkedContentProps,
    OPS.endMarkedContent,
    OPS.beginText,
    OPS.endText,
    OPS.setFont,
    OPS.setTextMatrix,
    OPS.setCharSpacing,
    OPS.setWordSpacing,
    OPS.setHScale,
    OPS.setLeading,
    OPS.setTextRise,
    OPS.moveText,
    OPS.setLeadingMoveText,
    OPS.nextLine,
  ]);
  const shows = new Set<number>([
    OPS.showText,
    OPS.showSpacedText,
    OPS.nextLineShowText,
    OPS.nextLineSetSpacingShowText,
  ]);
  return ops.fnArray.map((fn, i): DrawStep => {
    const args = ops.argsArray[i] as unknown[];
    if (inert.has(fn)) return { kind: 'inert' };
    if (fn === OPS.save) return { kind: 'save' };
    if (fn === OPS.restore) return { kind: 'restore' };
    if (fn === OPS.transform) return { kind: 'transform', matrix: args.map(Number) as Matrix };
    if (fn === OPS.setTextRenderingMode) return { kind: 'textMode', mode: Number(args[0]) };
    if (shows.has(fn)) return { kind: 'showText' };
    if (fn === OPS.paintImageXObject && typeof args[0] === 'string') {
      return { kind: 'image', id: args[0] };
    }
    return { kind: 'other' };
  });
}

/**
 * A scanned page as rendering it would give it, without rendering: when the page is one
 * RGB image drawn upright over the whole page at the size the page is rendered at (to a
 * pixel: rendering rounds the page's size down), pdf.js's own decoded pixels (already decoded
 * for the operator list) turned grey are the rendered page, for a fifth of the cost. Anything
 * else gives null and is rendered.
 */
export async function scanPixels(
  page: PDFPageProxy,
  dpi: number,
  maxPixels: number,
): Promise<GrayImage | null> {
  if (page.rotate % 360 !== 0) return null;
  const sole = soleImage(await drawSteps(page));
  if (!sole) return null;
  if (!coversBox(sole.ctm, page.view)) return null;
  const { width, height } = renderSize(page, dpi, maxPixels);
  const objs = sole.id.startsWith('g_') ? page.commonObjs : page.objs;
  const img = await new Promise<DecodedImage | null>((resolve) => {
    objs.get(sole.id, (data: unknown) => resolve((data as DecodedImage | null) ?? null));
  });
  const { RGB_24BPP } = (await pdfjs()).ImageKind;
  const fits = (a: number, b: number) => Math.abs(a - b) <= 1;
  if (
    img?.kind !== RGB_24BPP ||
    !img.data ||
    !fits(img.width, width) ||
    !fits(img.height, height)
  ) {
    return null;
  }
  if (img.data.length !== img.width * img.height * 3) return null;
  const sharp = await loadSharp();
  const data = await sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), {
    raw: { width: img.width, height: img.height, channels: 3 },
  })
    .grayscale()
    .raw()
    .toBuffer();
  return { data, width: img.width, height: img.height };
}
