import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../main/ingest/image/gray-image';
import {
  missedLines,
  missedTextSheet,
  paperLevel,
  withRecovered,
  wordsFromSheet,
} from '../../../main/ingest/ocr/missed-text';
import type { PixelWord } from '../../../main/ingest/ocr/ocr-pool';

const W = 2400;
const H = 3200;

/**
 * A 300-dpi form on grey paper: a caption and a value in each of three ruled rows, a dark
 * frame and a column rule. Rows are 200 px apart from y 800 (baselines); captions at x 400,
 * values at x 1300; text 48 px high.
 */
async function form(): Promise<GrayImage> {
  const rows = [0, 1, 2]
    .map((i) => {
      const y = 800 + i * 200;
      return (
        // Each row's rule runs just under its baseline, touching the cells its text is in.
        `<line x1="300" y1="${y + 12}" x2="2100" y2="${y + 12}" stroke="#707070" stroke-width="4"/>` +
        `<text x="400" y="${y}" font-family="DejaVu Sans" font-weight="bold" font-size="48">Caption${i}</text>` +
        `<text x="1300" y="${y}" font-family="DejaVu Serif" font-size="48">Value number ${i}</text>`
      );
    })
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">` +
    `<rect width="${W}" height="${H}" fill="#d2d2d2"/>` +
    `<rect x="150" y="150" width="${W - 300}" height="${H - 300}" fill="none" stroke="#303030" stroke-width="6"/>` +
    `<line x1="1200" y1="650" x2="1200" y2="1300" stroke="#505050" stroke-width="4"/>` +
    `${rows}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The box a reading would give a value drawn at row i (its baseline at 800 + 200 i). */
const valueWord = (i: number, confidence = 0.9): PixelWord => ({
  text: `Value${String(i)}`,
  x0: 1300,
  y0: 800 + i * 200 - 40,
  x1: 1800,
  y1: 800 + i * 200 + 12,
  confidence,
});

describe('ink left unread by the page reading', () => {
  it('is found line by line, and ruled lines, frames and read words are not', async () => {
    const img = await form();
    expect(paperLevel(img)).toBe(0xd2);
    const lines = missedLines(img, [valueWord(0), valueWord(1), valueWord(2)]);
    // The three captions, nothing else: no rule, no frame, no value that was read.
    expect(lines).toHaveLength(3);
    lines.forEach((l, i) => {
      expect(l.x).toBeGreaterThanOrEqual(380);
      expect(l.x).toBeLessThanOrEqual(400);
      expect(l.x + l.width).toBeLessThan(1000);
      expect(l.y).toBeLessThan(800 + i * 200 - 30);
      expect(l.y + l.height).toBeGreaterThan(800 + i * 200);
      expect(l.height).toBeLessThan(90);
    });
  });

  it('counts a word read with low confidence as unread', async () => {
    const img = await form();
    const lines = missedLines(img, [valueWord(0), valueWord(1, 0.2), valueWord(2)]);
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.x >= 1280 && l.y < 1000 && l.y + l.height > 1000)).toBe(true);
  });

  it('gives no sheet when every line was read', async () => {
    const img = await form();
    const all = [0, 1, 2].flatMap((i) => [
      valueWord(i),
      { ...valueWord(i), text: `Caption${String(i)}`, x0: 400, x1: 700 },
    ]);
    expect(missedTextSheet(img, all)).toBeNull();
  });

  it('stacks the lines on paper-grey and maps words read there back onto the page', async () => {
    const img = await form();
    const missed = missedTextSheet(img, [valueWord(0), valueWord(1), valueWord(2)]);
    if (!missed) throw new Error('expected a sheet');
    const { sheet, lines } = missed;
    expect(sheet.data[0]).toBe(0xd2);
    for (const l of lines) {
      // The line's own pixels are on the sheet, 30 px from its left.
      const row = l.height >> 1;
      const page = img.data.subarray((l.y + row) * W + l.x, (l.y + row) * W + l.x + l.width);
      const at = (l.sheetY + row) * sheet.width + 30;
      expect(Buffer.compare(sheet.data.subarray(at, at + l.width), page)).toBe(0);
    }
    const second = lines[1];
    if (!second) throw new Error('expected three lines');
    const onSheet: PixelWord = {
      text: 'Caption1',
      x0: 40,
      x1: 300,
      y0: second.sheetY + 10,
      y1: second.sheetY + 50,
      confidence: 0.9,
    };
    const faint = { ...onSheet, text: '~', confidence: 0.1 };
    const [back, ...rest] = wordsFromSheet([onSheet, faint], lines);
    expect(rest).toEqual([]);
    expect(back?.x0).toBe(second.x + 10);
    expect(back?.y0).toBe(second.y + 10);
  });
});

describe('a lone figure left unread', () => {
  it('is found beside its caption, though it holds less ink than a line of text', async () => {
    // A parcel count: one faint digit, as small as the form’s captions, that the reading dropped.
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">` +
      `<rect width="${W}" height="${H}" fill="#d2d2d2"/>` +
      `<text x="400" y="1400" font-family="DejaVu Sans" font-size="30">Number of parcels</text>` +
      `<text x="1300" y="1400" font-family="DejaVu Serif" font-size="28" fill="#707070">9</text></svg>`;
    const { data, info } = await sharp(Buffer.from(svg))
      .grayscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const img = { data, width: info.width, height: info.height };
    const caption: PixelWord = {
      text: 'Number',
      x0: 395,
      y0: 1370,
      x1: 700,
      y1: 1408,
      confidence: 0.95,
    };
    const lines = missedLines(img, [caption]);
    expect(lines).toHaveLength(1);
    const [figure] = lines;
    expect(figure?.x).toBeGreaterThanOrEqual(1280);
    expect((figure?.x ?? 0) + (figure?.width ?? 0)).toBeLessThan(1340);
    expect(figure?.y).toBeLessThan(1380);
    expect((figure?.y ?? 0) + (figure?.height ?? 0)).toBeGreaterThan(1398);
  });
});

