// node --import tsx tests/eval/overlay.ts <extract.json> <folder of the files> <out folder>
// Draws every extracted field's box on its page, as stored, from `kimberlite extract --json`:
// the eye check that boxes land on the right words. One PNG a page, named after the file.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { decodeImagePage, MAX_PAGE_PIXELS } from '../../main/ingest/image/decode-image';
import type { GrayImage } from '../../main/ingest/image/gray-image';
import { rawGray } from '../../main/ingest/image/gray-image';
import { loadPdf } from '../../main/ingest/pdf/load-pdf';
import { rasterizePage } from '../../main/ingest/pdf/rasterize';
import { sniffMediaType } from '../../main/ingest/sniff';

interface Field {
  value: unknown;
  page: number;
  /** Absent for values made of several (table rows). */
  bbox?: [number, number, number, number];
  confidence: number;
}
interface Output {
  file: string;
  /** Empty when the file could not be read. */
  documents: { type: string; fields: Record<string, Field> }[];
}

const [input, folder, out] = process.argv.slice(2);
if (!input || !folder || !out) {
  throw new Error('usage: overlay.ts <extract.json> <folder of the files> <out folder>');
}
mkdirSync(out, { recursive: true });
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const WIDTH = 1400;

async function pages(path: string): Promise<GrayImage[]> {
  const bytes = new Uint8Array(readFileSync(path));
  if (sniffMediaType(bytes) !== 'application/pdf') {
    return [await decodeImagePage(bytes, 0, path)];
  }
  const doc = await loadPdf(bytes, { standardFonts: true });
  const all: GrayImage[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    all.push(await rasterizePage(doc, await doc.getPage(p), 150, MAX_PAGE_PIXELS));
  }
  await doc.destroy();
  return all;
}

for (const file of JSON.parse(readFileSync(input, 'utf8')) as Output[]) {
  if (!file.documents.length) continue;
  const images = await pages(join(folder, basename(file.file)));
  for (const [i, img] of images.entries()) {
    const h = Math.round((img.height * WIDTH) / img.width);
    const boxes = file.documents.flatMap((d) =>
      Object.entries(d.fields)
        .filter(([, f]) => f.page === i + 1 && f.bbox)
        .map(([name, f]) => {
          const [x0, y0, x1, y1] = (f.bbox ?? [0, 0, 0, 0]).map(
            (v, k) => v * (k % 2 ? h : WIDTH),
          ) as [number, number, number, number];
          const colour = f.confidence >= 0.8 ? '#0a7d2c' : '#c62828';
          return `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" fill="none" stroke="${colour}" stroke-width="2"/><text x="${x0}" y="${Math.max(10, y0 - 3)}" font-family="DejaVu Sans" font-size="11" fill="${colour}">${escape(`${name} = ${JSON.stringify(f.value).slice(0, 60)}`)}</text>`;
        }),
    );
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${h}">${boxes.join('')}</svg>`;
    const target = join(out, `${basename(file.file)}-p${i + 1}.png`);
    await sharp(img.data, rawGray(img))
      .resize(WIDTH, h)
      .toColourspace('srgb')
      .composite([{ input: Buffer.from(svg) }])
      .png()
      .toFile(target);
    console.log(target, `${boxes.length} fields`);
  }
}
