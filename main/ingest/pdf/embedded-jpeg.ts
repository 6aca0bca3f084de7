import type * as PdfLibModule from 'pdf-lib';
import type { PDFDocument, PDFPage, PDFRawStream } from 'pdf-lib';
import type { GrayImage } from '../image/gray-image';
import { loadSharp } from '../image/load-sharp';
import { type ContentOp, contentOps } from './content-ops';
import { coversBox, type Matrix } from './matrix';
import { type DrawStep, soleImage } from './sole-image';
import { ocrDpiFor } from './scan-resolution';

type PdfLib = typeof PdfLibModule;

/** A scan page's content is a few operators; anything longer draws more than one image. */
const MAX_CONTENT_BYTES = 4096;
/** Within this of the size the page would be rendered at, the scan is used at its own size. */
const SIZE_TOLERANCE = 0.01;
/** A PDF as pdf-lib parses it, for reading a scan's compressed bytes; null when encrypted. */
export interface RawPdf {
  lib: PdfLib;
  doc: PDFDocument;
}

/**
 * pdf-lib reports what it repairs on the console; the file was already opened by pdf.js,
 * which reports its damage as ingest errors, so these are only noise on the CLI's stderr.
 * Parsing in one go (no yielding to the event loop) keeps the silence to this parse.
 */
async function silently<T>(work: () => Promise<T>): Promise<T> {
  const { warn, log } = console;
  console.warn = () => undefined;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.warn = warn;
    console.log = log;
  }
}

export async function openRawPdf(bytes: Uint8Array): Promise<RawPdf | null> {
  try {
    const lib = await import('pdf-lib');
    const doc = await silently(() =>
      lib.PDFDocument.load(bytes, {
        ignoreEncryption: true,
        updateMetadata: false,
        throwOnInvalidObject: true,
        parseSpeed: lib.ParseSpeeds.Fastest,
      }),
    );
    doc.getPageCount(); // a document without a page tree fails here, once
    return doc.isEncrypted ? null : { lib, doc }; // encrypted streams are not JPEG bytes
  } catch {
    return null;
  }
}

/** The page's content streams decoded and joined, or null when too long or undecodable. */
function pageContent({ lib, doc }: RawPdf, page: PDFPage): string | null {
  const contents = page.node.Contents();
  const streams =
    contents instanceof lib.PDFArray
      ? contents.asArray().map((ref) => doc.context.lookup(ref))
      : [contents];
  let text = '';
  for (const s of streams) {
    if (!(s instanceof lib.PDFRawStream)) return null;
    if (s.contents.length > MAX_CONTENT_BYTES) return null;
    const bytes = lib.decodePDFRawStream(s).decode();
    if (bytes.length > MAX_CONTENT_BYTES) return null;
    text += `${Buffer.from(bytes).toString('latin1')}\n`;
  }
  return text;
}

/** Operators that change only how paths and text look, or mark content: not the image. */
const INERT = new Set(
  'g G rg RG k K cs CS sc SC scn SCN w J j M d ri i BMC BDC EMC MP DP BT ET Tc Tw Tz TL Tf Ts Td TD Tm T*'.split(
    ' ',
  ),
);
const SHOW_TEXT = new Set(['Tj', 'TJ', "'", '"']);

/** A content stream's operator as a drawing step (see soleImage). */
function drawStep({ op, operands }: ContentOp): DrawStep {
  const numbers = operands.every((v) => typeof v === 'number');
  const [first] = operands;
  if (INERT.has(op)) return { kind: 'inert' };
  if (op === 'q') return { kind: 'save' };
  if (op === 'Q') return { kind: 'restore' };
  if (op === 'cm' && operands.length === 6 && numbers) {
    return { kind: 'transform', matrix: operands as Matrix };
  }
  if (op === 'Tr' && typeof first === 'number') return { kind: 'textMode', mode: first };
  if (SHOW_TEXT.has(op)) return { kind: 'showText' };
  if (op === 'Do' && typeof first === 'string') return { kind: 'image', id: first.slice(1) };
  return { kind: 'other' };
}

