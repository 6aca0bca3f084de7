// Security-print decoration: interlaced sine bands along a frame, and a rosette.
import type { Rng } from '../../rng';
import type { Op, Rgb } from '../../draw/ops';

/** A band of interlaced waves running round the rectangle (x, y, w, h), inset by `band`/2. */
export function guillocheFrame(
  rng: Rng,
  x: number,
  y: number,
  w: number,
  h: number,
  band: number,
  color: Rgb,
  curves = 5,
): Op[] {
  const ops: Op[] = [];
  const perimeter = 2 * (w + h);
  const steps = Math.round(perimeter / 1.6);
  const freq = Math.round(perimeter / rng.float(9, 14));
  for (let k = 0; k < curves; k++) {
    const phase = (2 * Math.PI * k) / curves;
    const f = k % 2 === 0 ? freq : freq + 3;
    const pts: number[] = [];
    for (let i = 0; i <= steps; i++) {
      const t = (i / steps) * perimeter;
      const off =
        band / 2 + (band / 2) * 0.92 * Math.sin((2 * Math.PI * f * t) / perimeter + phase);
      const [px, py] = along(x, y, w, h, t, off);
      pts.push(px, py);
    }
    ops.push({ kind: 'path', points: pts, closed: true, width: 0.35, color });
  }
  ops.push({ kind: 'rect', x, y, w, h, stroke: color, width: 0.8 });
  ops.push({
    kind: 'rect',
    x: x + band,
    y: y + band,
    w: w - 2 * band,
    h: h - 2 * band,
    stroke: color,
    width: 0.6,
  });
  return ops;
}

function along(
  x: number,
  y: number,
  w: number,
  h: number,
  t: number,
  inset: number,
): [number, number] {
  if (t < w) return [x + t, y + inset];
  if (t < w + h) return [x + w - inset, y + (t - w)];
  if (t < 2 * w + h) return [x + w - (t - w - h), y + h - inset];
  return [x + inset, y + h - (t - 2 * w - h)];
}

/** A spirograph rosette (hypotrochoid family), drawn faintly behind the text. */
export function rosette(
  rng: Rng,
  cx: number,
  cy: number,
  r: number,
  color: Rgb,
  opacity = 0.35,
): Op[] {
  const ops: Op[] = [];
  const petals = rng.int(14, 24);
  for (let k = 0; k < 3; k++) {
    const pts: number[] = [];
    const rr = r * (1 - k * 0.18);
    for (let i = 0; i <= 720; i++) {
      const a = (i / 720) * 2 * Math.PI;
      const rad = rr * (0.72 + 0.28 * Math.cos(petals * a + k));
      pts.push(cx + rad * Math.cos(a), cy + rad * Math.sin(a));
    }
    ops.push({ kind: 'path', points: pts, closed: true, width: 0.3, color, opacity });
  }
  return ops;
}

/** Fine horizontal waves over an area, like the tint of security paper. */
export function wavyTint(
  rng: Rng,
  x: number,
  y: number,
  w: number,
  h: number,
  color: Rgb,
  gap = 7,
): Op[] {
  const ops: Op[] = [];
  const period = rng.float(40, 70);
  for (let yy = y; yy < y + h; yy += gap) {
    const pts: number[] = [];
    for (let xx = x; xx <= x + w; xx += 4)
      pts.push(xx, yy + 2.2 * Math.sin(((xx - x) / period) * 2 * Math.PI + yy / 23));
    ops.push({ kind: 'path', points: pts, width: 0.25, color, opacity: 0.5 });
  }
  return ops;
}
