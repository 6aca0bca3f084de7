/** A positioned word: box as fractions of the page, origin top-left; confidence 0..1. */
export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
}
