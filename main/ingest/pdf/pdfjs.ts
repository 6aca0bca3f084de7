import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loaded: Promise<PdfJs> | undefined;

/** pdf.js's legacy build, loaded once per thread (it is large, and only ingest needs it). */
export function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
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
