import { setFlagsFromString } from 'node:v8';

/** A module using one relaxed-SIMD instruction (from wasm-feature-detect's probe). */
const PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 15, 1, 13, 0, 65, 1, 253, 15,
  65, 2, 253, 15, 253, 128, 2, 11,
]);

// The node tsconfig has no DOM lib, where TypeScript declares WebAssembly.
const wasm = (globalThis as unknown as { WebAssembly: { validate(bytes: Uint8Array): boolean } })
  .WebAssembly;

let done = false;

/**
 * Lets tesseract.js load its relaxed-SIMD build, whose int8 dot products are what the LSTM
 * spends its time in: about 10–15 % less CPU a page here, the same text. Chromium (Electron)
 * and Node 22 have relaxed SIMD on; Node 20's V8 has it finished but behind a flag. The flag
 * is read when a worker's isolate starts, so this runs before the first OCR worker is spawned,
 * and only where the feature is missing (the flag is unknown to engines that ship it).
 */
export function enableRelaxedSimd(): void {
  if (done) return;
  done = true;
  if (wasm.validate(PROBE)) return;
  setFlagsFromString('--experimental-wasm-relaxed-simd');
}
