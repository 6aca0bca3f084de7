import { PDFDocument, type PDFImage, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodePageScan, openScanView, pageScan } from '../../../main/ingest/pdf/scan-image';

/** A 200-dpi grey "scan" of an A4 page with a dark bar near its top left, as JPEG. */
async function scanJpeg(width = 1654, height = 2339): Promise<Buffer> {
  const bar = await sharp({
    create: { width: 400, height: 60, channels: 3, background: '#202020' },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([{ input: bar, left: 100, top: 100 }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function pdfWith(draw: (page: PDFPage, img: PDFImage) => void) {
  const pdf = await PDFDocument.create();
  const img = await pdf.embedJpg(await scanJpeg());
  const page = pdf.addPage([595.44, 842.04]);
  draw(page, img);
  return new Uint8Array(await pdf.save());
}

describe('pageScan', () => {
  it('finds the JPEG a scanned page consists of and decodes it in grey at its own size', async () => {
    const bytes = await pdfWith((page, img) =>
      page.drawImage(img, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() }),
    );
    const view = await openScanView(bytes);
    const scan = view ? pageScan(view, 0) : null;
    expect(scan).toMatchObject({ width: 1654, height: 2339 });
    if (!scan) return;
    const { gray, dpi } = await decodePageScan(scan, undefined, 16e6);
    expect(dpi).toBe(200);
    expect([gray.width, gray.height]).toEqual([1654, 2339]);
    expect(gray.data.length).toBe(1654 * 2339);
    expect(gray.data[130 * 1654 + 300]).toBeLessThan(60); // the bar, upright (no flip)
    expect(gray.data[2000 * 1654 + 800]).toBeGreaterThan(240); // paper
  });

  it('scales to the resolution asked for', async () => {
    const bytes = await pdfWith((page, img) =>
      page.drawImage(img, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() }),
    );
    const view = await openScanView(bytes);
    const scan = view && pageScan(view, 0);
    if (!scan) throw new Error('not found as a scan');
    const { gray } = await decodePageScan(scan, 100, 16e6);
    expect([gray.width, gray.height]).toEqual([827, 1169]);
  });

  it('leaves pages with anything more than one full-page image to the renderer', async () => {
    const partial = await pdfWith((page, img) =>
      page.drawImage(img, { x: 20, y: 20, width: 400, height: 600 }),
    );
    const withText = await pdfWith((page, img) => {
      page.drawImage(img, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
      page.drawText('stamp', { x: 50, y: 50 });
    });
    for (const bytes of [partial, withText]) {
      const view = await openScanView(bytes);
      expect(view && pageScan(view, 0)).toBeNull();
    }
  });
});
