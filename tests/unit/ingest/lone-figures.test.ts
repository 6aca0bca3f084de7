// A lone figure Tesseract misread ("~" for a 7 alone in its box) is read again by shape against
// the digits the page printed elsewhere and OCR read surely.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../main/ingest/image/gray-image';
import { rereadLoneFigures } from '../../../main/ingest/ocr/lone-figures';
import type { PixelWord } from '../../../main/ingest/ocr/ocr-pool';

const W = 1600;
const H = 700;

/** A grey page (paper 235) with each text drawn at [x, baseline y], 40 px DejaVu Sans. */
async function pageOf(texts: [string, number, number][]): Promise<GrayImage> {
  const body = texts
    .map(
      ([t, x, y]) =>
        `<text x="${x}" y="${y}" font-family="DejaVu Sans" font-size="40" fill="#202020">${t}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#ebebeb"/>${body}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The ink's box inside a window of the page, as OCR would box the word drawn there. */
function inkBox(img: GrayImage, x0: number, y0: number, x1: number, y1: number) {
  let [bx0, by0, bx1, by1] = [x1, y1, x0, y0];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if ((img.data[y * img.width + x] ?? 255) < 150) {
        [bx0, by0, bx1, by1] = [
          Math.min(bx0, x),
          Math.min(by0, y),
          Math.max(bx1, x + 1),
          Math.max(by1, y + 1),
        ];
      }
    }
  }
  return { x0: bx0, y0: by0, x1: bx1, y1: by1 };
}

const word = (img: GrayImage, text: string, confidence: number, win: number[]): PixelWord => {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = win;
  return { text, confidence, ...inkBox(img, x0, y0, x1, y1) };
};

/** Sure numbers on the first rows, teaching the page's digits. */
const teachers: [string, number, number][] = [
  ['7102.31', 100, 100],
  ['854 681,27', 600, 100],
  ['5,369.40', 1100, 100],
];
const taught = (img: GrayImage) => [
  word(img, '7102.31', 0.96, [90, 50, 400, 115]),
  word(img, '854', 0.95, [590, 50, 690, 115]),
  word(img, '681,27', 0.95, [700, 50, 900, 115]),
  word(img, '5,369.40', 0.95, [1090, 50, 1400, 115]),
];

describe('lone figures read again by the page’s own digits', () => {
  it('reads a lone 7 that OCR returned as "~", to review', async () => {
    const img = await pageOf([...teachers, ['Number of parcels', 100, 300], ['7', 900, 300]]);
    const words = [
      ...taught(img),
      word(img, 'Number', 0.95, [90, 250, 260, 315]),
      word(img, 'of', 0.95, [265, 250, 310, 315]),
      word(img, 'parcels', 0.95, [315, 250, 480, 315]),
      word(img, '~', 0.86, [890, 250, 960, 315]),
    ];
    const out = rereadLoneFigures(img, words);
    expect(out.at(-1)).toMatchObject({ text: '7', confidence: 0.7 });
    expect(out.slice(0, -1)).toEqual(words.slice(0, -1));
  });

  it('reads a lone figure beside its box’s rule ("|" is no neighbour)', async () => {
    const img = await pageOf([...teachers, ['|', 860, 300], ['7', 900, 300]]);
    const words = [
      ...taught(img),
      word(img, '|', 0.9, [850, 250, 880, 315]),
      word(img, 'ak', 0.68, [890, 250, 960, 315]),
    ];
    expect(rereadLoneFigures(img, words).at(-1)?.text).toBe('7');
  });

  // A waybill's pieces "1" in its cell, the gross weight in the next cell 3.5 of its heights on.
  it('reads a figure in a table cell, the next column a cell away', async () => {
    const img = await pageOf([...teachers, ['5', 900, 300], ['3.1', 1030, 300]]);
    const five = word(img, 'ot', 0.45, [890, 250, 940, 315]);
    const next = word(img, '3.1', 0.96, [1020, 250, 1120, 315]);
    const h = five.y1 - five.y0;
    expect((next.x0 - five.x1) / h).toBeGreaterThan(3.2);
    expect((next.x0 - five.x1) / h).toBeLessThan(4);
    expect(rereadLoneFigures(img, [...taught(img), five, next]).at(-2)?.text).toBe('5');
  });

  it('leaves letters, rules and words with neighbours alone', async () => {
    const img = await pageOf([
      ...teachers,
      ['A', 900, 300],
      ['7 sealed', 100, 450],
      ['|', 900, 600],
      ['7.8', 1200, 300],
    ]);
    const words = [
      ...taught(img),
      word(img, 'A', 0.5, [890, 250, 960, 315]),
      // A number OCR read, marks and all, is not re-read blob by blob ("7.8" is no "78").
      word(img, '7.8', 0.6, [1190, 250, 1300, 315]),
      word(img, '~', 0.5, [90, 400, 130, 465]),
      word(img, 'sealed', 0.95, [135, 400, 300, 465]),
      word(img, '|', 0.5, [890, 550, 960, 615]),
    ];
    expect(rereadLoneFigures(img, words)).toEqual(words);
  });

  it('reads nothing on a page that printed no figure it read surely', async () => {
    const img = await pageOf([['7', 900, 300]]);
    const words = [word(img, '~', 0.86, [890, 250, 960, 315])];
    expect(rereadLoneFigures(img, words)).toEqual(words);
  });
});
