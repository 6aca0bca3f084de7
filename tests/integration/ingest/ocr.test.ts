import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanForOcr } from '../../../main/ingest/image/clean-for-ocr';
import { decodeImagePage } from '../../../main/ingest/image/decode-image';
import { OcrPool } from '../../../main/ingest/ocr/ocr-pool';
import { readPageImage } from '../../../main/ingest/ocr/read-page-image';
import { charErrorRate } from '../../helpers/char-error-rate';
import { textPagePng } from '../../helpers/scan-fixtures';
import { corpusDir, hasCorpus, noCorpusReason } from '../../helpers/shared-corpus';

const gt = join(corpusDir, 'ocr-groundtruth');

/** The real pool, counting the whole-page readings asked of it. */
class CountingPool extends OcrPool {
  pageReadings = 0;
  override recognize(image: Buffer, layout: 'page' | 'block' = 'page') {
    if (layout === 'page') this.pageReadings += 1;
    return super.recognize(image, layout);
  }
}

const pool = new CountingPool({ size: 1, pageTimeoutMs: 60_000 });
afterAll(() => pool.close());

async function read(file: string) {
  const page = await decodeImagePage(new Uint8Array(readFileSync(join(gt, file))), 0, file);
  return readPageImage(pool, await cleanForOcr(page));
}

describe('small print on a 150-dpi scan', () => {
  const lines = [
    'Country of origin Angola',
    'Carat weight 4.964,16 Value 640.972,34',
    'Exporter Cuango Comercial de Diamantes, Lda.',
    'Number of parcels 1 HS code 7102.31',
  ];

  it('is enlarged for OCR, read, and boxed on the page as stored', async () => {
    // 12 px text at 150 dpi: about 6 pt, the size of a certificate's field captions.
    const png = await textPagePng(lines, 0, 12);
    const page = await decodeImagePage(new Uint8Array(png), 0, 'small.png');
    const image = await cleanForOcr(page, 150);
    expect(image.scale).toBe(2);
    const r = await readPageImage(pool, image);
    expect(charErrorRate(lines.join(' '), r.words.map((w) => w.text).join(' '))).toBeLessThan(0.05);
    const carat = r.words.find((w) => w.text === 'Carat');
    // Drawn from x 120 px on the baseline at y 260 px of a 1275 × 1650 page.
    expect(carat?.x0).toBeCloseTo(120 / 1275, 2);
    expect(carat?.y1).toBeCloseTo(260 / 1650, 2);
  });

  it('is left at its size at 200 dpi and above', async () => {
    const page = await decodeImagePage(new Uint8Array(await textPagePng(lines)), 0, 'p.png');
    expect((await cleanForOcr(page, 200)).scale).toBe(1);
  });
});

describe.skipIf(!hasCorpus)(
  `OCR on ground truth${hasCorpus ? '' : ` (skipped: ${noCorpusReason})`}`,
  () => {
    const truth = hasCorpus ? readFileSync(join(gt, 'phototest.gold.txt'), 'utf8') : '';

    it('reads an upright page with a low character error rate and boxes inside the page', async () => {
      const r = await read('phototest.tif');
      const text = r.words.map((w) => w.text).join(' ');
      expect(charErrorRate(truth, text)).toBeLessThan(0.03);
      expect(r.rotation).toBe(0);
      for (const w of r.words) {
        expect(w.x0).toBeLessThan(w.x1);
        expect(w.y0).toBeLessThan(w.y1);
        expect(w.confidence).toBeGreaterThan(0);
      }
      // "This" starts the first line, at the top left of the page
      const first = r.words[0];
      expect(first?.text).toBe('This');
      expect(first?.x0).toBeLessThan(0.25);
      expect(first?.y0).toBeLessThan(0.25);
    });

    it.each(['phototest-rotated-R.png', 'phototest-rotated-L.png', 'phototest-rotated-180.png'])(
      'reads %s upright and maps boxes back onto the page as stored',
      async (file) => {
        const r = await read(file);
        // Tesseract's layout analysis reads some pages turned right as they are; the others
        // must have been turned upright.
        if (file !== 'phototest-rotated-R.png') expect(r.rotation).not.toBe(0);
        expect(charErrorRate(truth, r.words.map((w) => w.text).join(' '))).toBeLessThan(0.05);
        const first = r.words.find((w) => w.text === 'This');
        expect(first).toBeDefined();
        // On a page lying on its side the first word's box is tall, not wide.
        if (first && file !== 'phototest-rotated-180.png') {
          expect(first.y1 - first.y0).toBeGreaterThan(first.x1 - first.x0);
        }
      },
    );

    it('reads a page on its side that the quarter turn leaves upside down once, not twice', async () => {
      // Turned clockwise, the page is upside down after the quarter turn: orientation
      // detection, asked before reading, has it turned by half first.
      const before = pool.pageReadings;
      const r = await read('phototest-rotated-R.png');
      expect(r.rotation).toBe(270);
      expect(pool.pageReadings - before).toBe(1);
      expect(charErrorRate(truth, r.words.map((w) => w.text).join(' '))).toBeLessThan(0.05);
    });
  },
);
