import { loadSharp } from './load-sharp';

/** An 8-bit single-channel image in memory, row-major, `width * height` bytes. */
export interface GrayImage {
  data: Buffer;
  width: number;
  height: number;
}

export const rawGray = (img: GrayImage) => ({
  raw: { width: img.width, height: img.height, channels: 1 as const },
});

/** The image turned clockwise by a multiple of 90 degrees, still one grey band. */
export async function turnGray(img: GrayImage, degrees: number): Promise<GrayImage> {
  const sharp = await loadSharp();
  const { data, info } = await sharp(img.data, rawGray(img))
    .rotate(degrees)
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
