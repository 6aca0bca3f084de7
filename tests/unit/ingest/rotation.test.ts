import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type Rotation, rotatedSize, unrotateBox } from '../../../main/ingest/image/rotation';

/** A white page with one black rectangle; returns the bounding box of black after rotation. */
async function inkBoxAfter(rotations: number[], rect: [number, number, number, number]) {
  const [x, y, w, h] = rect;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="white"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="black"/></svg>`;
  let img = await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).png().toBuffer();
  const steps: Rotation[] = [];
  for (const degrees of rotations) {
    const meta = await sharp(img).metadata();
    steps.push({ degrees, srcWidth: meta.width ?? 0, srcHeight: meta.height ?? 0 });
    img = await sharp(img).rotate(degrees, { background: '#ffffff' }).png().toBuffer();
  }
  const { data, info } = await sharp(img).grayscale().raw().toBuffer({ resolveWithObject: true });
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let py = 0; py < info.height; py++) {
    for (let px = 0; px < info.width; px++) {
      if ((data[py * info.width + px] ?? 255) < 100) {
        x0 = Math.min(x0, px);
        y0 = Math.min(y0, py);
        x1 = Math.max(x1, px + 1);
        y1 = Math.max(y1, py + 1);
      }
    }
  }
  return { steps, found: [x0, y0, x1, y1] as [number, number, number, number], size: info };
}

describe('rotation geometry matches sharp', () => {
  it.each([[[90]], [[180]], [[270]], [[3]], [[-2.5]], [[90, 1.5]], [[-1.2, 270]]])(
    'maps a box found after %j back onto the original',
    async (rotations) => {
      const rect: [number, number, number, number] = [500, 80, 120, 40];
      const { steps, found, size } = await inkBoxAfter(rotations, rect);
      const last = steps.at(-1);
      if (last) {
        const expected = rotatedSize(last);
        expect(Math.abs(size.width - expected.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(size.height - expected.height)).toBeLessThanOrEqual(1);
      }
      const back = unrotateBox(steps, found);
      const tilt = rotations.some((r) => r % 90 !== 0) ? 8 : 2; // a tilted box's hull is larger
      expect(back[0]).toBeGreaterThan(rect[0] - tilt);
      expect(back[1]).toBeGreaterThan(rect[1] - tilt);
      expect(back[2]).toBeLessThan(rect[0] + rect[2] + tilt);
      expect(back[3]).toBeLessThan(rect[1] + rect[3] + tilt);
      expect(back[0]).toBeLessThan(rect[0] + 3);
      expect(back[3]).toBeGreaterThan(rect[1] + rect[3] - 3);
    },
  );
});
