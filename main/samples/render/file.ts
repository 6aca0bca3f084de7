// Renders one planned file: draws each document's page, then writes it born-digital or
// scanned in the requested format, and returns the bytes with the documents' truth.
import { PDFDocument } from 'pdf-lib';
import type { Rng } from '../rng';
import type { Box, PageSpec } from '../draw/ops';
import { unionBox } from '../draw/ops';
import { drawDocument } from '../layouts/registry';
import { boxStamp, inkColor, roundStamp, signature } from '../layouts/common/stamp';
import type { ComposedShipment } from '../compose/shipments';
import type { PlannedFile } from '../compose/files';
import type { FieldLocation, TruthDocument } from '../truth';
import { drawPdfPage, newPdf, savePdf } from './pdf';
import type { ScanProfile } from './quality';
import { encodeJpeg, encodePng, scanPage, type ScannedPage } from './scan';
import { encodeBilevelTiff } from './tiff';

export interface RenderedFile {
  name: string;
  bytes: Uint8Array;
  documents: TruthDocument[];
}

export async function renderFile(
  file: PlannedFile,
  c: ComposedShipment,
  profile: ScanProfile,
  rng: Rng,
  turnPage: boolean,
): Promise<RenderedFile> {
  const specs = file.docs.map((d) =>
    drawDocument(d.layout, c.shipment, c.docs, rng.fork(`${d.type}:draw`)),
  );
  const documents: TruthDocument[] = file.docs.map((d, i) => ({
    file: file.name,
    type: d.type,
    layout: d.layout,
    render: file.format === 'pdf' ? 'born-digital' : 'scan',
    format: file.format === 'scan-pdf' ? 'pdf' : file.format,
    pages: [i + 1],
    fields: { ...c.docs[d.type] },
    locations: {},
  }));
  if (file.format === 'pdf') {
    const pdf = await newPdf(file.name);
    for (const [i, spec] of specs.entries()) {
      await drawPdfPage(pdf, spec);
      const doc = documents[i];
      if (doc) doc.locations = pointLocations(spec, i + 1);
    }
    return { name: file.name, bytes: await savePdf(pdf), documents };
  }
  const pages: ScannedPage[] = [];
  for (const [i, spec] of specs.entries()) {
    const prng = rng.fork(`page${String(i)}`);
    const messy = profile.messy ? withExtraInk(spec, prng) : spec;
    const turn = turnPage && i === 0 ? prng.pick([90, 180, 270] as const) : 0;
    // PNG scans come from "document" scan modes: grey, with the scanner's noise reduction on
    // (and a sensible size); TIFF pages are thresholded to bilevel anyway.
    const color = file.format !== 'tiff' && file.format !== 'png' && prng.chance(0.35);
    const prof =
      file.format === 'png' ? { ...profile, noise: Math.min(profile.noise, 1.2) } : profile;
    const page = await scanPage(messy, prng, { profile: prof, turn, color });
    pages.push(page);
    const doc = documents[i];
    if (doc) {
      doc.locations = Object.fromEntries(
        Object.entries(page.boxes).map(([k, bbox]) => [k, { page: i + 1, bbox }]),
      );
      doc.scan = [{ dpi: page.dpi, skew_deg: page.skew, turn: page.turn }];
    }
  }
  const q = (): number => rng.int(profile.jpeg[0], profile.jpeg[1]);
  let bytes: Uint8Array;
  switch (file.format) {
    case 'png':
      bytes = await encodePng(first(pages));
      break;
    case 'jpeg':
      bytes = await encodeJpeg(first(pages), q());
      break;
    case 'tiff':
      bytes = encodeBilevelTiff(
        pages.map((p) => ({ width: p.width, height: p.height, grey: p.pixels, dpi: p.dpi })),
      );
      break;
    case 'scan-pdf': {
      const pdf = await newPdf(file.name);
      for (const p of pages) {
        const img = await pdf.embedJpg(await encodeJpeg(p, q()));
        const w = (p.width / p.dpi) * 72;
        const h = (p.height / p.dpi) * 72;
        pdf.addPage([w, h]).drawImage(img, { x: 0, y: 0, width: w, height: h });
      }
      bytes = await savePdf(pdf);
      break;
    }
  }
  return { name: file.name, bytes, documents };
}

function first(pages: ScannedPage[]): ScannedPage {
  const p = pages[0];
  if (!p) throw new Error('no page to encode');
  return p;
}

function pointLocations(spec: PageSpec, page: number): Record<string, FieldLocation> {
  const out: Record<string, FieldLocation> = {};
  for (const [field, boxes] of Object.entries(spec.fields)) {
    const b = unionBox(boxes);
    const f = (v: number, d: number): number =>
      Math.round(Math.min(1, Math.max(0, v / d)) * 10000) / 10000;
    out[field] = {
      page,
      bbox: [
        f(b[0], spec.width),
        f(b[1], spec.height),
        f(b[2], spec.width),
        f(b[3], spec.height),
      ] as Box,
    };
  }
  return out;
}

/** Poor scans: a receipt stamp or a second signature lands over a printed value. */
function withExtraInk(spec: PageSpec, rng: Rng): PageSpec {
  const keys = Object.keys(spec.fields).sort();
  if (keys.length === 0) return spec;
  const target = spec.fields[rng.pick(keys)];
  if (!target) return spec;
  const [x0, y0, x1] = unionBox(target);
  const cx = (x0 + x1) / 2 + rng.float(-20, 20);
  const extra = rng.chance(0.5)
    ? roundStamp(
        rng,
        cx,
        y0 + rng.float(-10, 10),
        rng.float(30, 42),
        rng.pick([
          'Customs \u2022 Douane \u2022 Cleared',
          'Diamond Office \u2022 Inspected',
          'Received \u2022 Import Control',
        ]),
        [rng.pick(['CLEARED', 'SEEN', 'CHECKED'])],
        inkColor(rng),
      )
    : rng.chance(0.5)
      ? boxStamp(rng, cx - 50, y0 - 12, ['RECEIVED', `No. ${String(rng.int(100, 9999))}`])
      : signature(rng, cx - 50, y0 + 4, 100);
  return { ...spec, ops: [...spec.ops, ...extra] };
}

/** Reads a page count back (used by tests). */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}
