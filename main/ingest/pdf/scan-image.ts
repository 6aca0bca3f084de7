import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
} from 'pdf-lib';
import sharp from 'sharp';
import { MAX_INPUT_PIXELS } from '../image/decode-image';
import type { GrayImage } from '../image/gray-image';

/** The one JPEG a scanned page consists of, and the page's visible size in points. */
export interface PageScan {
  jpeg: Uint8Array;
  /** Pixels of the JPEG. */
  width: number;
  height: number;
  /** The page's visible box (crop box) in points. */
  pageWidth: number;
  pageHeight: number;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/**
 * The transformation the page's content draws its only XObject with, when the content is
 * nothing but `q`, `Q`, `cm` and a single `Do` (what scanners and scan-to-PDF tools write);
 * null for anything else.
 */
function soleDraw(content: string): { name: string; ctm: Matrix } | null {
  const tokens = content.match(/\/[^\s/[\]()<>{}%]+|[^\s/[\]()<>{}%]+|[[\]()<>{}%]/g) ?? [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  const operands: string[] = [];
  let drawn: { name: string; ctm: Matrix } | null = null;
  for (const t of tokens) {
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) || t.startsWith('/')) {
      operands.push(t);
      continue;
    }
    if (t === 'q' && operands.length === 0) saved.push(ctm);
    else if (t === 'Q' && operands.length === 0) ctm = saved.pop() ?? ctm;
    else if (t === 'cm' && operands.length === 6 && operands.every((o) => !o.startsWith('/'))) {
      ctm = multiply(operands.map(Number) as Matrix, ctm);
    } else if (t === 'Do' && operands.length === 1 && !drawn) {
      drawn = { name: (operands[0] ?? '/').slice(1), ctm };
    } else return null;
    operands.length = 0;
  }
  return operands.length === 0 ? drawn : null;
}

function contentOf(doc: PDFDocument, contents: unknown): string | null {
  const streams: unknown[] =
    contents instanceof PDFArray
      ? contents.asArray().map((r) => doc.context.lookup(r))
      : [contents];
  let text = '';
  for (const s of streams) {
    if (!(s instanceof PDFRawStream)) return null;
    text += `${Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')}\n`;
  }
  return text;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.5;

/** DeviceGray, DeviceRGB or an ICC profile of one or three components: no CMYK, no palette. */
function greyOrRgb(space: unknown): boolean {
  if (space === PDFName.of('DeviceGray') || space === PDFName.of('DeviceRGB')) return true;
  if (!(space instanceof PDFArray) || space.lookup(0) !== PDFName.of('ICCBased')) return false;
  const profile = space.lookup(1);
  const n = profile instanceof PDFRawStream ? profile.dict.lookup(PDFName.of('N')) : null;
  return n instanceof PDFNumber && (n.asNumber() === 1 || n.asNumber() === 3);
}

/**
 * pdf-lib's view of the file's objects, for finding scanned pages; null for an encrypted file
 * (its streams would need decrypting) or one pdf-lib cannot parse: those pages are rendered.
 */
export async function openScanView(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    return doc.isEncrypted ? null : doc;
  } catch {
    return null;
  }
}

/**
 * The page as its scanner stored it: one baseline JPEG (grey or RGB, no mask) drawn upright
 * over the whole visible page. Decoding that JPEG directly is what rendering the page would
 * show, at a fraction of pdf.js's cost; any other page gives null and is rendered.
 */
export function pageScan(doc: PDFDocument, pageIndex: number): PageScan | null {
  const page = doc.getPage(pageIndex);
  const node = page.node;
  const rotate = node.Rotate();
  if (rotate instanceof PDFNumber && rotate.asNumber() % 360 !== 0) return null;
  const box = page.getCropBox();
  const content = contentOf(doc, node.Contents());
  if (content === null) return null;
  const draw = soleDraw(content);
  if (!draw) return null;
  const [a, b, c, d, e, f] = draw.ctm;
  if (!(near(b, 0) && near(c, 0) && near(a, box.width) && near(d, box.height))) return null;
  if (!(near(e, box.x) && near(f, box.y))) return null;
  const xobjects = node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const image = xobjects?.lookup(PDFName.of(draw.name));
  if (!(image instanceof PDFRawStream)) return null;
  const dict = image.dict;
  const name = (key: string) => dict.lookup(PDFName.of(key));
  const filter = name('Filter');
  const isDct =
    filter === PDFName.of('DCTDecode') ||
    (filter instanceof PDFArray &&
      filter.size() === 1 &&
      filter.lookup(0) === PDFName.of('DCTDecode'));
  if (name('Subtype') !== PDFName.of('Image') || !isDct) return null;
  if (name('SMask') || name('Mask') || name('Decode') || name('ImageMask')) return null;
  if (!greyOrRgb(name('ColorSpace'))) return null;
  const width = name('Width');
  const height = name('Height');
  if (!(width instanceof PDFNumber && height instanceof PDFNumber)) return null;
  return {
    jpeg: image.contents,
    width: width.asNumber(),
    height: height.asNumber(),
    pageWidth: box.width,
    pageHeight: box.height,
  };
}

/**
 * The scan in grey at the resolution the page would be rendered at for OCR (its own, within
 * 150–300 dpi, unless `dpi` is given), capped at `maxPixels`. A JPEG already within two
 * pixels of that size is taken as it is rather than resampled.
 */
export async function decodePageScan(
  scan: PageScan,
  dpi: number | undefined,
  maxPixels: number,
): Promise<{ gray: GrayImage; dpi: number }> {
  const own = (Math.max(scan.width, scan.height) / Math.max(scan.pageWidth, scan.pageHeight)) * 72;
  const ocrDpi = dpi ?? Math.round(Math.min(300, Math.max(150, own)));
  const area = scan.pageWidth * scan.pageHeight;
  const scale = Math.min(ocrDpi / 72, Math.sqrt(maxPixels / Math.max(1, area)));
  const width = Math.max(1, Math.floor(scan.pageWidth * scale));
  const height = Math.max(1, Math.floor(scan.pageHeight * scale));
  // PDF viewers ignore a JPEG's EXIF orientation, so no rotate() here.
  let pipeline = sharp(scan.jpeg, { limitInputPixels: MAX_INPUT_PIXELS }).grayscale();
  if (Math.abs(width - scan.width) > 2 || Math.abs(height - scan.height) > 2) {
    pipeline = pipeline.resize(width, height, { fit: 'fill' });
  }
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error('the scan did not decode to one grey channel');
  return { gray: { data, width: info.width, height: info.height }, dpi: ocrDpi };
}
