/** Error codes of contract.md for inputs that cannot be read; new codes may be added. */
export const INGEST_ERROR_CODES = [
  'empty_file',
  'unsupported_type',
  'pdf_encrypted',
  'pdf_password_incorrect',
  'pdf_corrupt',
  'image_corrupt',
  'image_too_large',
  'ocr_failed',
  'extract_failed',
  'timeout',
  'file_too_complex',
  'file_unreadable',
  'file_too_large',
  'cancelled',
] as const;

export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

/** An input that cannot be read: recorded with its code and message, never a crash. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

/** `err` as an IngestError: itself if it is one, else a new one with `code` and its message. */
export function asIngestError(err: unknown, code: IngestErrorCode): IngestError {
  return err instanceof IngestError ? err : new IngestError(code, String(err));
}
