// Scan rendering step 2: what the scanner's electronics and the encoder do to the page —
// grey conversion, paper unevenness, sensor noise, dust, contrast, blur, page turned on the
// glass — and the field boxes carried through every geometric step.
import sharp, { type Sharp } from 'sharp';
import type { Rng } from '../rng';
import { type Box, type PageSpec, type Rgb, unionBox } from '../draw/ops';
import type { ScanProfile } from './quality';
import { rasterise } from './raster';

export interface ScanOptions {
  profile: ScanProfile;
  /** Whole-page turn applied after scanning (a sheet fed sideways or upside down). */
  turn: 0 | 90 | 180 | 270;
  color: boolean;
}

export interface ScannedPage {
  width: number;
  height: number;
  channels: 1 | 3;
  /** Raw pixels after degradation and turn. */
  pixels: Buffer;
  dpi: number;
  skew: number;
  turn: number;
  /** Field boxes as [x0, y0, x1, y1] fractions of the final image, origin top-left. */
  boxes: Record<string, Box>;
}

export async function scanPage(spec: PageSpec, rng: Rng, opts: ScanOptions): Promise<ScannedPage> {
  const prof = opts.profile;
  const skew = round(rng.float(-prof.skewMax, prof.skewMax), 2);
  const tone = rng.float(0.9, 0.97);
  const paper: Rgb = [tone + 0.02, tone + 0.01, tone - 0.02];
  const glass: Rgb = prof.messy ? [0.18, 0.18, 0.19] : [0.93, 0.93, 0.93];
  const r = rasterise(spec, {
    dpi: prof.dpi,
    skew,
    dx: rng.float(-4, 4),
    dy: rng.float(-3, 5),
    paper,
    glass,
  });
  const channels = opts.color ? 3 : 1;
  const pixels = degrade(r.data, r.width, r.height, channels, prof, rng);

  let img = sharp(pixels, { raw: { width: r.width, height: r.height, channels } });
  if (prof.blur > 0) img = img.blur(Math.max(0.3, prof.blur));
  if (opts.turn !== 0) img = img.rotate(opts.turn);
  // sharp turns one-channel raw input into sRGB unless told to keep it grey.
  if (channels === 1) img = img.toColourspace('b-w');
  const out = await img.raw().toBuffer({ resolveWithObject: true });
  if (out.info.channels !== channels)
    throw new Error(
      `scan: expected ${String(channels)} channels, got ${String(out.info.channels)}`,
    );

  const boxes: Record<string, Box> = {};
  for (const [field, list] of Object.entries(spec.fields)) {
    const px = unionBox(list.map((b) => mapBox(b, r.map)));
    boxes[field] = toFractions(
      turnBox(px, opts.turn, r.width, r.height),
      out.info.width,
      out.info.height,
    );
  }
  return {
    width: out.info.width,
    height: out.info.height,
    channels,
    pixels: out.data,
    dpi: prof.dpi,
    skew,
    turn: opts.turn,
    boxes,
  };
}

// Gaussian-ish noise, drawn once per amplitude; each row reads it from a random offset, which
// costs one lookup per pixel and shows no visible repetition. Everything in the pixel loop is
// integer arithmetic on a 32-bit view: this loop is the generator's hot spot.
const NOISE_SIZE = 1 << 20;
const noiseTables = new Map<number, Int16Array>();

function noise(amp: number): Int16Array {
  const cached = noiseTables.get(amp);
  if (cached) return cached;
  let s = 0x2545f491;
  const t = new Int16Array(NOISE_SIZE);
  for (let i = 0; i < NOISE_SIZE; i++) {
    let acc = 0;
    for (let k = 0; k < 3; k++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      acc += (s >>> 0) / 4294967296;
    }
    t[i] = Math.round((acc - 1.5) * 2 * amp);
  }
  noiseTables.set(amp, t);
  return t;
}

/** Clamps v + 512 to 0…255 by lookup. */
const CLAMP = Uint8Array.from({ length: 2048 }, (_, i) => Math.max(0, Math.min(255, i - 512)));

