import { constants, inflateSync } from 'node:zlib';

/** Larger files are not scanned: the operator-list check is cheap next to reading them. */
const MAX_SCAN_BYTES = 32 * 1024 * 1024;
/**
 * Decoded bytes the scan inflates at most, one stream and all of them: a stream that inflates
 * past it (a decompression bomb, or just a huge page) is left to pdf.js's own limits.
 */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/** `stream` keyword (not the end of `endstream`) and its end of line. */
const STREAM = /(?<!end)stream(?:\r\n|\n|\r)/g;
/** Streams that hold no drawing operators: images, font programs, metadata, xref, object streams. */
const NOT_CONTENT =
  /\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)\b|\/Length[123]\b|\/Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile)\b/;
/** `Tr` ending a token (pdf.js also reads `3Tr` as an operand and the operator). */
const TR = /Tr(?=[\s()<>[\]{}/%]|$)/g;
/** Rendering modes that draw the glyphs (3 and 7 draw nothing). */
const VISIBLE_MODE = /^[012456]$/;

/** Whether any text-rendering-mode operator in `ops` sets, or may set, an invisible mode. */
function mayHideText(ops: string): boolean {
  for (const m of ops.matchAll(TR)) {
    const operand = /\S*$/.exec(ops.slice(Math.max(0, m.index - 64), m.index).trimEnd())?.[0];
    if (!VISIBLE_MODE.test(operand ?? '')) return true;
  }
  return false;
}

/** A stream's decoded bytes as text, or null when they cannot be decoded here within `budget`. */
function decoded(dict: string, data: Buffer, budget: number): string | null {
  if (/\/DecodeParms\b|\/DP\b/.test(dict)) return null;
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dict)?.[1];
  if (filter === undefined) return data.length <= budget ? data.toString('latin1') : null;
  const filters = filter.match(/\/[^\s/[\]]+/g) ?? [];
  if (filters.length !== 1 || !['/FlateDecode', '/Fl'].includes(filters[0] ?? '')) return null;
  try {
    // Past the budget inflateSync throws instead of filling memory.
    const out = inflateSync(data, {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: Math.max(1, budget),
    });
    return out.toString('latin1');
  } catch {
    return null;
  }
}

/**
 * Whether the PDF may draw text invisibly (rendering mode 3 or 7), as a scanner's OCR layer
 * does. Reads every stream that can hold drawing operators (page contents, forms, patterns,
 * glyph procedures, appearances) straight from the file; `false` only when each of them was
 * decoded and none sets such a mode, so the per-page check on pdf.js's operator list (a third
 * of a born-digital page's reading time) can be skipped. Anything not understood (encryption,
 * other filters, damaged streams) answers `true`, and the page is checked as before.
 */
export function mayDrawInvisibleText(bytes: Uint8Array): boolean {
  if (bytes.byteLength > MAX_SCAN_BYTES) return true;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('latin1');
  let from = 0;
  let budget = MAX_DECODED_BYTES;
  for (const m of text.matchAll(STREAM)) {
    const at = m.index;
    if (at < from) continue; // the word inside a stream's own data
    const end = text.indexOf('endstream', at);
    if (end < 0) return true;
    const obj = text.lastIndexOf(' obj', at);
    const dict = text.slice(obj < 0 ? Math.max(0, at - 4096) : obj, at);
    from = end + 'endstream'.length;
    if (NOT_CONTENT.test(dict) && !/\/Subtype\s*\/Form\b/.test(dict)) continue;
    const ops = decoded(dict, buf.subarray(at + m[0].length, end), budget);
    if (ops === null || mayHideText(ops)) return true;
    budget -= ops.length;
  }
  return false;
}
