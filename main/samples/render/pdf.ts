// Born-digital rendering: pages of drawing ops into a PDF with a real text layer.
// Deterministic: fixed dates, producer and ID-free trailer, no object streams randomness.
import { degrees, LineCapStyle, PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { STANDARD_FONT } from '../draw/fonts';
import type { FontKey, Op, PageSpec, Rgb } from '../draw/ops';

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

export async function newPdf(title: string): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(title);
  pdf.setProducer('Kimberlite practice shipments');
  pdf.setCreator('kimberlite samples');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return pdf;
}

export async function savePdf(pdf: PDFDocument): Promise<Uint8Array> {
  return pdf.save({ useObjectStreams: false });
}

export async function drawPdfPage(pdf: PDFDocument, spec: PageSpec): Promise<void> {
  const page = pdf.addPage([spec.width, spec.height]);
  const fonts = new Map<FontKey, PDFFont>();
  for (const op of spec.ops) {
    if (op.kind === 'text') {
      let font = fonts.get(op.font);
      if (!font) {
        font = await pdf.embedFont(STANDARD_FONT[op.font]);
        fonts.set(op.font, font);
      }
      page.drawText(op.text, {
        x: op.x,
        y: spec.height - op.y,
        size: op.size,
        font,
        color: col(op.color),
        ...(op.opacity !== undefined ? { opacity: op.opacity } : {}),
        ...(op.rotate ? { rotate: degrees(op.rotate) } : {}),
      });
    } else drawShape(page, spec.height, op);
  }
}

function drawShape(page: PDFPage, h: number, op: Exclude<Op, { kind: 'text' }>): void {
  const opacity = op.opacity ?? 1;
  switch (op.kind) {
    case 'line':
      page.drawLine({
        start: { x: op.x1, y: h - op.y1 },
        end: { x: op.x2, y: h - op.y2 },
        thickness: op.width,
        color: col(op.color),
        opacity,
        ...(op.dash ? { dashArray: op.dash } : {}),
      });
      return;
    case 'rect':
      page.drawRectangle({
        x: op.x,
        y: h - op.y - op.h,
        width: op.w,
        height: op.h,
        ...(op.fill ? { color: col(op.fill), opacity } : {}),
        ...(op.stroke
          ? { borderColor: col(op.stroke), borderWidth: op.width ?? 0.5, borderOpacity: opacity }
          : { borderWidth: 0 }),
      });
      return;
    case 'circle':
      page.drawCircle({
        x: op.cx,
        y: h - op.cy,
        size: op.r,
        borderColor: col(op.color),
        borderWidth: op.width,
        borderOpacity: opacity,
      });
      return;
    case 'path': {
      let d = '';
      for (let i = 0; i + 1 < op.points.length; i += 2)
        d += `${i === 0 ? 'M' : 'L'}${fmt(op.points[i] ?? 0)} ${fmt(op.points[i + 1] ?? 0)}`;
      if (op.closed) d += 'Z';
      page.drawSvgPath(d, {
        x: 0,
        y: h,
        borderColor: col(op.color),
        borderWidth: op.width,
        borderOpacity: opacity,
        borderLineCap: LineCapStyle.Round,
      });
      return;
    }
  }
}

const fmt = (n: number): string => n.toFixed(2);
const col = (c: Rgb) => rgb(c[0], c[1], c[2]);
