import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { GrayImage } from '../image/gray-image';
import { loadSharp } from '../image/load-sharp';

/** The slice of @napi-rs/canvas that pdf.js's Node canvas factory hands out. */
interface NodeCanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: NodeContext };
  destroy(target: { canvas: unknown; context: NodeContext }): void;
}
interface NodeContext {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

/** The pixel size a page is rendered at for `dpi`, scaled down to at most `maxPixels`. */
export function renderSize(page: PDFPageProxy, dpi: number, maxPixels: number) {
  const base = page.getViewport({ scale: 1 });
  const wanted = dpi / 72;
  const scale = Math.min(wanted, Math.sqrt(maxPixels / Math.max(1, base.width * base.height)));
  const viewport = page.getViewport({ scale });
  return {
    viewport,
    width: Math.max(1, Math.floor(viewport.width)),
    height: Math.max(1, Math.floor(viewport.height)),
  };
}

/** Renders a page to grayscale at `dpi`, scaled down if it would exceed `maxPixels`. */
export async function rasterizePage(
  doc: PDFDocumentProxy,
  page: PDFPageProxy,
  dpi: number,
  maxPixels: number,
): Promise<GrayImage> {
  const { viewport, width, height } = renderSize(page, dpi, maxPixels);
  // The document's own canvas factory: a foreign canvas breaks pdf.js's clip paths in Node.
  const factory = doc.canvasFactory as NodeCanvasFactory;
  const target = factory.create(width, height);
  const { canvas, context } = target;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({ canvasContext: context as never, viewport, canvas: canvas as never }).promise;
  const rgba = context.getImageData(0, 0, width, height).data;
  const sharp = await loadSharp();
  const data = await sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), {
    raw: { width, height, channels: 4 },
  })
    .flatten({ background: '#ffffff' })
    .grayscale()
    .raw()
    .toBuffer();
  factory.destroy(target);
  return { data, width, height };
}