describe('the sheet of missed lines', () => {
  it('is never taller than the page: lines beyond that are left', async () => {
    // Two columns of ten captions on a short page: stacked, twenty lines would not fit.
    const text = [150, 250, 350, 450, 550, 650, 750, 850, 950, 1050]
      .flatMap((y) =>
        [300, 1500].map(
          (x) => `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="48">Caption</text>`,
        ),
      )
      .join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1200"><rect width="2400" height="1200" fill="#d2d2d2"/>${text}</svg>`;
    const { data, info } = await sharp(Buffer.from(svg))
      .grayscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const img = { data, width: info.width, height: info.height };
    expect(missedLines(img, [])).toHaveLength(20);
    const missed = missedTextSheet(img, []);
    expect(missed?.sheet.height).toBeLessThanOrEqual(1200);
    expect(missed?.lines.length).toBeGreaterThan(5);
    expect(missed?.lines.length).toBeLessThan(20);
  });
});

describe('recovered words', () => {
  const word = (text: string, x0: number, confidence: number, y0 = 0): PixelWord => ({
    text,
    x0,
    x1: x0 + 100,
    y0,
    y1: y0 + 40,
    confidence,
  });

  it('replace the unsure words they overlap, in their place, and never a sure one', () => {
    const page = [word('xXporten', 0, 0.1), word('Angola', 500, 0.9), word('Ne', 1000, 0.95)];
    // "Neg" is the edge of a word read surely, caught in the margin of a missed line.
    const recovered = [word('Exporter', 20, 0.9), word('Neg', 1010, 0.97)];
    expect(withRecovered(page, recovered).map((w) => w.text)).toEqual(['Exporter', 'Angola', 'Ne']);
  });

  it('keep reading order: a new word comes before the first word that starts below it', () => {
    const page = [word('Country', 0, 0.9), word('Angola', 500, 0.9), word('Parcels', 0, 0.9, 200)];
    const recovered = [word('Exporter', 0, 0.9, 100), word('Stamp', 0, 0.9, 900)];
    expect(withRecovered(page, recovered).map((w) => w.text)).toEqual([
      'Country',
      'Angola',
      'Exporter',
      'Parcels',
      'Stamp',
    ]);
  });
});
