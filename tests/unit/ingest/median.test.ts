import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImagePage } from '../../../main/ingest/image/decode-image';
import { type GrayImage, rawGray } from '../../../main/ingest/image/gray-image';
import { median3 } from '../../../main/ingest/image/median';
import { textPagePng } from '../../helpers/scan-fixtures';

async function sharpMedian(img: GrayImage): Promise<Buffer> {
  const { data, info } = await sharp(img.data, rawGray(img))
    .pipelineColourspace('b-w')
    .median(3)
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect(info.channels).toBe(1);
  return data;
}

/** Pixels from a fixed linear congruential sequence: every order of neighbours occurs. */
function noise(width: number, height: number): GrayImage {
  const data = Buffer.alloc(width * height);
  let s = 12345;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    data[i] = s >>> 24;
  }
  return { data, width, height };
}

describe('median3', () => {
  it.each([
    [37, 23],
    [3, 3],
    [3, 40],
    [40, 3],
    [16, 3],
    [17, 5],
    [33, 4],
  ])(
    'gives what sharp’s median(3) gives on %i × %i pixels of noise, edges included',
    async (w, h) => {
      const img = noise(w, h);
      expect(median3(img).data.equals(await sharpMedian(img))).toBe(true);
    },
  );

  it('gives what sharp’s median(3) gives on a page of text and removes an isolated speck', async () => {
    const page = await decodeImagePage(
      new Uint8Array(await textPagePng(['Carat weight 4.964,16', 'Exporter Lda.'], 1.5)),
      0,
      'p.png',
    );
    page.data[200 * page.width + 1000] = 0; // a speck on white paper, away from the text
    const out = median3(page);
    expect(out.width).toBe(page.width);
    expect(out.height).toBe(page.height);
    expect(out.data.equals(await sharpMedian(page))).toBe(true);
    expect(out.data[200 * page.width + 1000]).toBe(255);
  });
});
