import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfjs } from './pdfjs';

/**
 * The resolution of the largest image on a page, assuming it spans the page as a scan
 * does; null when the page has no images. Rendering a 150-dpi scan at 300 dpi quadruples
 * the pixels OCR must read and adds no detail.
 */
export async function scanResolution(page: PDFPageProxy): Promise<number | null> {
  const { OPS } = await pdfjs();
  const ops = await page.getOperatorList(); // cached by pdf.js for the display intent
  let w = 0;
  let h = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.paintImageXObject && fn !== OPS.paintInlineImageXObject) return;
    const args = ops.argsArray[i] as unknown[];
    const iw = Number(args[1]);
    const ih = Number(args[2]);
    if (Number.isFinite(iw) && Number.isFinite(ih) && iw * ih > w * h) [w, h] = [iw, ih];
  });
  if (w * h === 0) return null;
  const vp = page.getViewport({ scale: 1 });
  // Compare long side with long side: the scan may be placed turned.
  return (Math.max(w, h) / Math.max(vp.width, vp.height)) * 72;
}

/** OCR resolution for a scan of `native` dpi: its own, within 150–300; 300 for vector pages. */
export function ocrDpiFor(native: number | null): number {
  if (native === null) return 300;
  return Math.round(Math.min(300, Math.max(150, native)));
}

/** OCR resolution for a page (see ocrDpiFor). */
export async function ocrDpi(page: PDFPageProxy): Promise<number> {
  return ocrDpiFor(await scanResolution(page));
}
