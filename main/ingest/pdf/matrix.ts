/** A PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];

/** `m` applied first, then `ctm`: what a `cm` operator does to the current matrix. */
export const composeMatrix = (m: Matrix, ctm: Matrix): Matrix => [
  m[0] * ctm[0] + m[1] * ctm[2],
  m[0] * ctm[1] + m[1] * ctm[3],
  m[2] * ctm[0] + m[3] * ctm[2],
  m[2] * ctm[1] + m[3] * ctm[3],
  m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
  m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
];

export const nearly = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b));

/**
 * Whether an image drawn with `ctm` (over the unit square) lies upright over exactly the box
 * [x0, y0, x1, y1]: a scan placed as the whole page.
 */
export function coversBox(ctm: Matrix, [x0, y0, x1, y1]: readonly number[]): boolean {
  const [a, b, c, d, e, f] = ctm;
  return (
    nearly(b, 0) &&
    nearly(c, 0) &&
    nearly(a, (x1 ?? 0) - (x0 ?? 0)) &&
    nearly(d, (y1 ?? 0) - (y0 ?? 0)) &&
    nearly(e, x0 ?? 0) &&
    nearly(f, y0 ?? 0)
  );
}
