// Scan rendering step 1: the page as the scanner saw it — paper on the glass, slightly
// skewed and shifted, ink stamps multiplied over the print. Returns the pixels and the
// transform that maps page points to image pixels, so truth boxes follow the skew.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Op, PageSpec, Rgb } from '../draw/ops';
import { canvasFont, registerScanFonts } from './fonts-canvas';

export interface Placement {
  dpi: number;
  /** Degrees, positive = clockwise on the image. */
  skew: number;
  /** Shift of the paper on the glass, in points. */
  dx: number;
  dy: number;
  paper: Rgb;
  glass: Rgb;
}

export interface Raster {
  width: number;
  height: number;
  /** RGBA pixels. */
  data: Uint8ClampedArray;
  /** Maps a page point (pt, top-left origin) to image pixels. */
  map: (x: number, y: number) => [number, number];
}

export function rasterise(spec: PageSpec, p: Placement): Raster {
  registerScanFonts();
  const k = p.dpi / 72;
  const width = Math.round(spec.width * k);
  const height = Math.round(spec.height * k);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = css(p.glass);
  ctx.fillRect(0, 0, width, height);
  const theta = (p.skew * Math.PI) / 180;
  const cx = width / 2;
  const cy = height / 2;
  const ox = cx + p.dx * k;
  const oy = cy + p.dy * k;
  ctx.translate(ox, oy);
  ctx.rotate(theta);
  ctx.translate(-cx, -cy);
  ctx.scale(k, k);
  // A soft shadow along the paper edge, as the lid leaves one.
  ctx.fillStyle = 'rgba(0,0,0,0.18)';
  ctx.fillRect(-1.2, -1.2, spec.width + 2.4, spec.height + 2.4);
  ctx.fillStyle = css(p.paper);
  ctx.fillRect(0, 0, spec.width, spec.height);
  for (const op of spec.ops) drawOp(ctx, op);
  // canvas.data() hands over the pixels without the copy and un-premultiply of getImageData (opaque page).
  const px = canvas.data();
  const data = new Uint8ClampedArray(px.buffer, px.byteOffset, px.length);
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const map = (x: number, y: number): [number, number] => {
    const px = x * k - cx;
    const py = y * k - cy;
    return [ox + px * cos - py * sin, oy + px * sin + py * cos];
  };
  return { width, height, data, map };
}

function drawOp(ctx: SKRSContext2D, op: Op): void {
  ctx.save();
  ctx.globalAlpha = op.opacity ?? 1;
  ctx.globalCompositeOperation = 'ink' in op && op.ink ? 'multiply' : 'source-over';
  switch (op.kind) {
    case 'text':
      ctx.fillStyle = css(op.color);
      ctx.font = canvasFont(op.font, op.size);
      ctx.translate(op.x, op.y);
      if (op.rotate) ctx.rotate((-op.rotate * Math.PI) / 180);
      ctx.fillText(op.text, 0, 0);
      break;
    case 'line':
      ctx.strokeStyle = css(op.color);
      ctx.lineWidth = op.width;
      if (op.dash) ctx.setLineDash(op.dash);
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y1);
      ctx.lineTo(op.x2, op.y2);
      ctx.stroke();
      break;
    case 'rect':
      if (op.fill) {
        ctx.fillStyle = css(op.fill);
        ctx.fillRect(op.x, op.y, op.w, op.h);
      }
      if (op.stroke) {
        ctx.strokeStyle = css(op.stroke);
        ctx.lineWidth = op.width ?? 0.5;
        ctx.strokeRect(op.x, op.y, op.w, op.h);
      }
      break;
    case 'circle':
      ctx.strokeStyle = css(op.color);
      ctx.lineWidth = op.width;
      ctx.beginPath();
      ctx.arc(op.cx, op.cy, op.r, 0, 2 * Math.PI);
      ctx.stroke();
      break;
    case 'path': {
      ctx.strokeStyle = css(op.color);
      ctx.lineWidth = op.width;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.beginPath();
      for (let i = 0; i + 1 < op.points.length; i += 2) {
        const x = op.points[i] ?? 0;
        const y = op.points[i + 1] ?? 0;
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      if (op.closed) ctx.closePath();
      ctx.stroke();
      break;
    }
  }
  ctx.restore();
}

const css = (c: Rgb): string =>
  `rgb(${String(Math.round(c[0] * 255))},${String(Math.round(c[1] * 255))},${String(Math.round(c[2] * 255))})`;