/** The image XObject's JPEG stream when it is a plain 8-bit grey or RGB JPEG. */
function plainJpeg(
  { lib }: RawPdf,
  page: PDFPage,
  name: string,
): { stream: PDFRawStream; space: 'DeviceGray' | 'DeviceRGB' } | null {
  const { PDFDict, PDFName, PDFRawStream, PDFArray } = lib;
  const resources = page.node.Resources();
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const stream = xobjects?.lookup(PDFName.of(name));
  if (!(stream instanceof PDFRawStream)) return null;
  const { dict } = stream;
  const get = (key: string) => dict.lookup(PDFName.of(key));
  const filter = get('Filter');
  const filters = filter instanceof PDFArray ? filter.asArray() : [filter];
  if (filters.length !== 1 || filters[0] !== PDFName.of('DCTDecode')) return null;
  if (get('Subtype') !== PDFName.of('Image')) return null;
  // A decode array, a mask or colour-transform parameters change what the JPEG means.
  for (const key of ['Decode', 'SMask', 'Mask', 'ImageMask', 'DecodeParms']) {
    if (dict.has(PDFName.of(key))) return null;
  }
  const bits = get('BitsPerComponent');
  if (bits !== undefined && bits.toString() !== '8') return null;
  const space = get('ColorSpace');
  if (space === PDFName.of('DeviceGray')) return { stream, space: 'DeviceGray' };
  if (space === PDFName.of('DeviceRGB')) return { stream, space: 'DeviceRGB' };
  return null;
}

/**
 * A scanned PDF page that is one plain JPEG drawn upright over exactly the whole page, read
 * from the JPEG's own bytes by libjpeg-turbo (sharp) instead of pdf.js: its decoder in
 * JavaScript, and rendering the page, were most of a scanned PDF page's preparation. The
 * image is used at its own resolution when that is the OCR resolution (within 1 %), else
 * resized to it as rendering would. Anything else (other encodings, more drawn than the
 * image, a turned page, a JPEG that is not what its dictionary says) gives null, and the page
 * is left to pdf.js.
 */
export async function embeddedJpegPage(
  raw: RawPdf | null,
  pageIndex: number,
  maxPixels: number,
): Promise<{ gray: GrayImage; dpi: number } | null> {
  if (!raw) return null;
  try {
    const page = raw.doc.getPage(pageIndex);
    if (page.getRotation().angle % 360 !== 0) return null;
    const content = pageContent(raw, page);
    const ops = content === null ? null : contentOps(content);
    const drawn = ops ? soleImage(ops.map(drawStep)) : null;
    if (!drawn) return null;
    const box = page.getCropBox();
    const corners = [box.x, box.y, box.x + box.width, box.y + box.height];
    const jpeg = coversBox(drawn.ctm, corners) ? plainJpeg(raw, page, drawn.id) : null;
    if (!jpeg) return null;
    const { stream, space } = jpeg;
    const sharp = await loadSharp();
    const meta = await sharp(stream.contents).metadata();
    const width = meta.width ?? 0;
    const height = meta.height ?? 0;
    const declared = (key: string) => Number(stream.dict.lookup(raw.lib.PDFName.of(key)));
    const channels = space === 'DeviceGray' ? 1 : 3;
    const agrees =
      width === declared('Width') && height === declared('Height') && meta.channels === channels;
    if (!agrees || width * height === 0) return null;
    const native = (Math.max(width, height) / Math.max(box.width, box.height)) * 72;
    const dpi = ocrDpiFor(native);
    const factor = Math.min(dpi / native, Math.sqrt(maxPixels / (width * height)));
    let pipeline = sharp(stream.contents).grayscale();
    if (Math.abs(factor - 1) > SIZE_TOLERANCE) {
      pipeline = pipeline.resize(Math.round(width * factor), Math.round(height * factor), {
        fit: 'fill',
      });
    }
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== 1) return null;
    return { gray: { data, width: info.width, height: info.height }, dpi };
  } catch {
    return null; // pdf.js reads the page instead, and reports it if it is broken
  }
}
