// Rubber stamps and handwritten signatures, drawn as "ink" (multiplied over the print on scans).
import type { Rng } from '../../rng';
import { textWidth } from '../../draw/fonts';
import type { Op, Rgb } from '../../draw/ops';

const INKS: readonly Rgb[] = [
  [0.16, 0.24, 0.62],
  [0.32, 0.18, 0.55],
  [0.62, 0.12, 0.16],
];

export function inkColor(rng: Rng): Rgb {
  return rng.pick(INKS);
}

/** A round stamp: two rings, text round the edge, one or two lines in the middle. */
export function roundStamp(
  rng: Rng,
  cx: number,
  cy: number,
  r: number,
  ring: string,
  centre: string[],
  color: Rgb = inkColor(rng),
): Op[] {
  const opacity = rng.float(0.62, 0.85);
  const ops: Op[] = [
    { kind: 'circle', cx, cy, r, width: 1.6, color, opacity, ink: true },
    { kind: 'circle', cx, cy, r: r * 0.8, width: 0.8, color, opacity, ink: true },
  ];
  const size = r * 0.16;
  const text = `${ring.toUpperCase()} \u2022 `;
  const radius = r * 0.86 - size * 0.5;
  const total = textWidth(text, 'sans-bold', size);
  const spread = Math.min(2 * Math.PI * 0.97, total / radius);
  const turn = rng.float(0, 2 * Math.PI);
  let acc = 0;
  for (const ch of text) {
    const cw = textWidth(ch, 'sans-bold', size);
    const a = turn + ((acc + cw / 2) / total) * spread;
    // Letters stand on the circle, tops towards the centre-out direction.
    const x = cx + radius * Math.sin(a) - (cw / 2) * Math.cos(a);
    const y = cy - radius * Math.cos(a) - (cw / 2) * Math.sin(a);
    ops.push({
      kind: 'text',
      x,
      y,
      text: ch,
      font: 'sans-bold',
      size,
      color,
      opacity,
      rotate: (-a * 180) / Math.PI,
      ink: true,
    });
    acc += cw;
  }
  const cs = r * 0.17;
  centre.forEach((line, i) => {
    const w = textWidth(line, 'sans-bold', cs);
    const y = cy + (i - (centre.length - 1) / 2) * cs * 1.25 + cs * 0.35;
    ops.push({
      kind: 'text',
      x: cx - w / 2,
      y,
      text: line,
      font: 'sans-bold',
      size: cs,
      color,
      opacity,
      ink: true,
    });
  });
  return ops;
}

/** A rectangular dated stamp, e.g. RECEIVED 14 MAR 2024. */
export function boxStamp(
  rng: Rng,
  x: number,
  y: number,
  lines: string[],
  color: Rgb = inkColor(rng),
): Op[] {
  const opacity = rng.float(0.6, 0.85);
  const size = 9;
  const w = Math.max(...lines.map((l) => textWidth(l, 'sans-bold', size))) + 14;
  const h = lines.length * size * 1.35 + 8;
  const ops: Op[] = [
    {
      kind: 'path',
      points: [x, y, x + w, y, x + w, y + h, x, y + h],
      closed: true,
      width: 1.4,
      color,
      opacity,
      ink: true,
    },
  ];
  lines.forEach((l, i) =>
    ops.push({
      kind: 'text',
      x: x + 7,
      y: y + 6 + size * (i + 0.85) * 1.3,
      text: l,
      font: 'sans-bold',
      size,
      color,
      opacity,
      ink: true,
    }),
  );
  return ops;
}

/** A handwritten signature: a fast looping stroke with a flourish. */
export function signature(
  rng: Rng,
  x: number,
  y: number,
  w: number,
  color: Rgb = [0.1, 0.14, 0.42],
): Op[] {
  const pts: number[] = [];
  const loops = rng.int(4, 8);
  const amp = rng.float(5, 9);
  const slant = rng.float(0.25, 0.5);
  const n = 160;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const a = t * loops * 2 * Math.PI;
    const env = Math.sin(Math.PI * Math.min(1, t * 1.3)) * (0.6 + 0.4 * Math.sin(3 * t + 1));
    const yy = -amp * env * Math.sin(a) - 2 * Math.sin(a * 0.5);
    const xx = t * w + amp * 0.55 * Math.cos(a) + slant * -yy;
    pts.push(x + xx, y + yy);
  }
  const ops: Op[] = [
    { kind: 'path', points: pts, width: rng.float(0.8, 1.3), color, opacity: 0.9, ink: true },
  ];
  const fy = y + rng.float(2, 6);
  ops.push({
    kind: 'path',
    points: [x - 4, fy + 3, x + w * 0.4, fy, x + w * 0.9, fy + 1.5, x + w + 6, fy - 3],
    width: 0.9,
    color,
    opacity: 0.85,
    ink: true,
  });
  return ops;
}
