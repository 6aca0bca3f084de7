import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { GrayImage } from '../image/gray-image';
import { embeddedJpegPage, openRawPdf, type RawPdf } from './embedded-jpeg';
import { rasterizePage } from './rasterize';
import { scanPixels } from './scan-image';
import { ocrDpi } from './scan-resolution';

/**
 * The image of each PDF page that must be OCR'd, and its resolution, got the cheapest way
 * that gives what rendering would: a page that is one scanned JPEG is decoded from its bytes;
 * else one scanned image is taken from pdf.js's decoded pixels; anything else is rendered,
 * from a copy of the document with standard fonts, opened when first needed.
 */
export class ScanPageImages {
  private raw: Promise<RawPdf | null> | undefined;
  private renderDoc: Promise<PDFDocumentProxy> | undefined;

  /**
   * `openForRender` opens the copy pages are rendered from; `dpi` forces the OCR resolution
   * (then every page is rendered at it).
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly openForRender: () => Promise<PDFDocumentProxy>,
    private readonly maxPixels: number,
    private readonly dpi?: number,
  ) {}

  async imageOf(page: PDFPageProxy, pageNo: number): Promise<{ gray: GrayImage; dpi: number }> {
    const jpeg = this.dpi
      ? null
      : await embeddedJpegPage(
          await (this.raw ??= openRawPdf(this.bytes)),
          pageNo - 1,
          this.maxPixels,
        );
    if (jpeg) return jpeg;
    const dpi = this.dpi ?? (await ocrDpi(page));
    const pixels = await scanPixels(page, dpi, this.maxPixels);
    if (pixels) return { gray: pixels, dpi };
    const doc = await (this.renderDoc ??= this.openForRender());
    const renderPage = await doc.getPage(pageNo);
    try {
      return { gray: await rasterizePage(doc, renderPage, dpi, this.maxPixels), dpi };
    } finally {
      renderPage.cleanup();
    }
  }

  async close(): Promise<void> {
    const doc = this.renderDoc;
    this.renderDoc = undefined;
    await (await doc?.catch(() => null))?.destroy();
  }
}