function degrade(
  rgba: Uint8ClampedArray,
  w: number,
  h: number,
  channels: 1 | 3,
  prof: ScanProfile,
  rng: Rng,
): Buffer {
  const out = Buffer.alloc(w * h * channels);
  const px = new Uint32Array(rgba.buffer, rgba.byteOffset, w * h);
  const table = noise(prof.noise);
  const scale = (prof.white - prof.black) / 255;
  const shade = prof.messy ? 0.14 : 0.05;
  const gx = rng.float(-0.04, 0.04);
  const rr = 1 / ((w / 2) ** 2 + (h / 2) ** 2);
  // Uneven lighting: a radial fall-off plus a slight left–right gradient, as a row term plus a
  // column term, in 1/256ths, folded together with the contrast scale.
  const col = new Int32Array(w);
  for (let x = 0; x < w; x++)
    col[x] = Math.round(256 * scale * (-shade * (x - w / 2) ** 2 * rr + gx * (x / w - 0.5)));
  const black = prof.black + 512;
  for (let y = 0; y < h; y++) {
    const row = Math.round(256 * scale * (1 - shade * (y - h / 2) ** 2 * rr));
    let n = Math.floor(rng.next() * (NOISE_SIZE - w - 1));
    const base = y * w;
    if (channels === 1) {
      for (let x = 0; x < w; x++) {
        const p = px[base + x] as number;
        const g = (77 * (p & 255) + 150 * ((p >>> 8) & 255) + 29 * ((p >>> 16) & 255)) >>> 8;
        out[base + x] = CLAMP[
          black + ((g * (row + (col[x] as number))) >> 8) + (table[n++] as number)
        ] as number;
      }
    } else {
      for (let x = 0; x < w; x++) {
        const p = px[base + x] as number;
        const l = row + (col[x] as number);
        const e = black + (table[n++] as number);
        const o = (base + x) * 3;
        out[o] = CLAMP[e + (((p & 255) * l) >> 8)] as number;
        out[o + 1] = CLAMP[e + ((((p >>> 8) & 255) * l) >> 8)] as number;
        out[o + 2] = CLAMP[e + ((((p >>> 16) & 255) * l) >> 8)] as number;
      }
    }
  }
  const specks = Math.round((prof.dust * w * h) / 1e6);
  for (let k = 0; k < specks; k++) {
    const x0 = Math.floor(rng.next() * w);
    const y0 = Math.floor(rng.next() * h);
    const size = 1 + Math.floor(rng.next() * 3);
    const v = rng.next() < 0.8 ? prof.black + 10 : prof.white;
    for (let yy = y0; yy < Math.min(h, y0 + size); yy++)
      for (let xx = x0; xx < Math.min(w, x0 + size); xx++)
        for (let c = 0; c < channels; c++) out[(yy * w + xx) * channels + c] = v;
  }
  return out;
}

const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

function mapBox(b: Box, map: (x: number, y: number) => [number, number]): Box {
  const pts = [map(b[0], b[1]), map(b[2], b[1]), map(b[0], b[3]), map(b[2], b[3])];
  return [
    Math.min(...pts.map((p) => p[0])),
    Math.min(...pts.map((p) => p[1])),
    Math.max(...pts.map((p) => p[0])),
    Math.max(...pts.map((p) => p[1])),
  ];
}

/** Box in the image turned clockwise by `turn` degrees (w, h: size before the turn). */
export function turnBox(b: Box, turn: number, w: number, h: number): Box {
  switch (turn) {
    case 90:
      return [h - b[3], b[0], h - b[1], b[2]];
    case 180:
      return [w - b[2], h - b[3], w - b[0], h - b[1]];
    case 270:
      return [b[1], w - b[2], b[3], w - b[0]];
    default:
      return b;
  }
}

export function toFractions(b: Box, w: number, h: number): Box {
  const f = (v: number, d: number): number =>
    Math.round(Math.min(1, Math.max(0, v / d)) * 10000) / 10000;
  return [f(b[0], w), f(b[1], h), f(b[2], w), f(b[3], h)];
}

export async function encodeJpeg(page: ScannedPage, quality: number): Promise<Buffer> {
  return raw(page)
    .jpeg({ quality, chromaSubsampling: '4:2:0', optimiseCoding: false })
    .withMetadata({ density: page.dpi })
    .toBuffer();
}

/** Document-mode PNG: the scanner's background removal clips paper to white (also keeps files small). */
const BACKGROUND_REMOVAL = Uint8Array.from({ length: 256 }, (_, v) =>
  v >= 205 ? 255 : Math.round((v * 255) / 205),
);

export async function encodePng(page: ScannedPage): Promise<Buffer> {
  const pixels = Buffer.alloc(page.pixels.length);
  for (let i = 0; i < pixels.length; i++)
    pixels[i] = BACKGROUND_REMOVAL[page.pixels[i] ?? 255] ?? 255;
  return raw({ ...page, pixels })
    .png({ compressionLevel: 6 })
    .withMetadata({ density: page.dpi })
    .toBuffer();
}

function raw(page: ScannedPage): Sharp {
  const img = sharp(page.pixels, {
    raw: { width: page.width, height: page.height, channels: page.channels },
  });
  return page.channels === 1 ? img.toColourspace('b-w') : img;
}
