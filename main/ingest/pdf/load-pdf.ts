import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError } from '../ingest-error';
import { CachedBinaryDataFactory } from './cached-binary-data';
import { pdfjs, pdfjsDataPaths } from './pdfjs';

export interface LoadPdfOptions {
  password?: string;
  fileName?: string;
  /**
   * Glyph programs for the 14 standard fonts, needed to render them faithfully (for OCR)
   * but not to read text, where loading them cost half of a born-digital page's time.
   */
  standardFonts?: boolean;
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : '';
}

/**
 * Parses a PDF with pdf.js, never evaluating code from it, and maps its failures to the
 * contract's codes: `pdf_encrypted` (a password is needed), `pdf_password_incorrect`,
 * `pdf_corrupt` (anything the parser cannot repair).
 */
export async function loadPdf(
  bytes: Uint8Array,
  opts: LoadPdfOptions = {},
): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  const name = opts.fileName ?? 'The PDF';
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // pdf.js transfers (detaches) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: lib.VerbosityLevel.ERRORS,
    cMapPacked: true,
    ...pdfjsDataPaths,
    ...(opts.standardFonts === false ? { standardFontDataUrl: undefined } : {}),
    BinaryDataFactory: CachedBinaryDataFactory,
    ...(opts.password !== undefined ? { password: opts.password } : {}),
  });
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    if (errorName(err) === 'PasswordException') {
      const code = (err as { code?: number }).code;
      if (code === lib.PasswordResponses.INCORRECT_PASSWORD) {
        throw new IngestError('pdf_password_incorrect', `${name}: the password is not correct.`);
      }
      throw new IngestError(
        'pdf_encrypted',
        `${name} is encrypted and needs a password to open; add it again with its password.`,
      );
    }
    throw asPdfCorrupt(err, name);
  }
}

/** Any other pdf.js failure, at open or while reading a page, means the structure is damaged. */
export function asPdfCorrupt(err: unknown, name = 'The PDF'): IngestError {
  if (err instanceof IngestError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new IngestError('pdf_corrupt', `${name} is damaged beyond repair (${detail}).`);
}
