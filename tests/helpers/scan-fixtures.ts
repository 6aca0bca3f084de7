import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A white letter-size page at 150 dpi with lines of text, as PNG: a stand-in scan. Text is
 * 34 px high (16 pt) unless `fontSize` says otherwise; lines start at x 120, y 200, 60 apart.
 */
export function textPagePng(lines: readonly string[], angle = 0, fontSize = 34): Promise<Buffer> {
  const body = lines
    .map(
      (l, i) =>
        `<text x="120" y="${200 + i * 60}" font-family="DejaVu Sans" font-size="${fontSize}">${escape(l)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1275" height="1650"><rect width="1275" height="1650" fill="white"/>${body}</svg>`;
  return sharp(Buffer.from(svg))
    .rotate(angle, { background: '#ffffff' })
    .flatten({ background: '#ffffff' })
    .grayscale()
    .png()
    .toBuffer();
}

/** An image-only PDF (no text layer) with one page per PNG, as a scanner writes. */
export async function imageOnlyPdf(pngs: readonly Buffer[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const png of pngs) {
    const img = await pdf.embedPng(png);
    const page = pdf.addPage([612, 792]);
    page.drawImage(img, { x: 0, y: 0, width: 612, height: 792 });
  }
  return pdf.save({ useObjectStreams: false });
}
