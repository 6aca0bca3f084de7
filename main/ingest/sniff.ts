import { IngestError } from './ingest-error';

export type MediaType =
  'application/pdf' | 'image/png' | 'image/jpeg' | 'image/tiff' | 'image/webp';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Scanners and mail gateways prepend junk; readers accept the header within the first 1 KiB. */
const PDF_HEADER_WINDOW = 1024;

function findPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, PDF_MAGIC, i)) return true;
  return false;
}

/**
 * A PDF whose header is garbled still has the body syntax: numbered objects and a root.
 * Readers repair such files, so they go to the PDF parser rather than being turned away.
 */
function looksLikeHeaderlessPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, 64 * 1024),
  ).toString('latin1');
  return (
    /\d+\s+\d+\s+obj\b/.test(head) &&
    head.includes('endobj') &&
    /\/(Root|Type\s*\/Catalog)\b/.test(head)
  );
}

/**
 * The media type from the content, never the file name. Throws `empty_file` or
 * `unsupported_type` for anything Kimberlite does not read.
 */
export function sniffMediaType(bytes: Uint8Array, fileName = 'the file'): MediaType {
  if (bytes.length === 0) throw new IngestError('empty_file', `${fileName} is empty (0 bytes).`);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'image/tiff';
  }
  if (
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
    startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)
  ) {
    return 'image/webp';
  }
  if (findPdfHeader(bytes) || looksLikeHeaderlessPdf(bytes)) return 'application/pdf';
  throw new IngestError(
    'unsupported_type',
    `${fileName} is not a PDF, PNG, JPEG, TIFF or WebP file (its content does not match any of them).`,
  );
}
