import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loaded: Promise<PdfJs> | undefined;

/**
 * Built-ins the legacy build's core-js replaces on Node 20 (V8 < 12.2) to fix corner cases no
 * code here relies on: an array whose length is not writable, lengths over 2^32, JSON source
 * text access. Its `Array.prototype.push` is plain JavaScript and made every push in a reader
 * thread, pdf.js's own included, several times slower (extraction in the thread took twice
 * its time on the main thread). Features Node lacks, which core-js adds, are kept.
 */
const NATIVE = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
  [Function.prototype, 'toString'],
] as const;

async function withNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const saved = NATIVE.map(([target, key]) => {
    const d = Object.getOwnPropertyDescriptor(target, key);
    if (!d) throw new Error(`no native ${key}`);
    return [target, key, d] as const;
  });
  try {
    return await load();
  } finally {
    for (const [target, key, d] of saved) Object.defineProperty(target, key, d);
  }
}

/**
 * pdf.js's legacy build, loaded once per thread (it is large, and only ingest needs it). Its
 * worker half is loaded here too, in the same thread (pdf.js's "fake worker" finds it on
 * globalThis), so that both are in before the built-ins are put back.
 */
export function pdfjs(): Promise<PdfJs> {
  loaded ??= withNativeBuiltins(async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return lib;
  });
  return loaded;
}

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Font and CMap data shipped inside pdfjs-dist, so nothing is fetched. pdf.js wants a trailing slash. */
export const pdfjsDataPaths = {
  standardFontDataUrl: `${join(packageDir, 'standard_fonts')}/`,
  cMapUrl: `${join(packageDir, 'cmaps')}/`,
  wasmUrl: `${join(packageDir, 'wasm')}/`,
  iccUrl: `${join(packageDir, 'iccs')}/`,
};

export const pdfjsPackageUrl = pathToFileURL(packageDir).href;
