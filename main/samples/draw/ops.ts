// A page as a list of drawing operations in points, origin top-left. Layouts produce these;
// render/pdf.ts turns them into a born-digital PDF, render/raster.ts into a scanned image,
// so both renderings come from one drawing and one set of field boxes.

export type FontKey =
  | 'sans'
  | 'sans-bold'
  | 'sans-oblique'
  | 'serif'
  | 'serif-bold'
  | 'serif-italic'
  | 'mono'
  | 'mono-bold';
export type Rgb = readonly [number, number, number];

/** [x0, y0, x1, y1] in points from the top-left corner. */
export type Box = [number, number, number, number];

export interface TextOp {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  font: FontKey;
  size: number;
  color: Rgb;
  opacity?: number;
  /** Degrees, counter-clockwise, about (x, y). */
  rotate?: number;
  /** Ink that is applied on top (stamps): drawn with multiply on scans. */
  ink?: boolean;
}

export interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: Rgb;
  dash?: number[];
  opacity?: number;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: Rgb;
  stroke?: Rgb;
  width?: number;
  opacity?: number;
}

export interface PathOp {
  kind: 'path';
  /** x0, y0, x1, y1, … */
  points: number[];
  closed?: boolean;
  width: number;
  color: Rgb;
  opacity?: number;
  ink?: boolean;
}

export interface CircleOp {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  width: number;
  color: Rgb;
  opacity?: number;
  ink?: boolean;
}

export type Op = TextOp | LineOp | RectOp | PathOp | CircleOp;

export interface PageSpec {
  width: number;
  height: number;
  ops: Op[];
  /** Where each truth field was drawn (several boxes are united). */
  fields: Record<string, Box[]>;
}

export const BLACK: Rgb = [0.08, 0.08, 0.1];
export const GREY: Rgb = [0.38, 0.38, 0.42];
export const LIGHT: Rgb = [0.72, 0.72, 0.75];

export function unionBox(boxes: readonly Box[]): Box {
  const out: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    out[0] = Math.min(out[0], b[0]);
    out[1] = Math.min(out[1], b[1]);
    out[2] = Math.max(out[2], b[2]);
    out[3] = Math.max(out[3], b[3]);
  }
  return out;
}
