// A born-digital PDF whose text layer holds exactly the given words, each at its box: the
// hand-set template layouts, ingested through the real pipeline.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Word } from '../../../main/ingest/word';

const W = 595;
const H = 842;

export async function wordsPdf(pages: readonly Word[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // Monospace at 8 pt: every word fits inside the box the layouts give it.
  const font = await pdf.embedFont(StandardFonts.Courier);
  for (const words of pages) {
    const page = pdf.addPage([W, H]);
    for (const w of words) {
      page.drawText(w.text, { x: w.x0 * W, y: H - w.y1 * H + 2, size: 8, font });
    }
  }
  return pdf.save({ useObjectStreams: false });
}
