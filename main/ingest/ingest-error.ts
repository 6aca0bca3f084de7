/** Error codes of contract.md for inputs that cannot be read; new codes may be added. */
export type IngestErrorCode =
  | 'empty_file'
  | 'unsupported_type'
  | 'pdf_encrypted'
  | 'pdf_password_incorrect'
  | 'pdf_corrupt'
  | 'image_corrupt'
  | 'image_too_large'
  | 'ocr_failed'
  | 'timeout'
  | 'file_too_complex'
  | 'file_unreadable';

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
