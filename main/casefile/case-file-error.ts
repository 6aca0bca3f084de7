import type { ErrorCode } from '../../preload/contract';

type CaseFileErrorCode =
  | typeof ErrorCode.caseExists
  | typeof ErrorCode.caseNotFound
  | typeof ErrorCode.notACaseFile
  | typeof ErrorCode.caseTooNew
  | typeof ErrorCode.caseCorrupt;

/** A refusal to create or open a case file; the file on disk is left as it was. */
export class CaseFileError extends Error {
  constructor(
    readonly code: CaseFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CaseFileError';
  }
}
