import type { GrayImage } from './gray-image';

/**
 * The image as binary PGM (P5): a 15-byte header before the pixels. Tesseract's image reader
 * takes it without decoding, where a PNG had to be inflated (and was encoded first).
 */
export function toPgm(img: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([header, img.data.subarray(0, img.width * img.height)]);
}
