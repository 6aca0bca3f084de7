// Fonts for drawing scans: Liberation Sans ships inside pdfjs-dist; Liberation Serif and Mono
// come from the system (Debian: fonts-liberation). Both are metric-compatible with the PDF
// standard fonts the born-digital rendering uses.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import type { FontKey } from '../draw/ops';

let registered = false;

const SYSTEM_DIRS = [
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/truetype/liberation2',
];

export function registerScanFonts(): void {
  if (registered) return;
  registered = true;
  const require = createRequire(import.meta.url);
  const pdfjsFonts = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');
  for (const f of ['Regular', 'Bold', 'Italic', 'BoldItalic']) {
    GlobalFonts.registerFromPath(join(pdfjsFonts, `LiberationSans-${f}.ttf`), 'KSans');
  }
  for (const dir of SYSTEM_DIRS) {
    for (const [file, family] of [
      ['LiberationSerif-Regular.ttf', 'KSerif'],
      ['LiberationSerif-Bold.ttf', 'KSerif'],
      ['LiberationSerif-Italic.ttf', 'KSerif'],
      ['LiberationMono-Regular.ttf', 'KMono'],
      ['LiberationMono-Bold.ttf', 'KMono'],
    ] as const) {
      const p = join(dir, file);
      if (existsSync(p)) GlobalFonts.registerFromPath(p, family);
    }
  }
}

export function canvasFont(font: FontKey, sizePx: number): string {
  const px = `${sizePx.toFixed(2)}px`;
  switch (font) {
    case 'sans':
      return `${px} KSans`;
    case 'sans-bold':
      return `bold ${px} KSans`;
    case 'sans-oblique':
      return `italic ${px} KSans`;
    case 'serif':
      return `${px} KSerif, serif`;
    case 'serif-bold':
      return `bold ${px} KSerif, serif`;
    case 'serif-italic':
      return `italic ${px} KSerif, serif`;
    case 'mono':
      return `${px} KMono, monospace`;
    case 'mono-bold':
      return `bold ${px} KMono, monospace`;
  }
}
