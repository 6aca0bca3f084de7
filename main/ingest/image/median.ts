import type { GrayImage } from './gray-image';
import { MEDIAN3_WASM } from './median3-wasm';

/** The filter reads sixteen pixels of a row at once: narrower images are widened to this. */
const LANES = 16;
const PAGE = 65536;

interface Median3Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  median3: (src: number, dst: number, width: number, height: number) => void;
}

// The node tsconfig has no DOM lib, where TypeScript declares WebAssembly.
const { Module, Instance } = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object) => { exports: unknown };
    };
  }
).WebAssembly;

let instance: Median3Exports | undefined;

/** One instance a thread, compiled on first use (the module is under a kilobyte). */
function wasm(): Median3Exports {
  instance ??= new Instance(new Module(Buffer.from(MEDIAN3_WASM, 'base64')))
    .exports as Median3Exports;
  return instance;
}

/**
 * A 3 × 3 median filter, edges repeated outwards: byte for byte what libvips's median(3)
 * gives (sharp's `median(3)`), in a twentieth of its time. The image is copied into the
 * filter's memory with its edge pixels repeated once all round (and its rows widened to 16
 * pixels when narrower), so that median3.wat reads every window without a bounds test,
 * sixteen output pixels at a time: each column's three pixels are sorted, and a pixel's
 * median is the middle of the largest of the three smallest, the middle of the three
 * middles, and the smallest of the three largest of its columns.
 */
export function median3(img: GrayImage): GrayImage {
  const { data, width: w, height: h } = img;
  const wide = Math.max(w, LANES);
  const stride = wide + 2;
  const srcBytes = stride * (h + 2);
  const dst = Math.ceil(srcBytes / LANES) * LANES;
  const f = wasm();
  const needed = dst + wide * h;
  if (needed > f.memory.buffer.byteLength) {
    f.memory.grow(Math.ceil((needed - f.memory.buffer.byteLength) / PAGE));
  }
  const mem = new Uint8Array(f.memory.buffer);
  for (let y = -1; y <= h; y++) {
    const from = Math.min(h - 1, Math.max(0, y)) * w;
    const to = (y + 1) * stride;
    mem.set(data.subarray(from, from + w), to + 1);
    mem[to] = data[from] ?? 0;
    mem.fill(data[from + w - 1] ?? 0, to + w + 1, to + stride);
  }
  f.median3(0, dst, wide, h);
  const out = Buffer.allocUnsafe(w * h);
  if (wide === w) out.set(mem.subarray(dst, dst + w * h));
  else for (let y = 0; y < h; y++) out.set(mem.subarray(dst + y * wide, dst + y * wide + w), y * w);
  return { data: out, width: w, height: h };
}
