import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  estimateSkew,
  linesAreVertical,
  measureLayout,
} from '../../../main/ingest/image/estimate-skew';

/** A page of text-like lines, rotated by `angle` degrees (sharp: positive is clockwise). */
async function linesPage(angle: number) {
  const rows = Array.from({ length: 30 }, (_, i) => {
    const y = 150 + i * 60;
    const bars = Array.from(
      { length: 14 },
      (_, j) =>
        `<rect x="${120 + j * 95}" y="${y}" width="${60 + ((i * 7 + j * 13) % 30)}" height="22"/>`,
    );
    return bars.join('');
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1700" height="2200"><rect width="1700" height="2200" fill="white"/><g fill="black">${rows}</g></svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .rotate(angle, { background: '#ffffff' })
    .flatten({ background: '#ffffff' })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('estimateSkew', () => {
  it.each([0, 1.5, -2.3, 4])('finds a %s° rotation within 0.3°', async (angle) => {
    const skew = await estimateSkew(await linesPage(angle));
    expect(Math.abs(skew - angle)).toBeLessThanOrEqual(0.3);
  });

  it('says 0 for a blank page', async () => {
    expect(
      await estimateSkew({ data: Buffer.alloc(500 * 500, 255), width: 500, height: 500 }),
    ).toBe(0);
  });
});

describe('linesAreVertical', () => {
  it.each([
    [0, false],
    [2, false],
    [180, false],
    [90, true],
    [268, true],
  ])('tells a page turned %s° from an upright one (%s)', async (angle, vertical) => {
    expect(await linesAreVertical(await linesPage(angle))).toBe(vertical);
  });
});

describe('measureLayout', () => {
  it.each([
    [1.5, false, 1.5],
    [-3, false, -3],
    [92, true, 2],
    [268, true, -2],
    [183, false, 3],
  ])(
    'a page turned %s° is sideways: %s, and straightened by %s° once turned upright',
    async (angle, vertical, skew) => {
      const layout = await measureLayout(await linesPage(angle));
      expect(layout.vertical).toBe(vertical);
      expect(Math.abs(layout.skew - skew)).toBeLessThanOrEqual(0.3);
    },
  );

  it('says upright and straight for a blank page', async () => {
    const blank = { data: Buffer.alloc(500 * 500, 255), width: 500, height: 500 };
    expect(await measureLayout(blank)).toEqual({ vertical: false, skew: 0 });
  });
});
