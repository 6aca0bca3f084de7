// A scanned PDF page that is one JPEG is decoded from the JPEG's own bytes (libjpeg-turbo)
// instead of by pdf.js: the pixels must be the JPEG's, and any page that draws anything else
// must be left to pdf.js (null).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  degrees,
  PDFDocument,
  setTextRenderingMode,
  StandardFonts,
  TextRenderingMode,
} from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../main/ingest/image/gray-image';
import { embeddedJpegPage, openRawPdf } from '../../../main/ingest/pdf/embedded-jpeg';
import { loadPdf } from '../../../main/ingest/pdf/load-pdf';
import { rasterizePage } from '../../../main/ingest/pdf/rasterize';
import { textPagePng } from '../../helpers/scan-fixtures';
import { corpusDir, hasCorpus, noCorpusReason } from '../../helpers/shared-corpus';

const LETTER: [number, number] = [612, 792];

/** A stand-in scan (1275 × 1650, i.e. letter size at 150 dpi) as a JPEG. */
async function scanJpeg(colour: boolean, width = 1275): Promise<Buffer> {
  const png = await textPagePng(['Kimberley Process Certificate', 'KP-AO 123456']);
  const img = sharp(png).resize(width);
  return (colour ? img.toColourspace('srgb') : img.grayscale()).jpeg({ quality: 85 }).toBuffer();
}

async function pdfWith(draw: (doc: PDFDocument) => Promise<void>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  await draw(doc);
  return doc.save();
}

async function fullPageScan(jpeg: Buffer, extra?: (doc: PDFDocument) => Promise<void> | void) {
  return pdfWith(async (doc) => {
    const page = doc.addPage(LETTER);
    page.drawImage(await doc.embedJpg(jpeg), { x: 0, y: 0, width: LETTER[0], height: LETTER[1] });
    await extra?.(doc);
  });
}

async function firstPage(bytes: Uint8Array) {
  return embeddedJpegPage(await openRawPdf(bytes), 0, 16e6);
}

/** Mean absolute difference of two grey images, over the area both cover, shifted by dx, dy. */
function meanDifference(a: GrayImage, b: GrayImage, dx: number, dy: number): number {
  const w = Math.min(a.width, b.width) - 2;
  const h = Math.min(a.height, b.height) - 2;
  let sum = 0;
  for (let y = 1; y < h; y++) {
    for (let x = 1; x < w; x++) {
      sum += Math.abs((a.data[y * a.width + x] ?? 0) - (b.data[(y + dy) * b.width + x + dx] ?? 0));
    }
  }
  return sum / ((w - 1) * (h - 1));
}

describe('scanned PDF pages read from their JPEG', () => {
  it.each([
    ['grey', false],
    ['colour', true],
  ])('gives the %s JPEG of a full-page scan, at its own resolution', async (_, colour) => {
    const jpeg = await scanJpeg(colour);
    const page = await firstPage(await fullPageScan(jpeg));
    const expected = await sharp(jpeg).grayscale().raw().toBuffer();
    expect(page?.dpi).toBe(150);
    expect([page?.gray.width, page?.gray.height]).toEqual([1275, 1650]);
    expect(page?.gray.data.equals(expected)).toBe(true);
  });

  it('reads under an invisible text layer, as scanners with OCR write it', async () => {
    const pdf = await fullPageScan(await scanJpeg(false), async (doc) => {
      const page = doc.getPage(0);
      page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
      page.drawText('Kimberley Process Certificate', {
        x: 58,
        y: 700,
        size: 16,
        font: await doc.embedFont(StandardFonts.Helvetica),
      });
    });
    expect(await firstPage(pdf)).not.toBeNull();
  });

  it('brings a scan finer than 300 dpi down to 300 dpi', async () => {
    const page = await firstPage(await fullPageScan(await scanJpeg(false, 3400))); // 400 dpi
    expect(page?.dpi).toBe(300);
    expect(page?.gray.width).toBe(2550);
  });

  it('leaves to pdf.js a page that draws anything else, or is not one plain JPEG', async () => {
    const jpeg = await scanJpeg(false);
    const visibleText = fullPageScan(jpeg, (doc) => {
      doc.getPage(0).drawText('Stamp', { x: 50, y: 50 });
    });
    const rectangle = fullPageScan(jpeg, (doc) => {
      doc.getPage(0).drawRectangle({ x: 100, y: 100, width: 50, height: 50 });
    });
    const notCovering = pdfWith(async (doc) => {
      doc
        .addPage(LETTER)
        .drawImage(await doc.embedJpg(jpeg), { x: 10, y: 0, width: 600, height: 792 });
    });
    const turnedPage = fullPageScan(jpeg, (doc) => {
      doc.getPage(0).setRotation(degrees(90));
    });
    const png = pdfWith(async (doc) => {
      const img = await doc.embedPng(await sharp(jpeg).png().toBuffer());
      doc.addPage(LETTER).drawImage(img, { x: 0, y: 0, width: LETTER[0], height: LETTER[1] });
    });
    for (const pdf of [visibleText, rectangle, notCovering, turnedPage, png]) {
      expect(await firstPage(await pdf)).toBeNull();
    }
  });

  it('gives null, never an exception, for bytes that are no PDF', async () => {
    expect(await openRawPdf(new TextEncoder().encode('%PDF-1.7\nnot really'))).toBeNull();
    expect(await embeddedJpegPage(null, 0, 16e6)).toBeNull();
  });

  it.skipIf(!hasCorpus)(
    'over the corpus: a page it reads is the page pdf.js renders',
    { timeout: 120_000 },
    async () => {
      const pdfs: string[] = [];
      const walk = (dir: string) => {
        for (const f of readdirSync(dir)) {
          const p = join(dir, f);
          if (statSync(p).isDirectory()) walk(p);
          else if (f.endsWith('.pdf')) pdfs.push(p);
        }
      };
      walk(corpusDir);
      let read = 0;
      for (const path of pdfs) {
        const bytes = new Uint8Array(readFileSync(path));
        const raw = await openRawPdf(bytes);
        const pages = raw?.doc.getPageCount() ?? 0;
        for (let i = 0; i < Math.min(pages, 3); i++) {
          const page = await embeddedJpegPage(raw, i, 16e6);
          if (!page) continue;
          read += 1;
          const doc = await loadPdf(bytes, { standardFonts: true });
          const rendered = await rasterizePage(doc, await doc.getPage(i + 1), page.dpi, 16e6);
          await doc.destroy();
          // The renderer may place the scan a pixel off when the page box is rounded.
          const shifts = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => [dx, dy] as const));
          const best = Math.min(
            ...shifts.map(([dx, dy]) => meanDifference(page.gray, rendered, dx, dy)),
          );
          expect(best, `${path} page ${i + 1}`).toBeLessThan(1);
        }
      }
      expect(read).toBeGreaterThan(0);
    },
  );
  it.skipIf(hasCorpus)(`over the corpus: skipped, ${noCorpusReason}`, () => undefined);
});
