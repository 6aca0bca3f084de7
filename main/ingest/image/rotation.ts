/**
 * A clockwise rotation about the image centre onto a canvas that just contains the result,
 * as sharp's `rotate(degrees)` does. Words found on a rotated copy are mapped back through
 * it, so boxes always refer to the page as stored.
 */
export interface Rotation {
  degrees: number;
  srcWidth: number;
  srcHeight: number;
}

/** Degrees clockwise in 0..359. */
export const normalDegrees = (degrees: number): number => ((degrees % 360) + 360) % 360;

function trig(degrees: number): { cos: number; sin: number } {
  // Exact quarter turns: no 1e-17 drift on 90°, 180°, 270°.
  const q = normalDegrees(degrees);
  if (q === 0) return { cos: 1, sin: 0 };
  if (q === 90) return { cos: 0, sin: 1 };
  if (q === 180) return { cos: -1, sin: 0 };
  if (q === 270) return { cos: 0, sin: -1 };
  const r = (degrees * Math.PI) / 180;
  return { cos: Math.cos(r), sin: Math.sin(r) };
}

export function rotatedSize(r: Rotation): { width: number; height: number } {
  const { cos, sin } = trig(r.degrees);
  return {
    width: Math.round(Math.abs(r.srcWidth * cos) + Math.abs(r.srcHeight * sin)),
    height: Math.round(Math.abs(r.srcWidth * sin) + Math.abs(r.srcHeight * cos)),
  };
}

/** A point of the rotated image, in the source image's pixels. */
export function unrotatePoint(r: Rotation, x: number, y: number): [number, number] {
  const { cos, sin } = trig(r.degrees);
  const out = rotatedSize(r);
  const dx = x - out.width / 2;
  const dy = y - out.height / 2;
  return [dx * cos + dy * sin + r.srcWidth / 2, -dx * sin + dy * cos + r.srcHeight / 2];
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

/**
 * A box found after `rotations` (applied in order) as the smallest upright box around it
 * in the original image's pixels.
 */
export function unrotateBox(rotations: readonly Rotation[], box: Box): Box {
  let corners: [number, number][] = [
    [box[0], box[1]],
    [box[2], box[1]],
    [box[0], box[3]],
    [box[2], box[3]],
  ];
  for (const r of [...rotations].reverse())
    corners = corners.map(([x, y]) => unrotatePoint(r, x, y));
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
