import { readFile } from 'node:fs/promises';

const cache = new Map<string, Promise<Uint8Array>>();

/**
 * pdf.js's source of font, CMap and wasm data, kept in memory for the life of the thread:
 * the stock Node factory reads the same standard-font files again for every document,
 * which dominated the time of reading small born-digital PDFs.
 */
export class CachedBinaryDataFactory {
  private readonly dirs: Record<string, string | null>;

  constructor(urls: {
    cMapUrl?: string | null;
    standardFontDataUrl?: string | null;
    wasmUrl?: string | null;
  }) {
    this.dirs = {
      cMapUrl: urls.cMapUrl ?? null,
      standardFontDataUrl: urls.standardFontDataUrl ?? null,
      wasmUrl: urls.wasmUrl ?? null,
    };
  }

  fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const dir = this.dirs[kind];
    if (!dir) return Promise.reject(new Error(`No folder for pdf.js ${kind} data.`));
    const path = `${dir}${filename}`;
    let data = cache.get(path);
    if (!data) {
      data = readFile(path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
      data.catch(() => cache.delete(path));
      cache.set(path, data);
    }
    // A copy: pdf.js may transfer (detach) the buffer it is given.
    return data.then((d) => d.slice());
  }
}
