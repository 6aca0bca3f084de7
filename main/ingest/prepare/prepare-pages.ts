import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cleanForOcr, THUMBNAIL_WIDTH, thumbnail } from '../image/clean-for-ocr';
import { decodeImagePage, imagePageCount, MAX_PAGE_PIXELS } from '../image/decode-image';
import { IngestError } from '../ingest-error';
import { asPdfCorrupt, loadPdf } from '../pdf/load-pdf';
import { rasterizePage } from '../pdf/rasterize';
import { ScanPageImages } from '../pdf/scan-page-image';
import { mayDrawInvisibleText } from '../pdf/render-modes';
import { readTextLayer } from '../pdf/text-layer';
import type { MediaType } from '../sniff';
import type { PreparedPage } from './prepared-page';
import { loadSharp } from '../image/load-sharp';

export interface PrepareOptions {
  fileName: string;
  password?: string;
  /** Pages already stored by an interrupted run: not prepared again. */
  skipPages?: readonly number[];
  /**
   * Thumbnails of text-layer pages now (needed when the PDF's password will not be kept),
   * or later on request (default: rendering them was most of a born-digital page's time).
   */
  eagerThumbnails?: boolean;
  /** Resolution PDF pages are rendered at for OCR; default: the scan's own (150–300 dpi). */
  dpi?: number;
}

export type PrepareEvent = { kind: 'meta'; pages: number } | { kind: 'page'; page: PreparedPage };

const blankThumbnail = async () =>
  (await loadSharp())({
    create: { width: THUMBNAIL_WIDTH, height: 310, channels: 3, background: '#ffffff' },
  })
    .png()
    .toBuffer();

function pageFailure(err: unknown): { code: string; message: string } {
  const e = err instanceof IngestError ? err : asPdfCorrupt(err);
  return { code: e.code, message: e.message };
}

async function* pdfPages(bytes: Uint8Array, opts: PrepareOptions): AsyncGenerator<PrepareEvent> {
  const open = (standardFonts: boolean) =>
    loadPdf(bytes, {
      fileName: opts.fileName,
      standardFonts,
      ...(opts.password ? { password: opts.password } : {}),
    });
  // Text is read from a copy without standard-font programs (much faster); a page that must
  // be rendered for OCR is rendered from a second copy that has them, opened when needed.
  const doc = await open(false);
  const mayBeInvisible = mayDrawInvisibleText(bytes);
  const scans = new ScanPageImages(bytes, () => open(true), MAX_PAGE_PIXELS, opts.dpi);
  try {
    yield { kind: 'meta', pages: doc.numPages };
    const skip = new Set(opts.skipPages);
    for (let pageNo = 1; pageNo <= doc.numPages; pageNo++) {
      if (skip.has(pageNo)) continue;
      let size = { width: 612, height: 792 };
      try {
        const page = await doc.getPage(pageNo);
        const vp = page.getViewport({ scale: 1 });
        size = { width: vp.width, height: vp.height };
        const layer = await readTextLayer(page, { mayBeInvisible });
        if (layer.verdict === 'usable') {
          const thumb = opts.eagerThumbnails ? await pdfThumbnail(doc, page) : null;
          yield {
            kind: 'page',
            page: {
              pageNo,
              ...size,
              thumbnail: thumb,
              textSource: 'text_layer',
              words: layer.words,
            },
          };
        } else {
          const { gray, dpi } = await scans.imageOf(page, pageNo);
          yield {
            kind: 'page',
            page: {
              pageNo,
              ...size,
              thumbnail: await thumbnail(gray),
              textSource: 'ocr',
              ocr: await cleanForOcr(gray, dpi),
              textLayer: layer.verdict,
            },
          };
        }
        page.cleanup();
      } catch (err) {
        yield {
          kind: 'page',
          page: {
            pageNo,
            ...size,
            thumbnail: await blankThumbnail(),
            textSource: 'none',
            error: pageFailure(err),
          },
        };
      }
    }
  } finally {
    await doc.destroy();
    await scans.close();
  }
}

async function pdfThumbnail(doc: PDFDocumentProxy, page: PDFPageProxy): Promise<Buffer> {
  const vp = page.getViewport({ scale: 1 });
  return thumbnail(
    await rasterizePage(doc, page, (THUMBNAIL_WIDTH / vp.width) * 72, MAX_PAGE_PIXELS),
  );
}

/** The thumbnail of one page of a stored original, for pages read from their text layer. */
export async function renderThumbnail(
  bytes: Uint8Array,
  mediaType: MediaType,
  pageNo: number,
): Promise<Buffer> {
  if (mediaType !== 'application/pdf') {
    return thumbnail(await decodeImagePage(bytes, pageNo - 1, 'the image'));
  }
  const doc = await loadPdf(bytes, { standardFonts: true });
  try {
    return await pdfThumbnail(doc, await doc.getPage(pageNo));
  } finally {
    await doc.destroy();
  }
}

async function* imagePages(bytes: Uint8Array, opts: PrepareOptions): AsyncGenerator<PrepareEvent> {
  const pages = await imagePageCount(bytes, opts.fileName);
  yield { kind: 'meta', pages };
  const skip = new Set(opts.skipPages);
  for (let i = 0; i < pages; i++) {
    const pageNo = i + 1;
    if (skip.has(pageNo)) continue;
    try {
      const gray = await decodeImagePage(bytes, i, opts.fileName);
      yield {
        kind: 'page',
        page: {
          pageNo,
          width: gray.width,
          height: gray.height,
          thumbnail: await thumbnail(gray),
          textSource: 'ocr',
          ocr: await cleanForOcr(gray, gray.dpi),
          textLayer: null,
        },
      };
    } catch (err) {
      if (pages === 1) throw err; // a single broken image is the file's error
      yield {
        kind: 'page',
        page: {
          pageNo,
          width: 1,
          height: 1,
          thumbnail: await blankThumbnail(),
          textSource: 'none',
          error: pageFailure(err),
        },
      };
    }
  }
}

/**
 * Every page of a file, in order: its trusted text layer with word boxes, or a cleaned image
 * for OCR. File-level problems throw an IngestError; a broken page is reported and skipped.
 */
export function preparePages(
  bytes: Uint8Array,
  mediaType: MediaType,
  opts: PrepareOptions,
): AsyncGenerator<PrepareEvent> {
  return mediaType === 'application/pdf' ? pdfPages(bytes, opts) : imagePages(bytes, opts);
}
