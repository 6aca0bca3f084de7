// Scan qualities of the `samples --quality` option.
export type Quality = 'clean' | 'office' | 'poor';

export interface ScanProfile {
  dpi: number;
  skewMax: number;
  /** Standard deviation of sensor noise, in grey levels. */
  noise: number;
  /** Gaussian blur sigma in pixels (0 = none). */
  blur: number;
  /** Black and white points after scanning (low contrast raises black, lowers white). */
  black: number;
  white: number;
  jpeg: [number, number];
  /** Dust specks per megapixel. */
  dust: number;
  /** Stamps and signatures over text, and one page per shipment turned 90°/180°. */
  messy: boolean;
}

export const PROFILES: Record<Quality, ScanProfile> = {
  clean: {
    dpi: 200,
    skewMax: 0.3,
    noise: 1.5,
    blur: 0,
    black: 10,
    white: 252,
    jpeg: [90, 94],
    dust: 0,
    messy: false,
  },
  office: {
    dpi: 200,
    skewMax: 2,
    noise: 3,
    blur: 0.5,
    black: 22,
    white: 246,
    jpeg: [62, 78],
    dust: 3,
    messy: false,
  },
  poor: {
    dpi: 150,
    skewMax: 4,
    noise: 11,
    blur: 0.9,
    black: 62,
    white: 226,
    jpeg: [42, 58],
    dust: 25,
    messy: true,
  },
};

export const QUALITIES: readonly Quality[] = ['clean', 'office', 'poor'];
