// A page that is one scanned image is taken from pdf.js's decoded pixels instead of being
// rendered: the pixels must be exactly the rendered ones, so OCR reads the same image.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../../main/ingest/pdf/load-pdf';
import { rasterizePage } from '../../../main/ingest/pdf/rasterize';
import { scanPixels } from '../../../main/ingest/pdf/scan-image';
import { ocrDpi } from '../../../main/ingest/pdf/scan-resolution';
import { imageOnlyPdf, textPagePng } from '../../helpers/scan-fixtures';
import { corpusDir, hasCorpus } from '../../helpers/shared-corpus';

/** The first page both ways: decoded directly (or null) and rendered, at the page's OCR dpi. */
async function bothWays(bytes: Uint8Array) {
  const doc = await loadPdf(bytes, { standardFonts: false });
  const rendering = await loadPdf(bytes, { standardFonts: true });
  try {
    const page = await doc.getPage(1);
    const dpi = await ocrDpi(page);
    const direct = await scanPixels(page, dpi, 16e6);
    const rendered = await rasterizePage(rendering, await rendering.getPage(1), dpi, 16e6);
    return { direct, rendered };
  } finally {
    await Promise.all([doc.destroy(), rendering.destroy()]);
  }
}

describe('scanned pages without rendering', () => {
  it('gives exactly the rendered pixels of a page that is one full-page scan', async () => {
    const pdf = await imageOnlyPdf([await textPagePng(['Certificate KP-AO 123456', 'Carats'])]);
    const { direct, rendered } = await bothWays(pdf);
    expect(direct).not.toBeNull();
    expect(direct?.width).toBe(rendered.width);
    expect(direct?.height).toBe(rendered.height);
    expect(direct?.data.equals(rendered.data)).toBe(true);
  });

  it.skipIf(!hasCorpus)('does so under an invisible OCR layer too', async () => {
    const path = join(corpusDir, 'bad-pdfs', 'scanned_image_only', 'scan-bad.pdf');
    const { direct, rendered } = await bothWays(new Uint8Array(readFileSync(path)));
    expect(direct?.data.equals(rendered.data)).toBe(true);
  });

  it('renders a page where the scan does not cover the page, or something else is drawn', async () => {
    const png = await textPagePng(['Invoice']);
    const pdf = await PDFDocument.create();
    const img = await pdf.embedPng(png);
    pdf.addPage([612, 792]).drawImage(img, { x: 10, y: 0, width: 612, height: 792 });
    const second = pdf.addPage([612, 792]);
    second.drawImage(img, { x: 0, y: 0, width: 612, height: 792 });
    second.drawRectangle({ x: 100, y: 100, width: 50, height: 50 });
    const bytes = await pdf.save();
    expect((await bothWays(bytes)).direct).toBeNull();
    const doc = await loadPdf(bytes);
    try {
      expect(await scanPixels(await doc.getPage(2), 150, 16e6)).toBeNull();
    } finally {
      await doc.destroy();
    }
  });
});
