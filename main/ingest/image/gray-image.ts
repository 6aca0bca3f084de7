/** An 8-bit single-channel image in memory, row-major, `width * height` bytes. */
export interface GrayImage {
  data: Buffer;
  width: number;
  height: number;
}

export const rawGray = (img: GrayImage) => ({
  raw: { width: img.width, height: img.height, channels: 1 as const },
});
