import type { ZodError } from 'zod';
import type { AppError } from '../preload/contract';
import { ErrorCode } from '../preload/error-code';
import { CaseFileError } from './casefile/case-file-error';

/** An expected failure of a service call, carried to the caller as `{ code, message }`. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/**
 * A failed contract check. Known by its name, not its class: ingest reports failures through
 * here and must not load zod (a tenth of the CLI's start-up) to do it.
 */
function isZodError(err: unknown): err is ZodError {
  return err instanceof Error && err.name === 'ZodError' && Array.isArray((err as ZodError).issues);
}

/** Turns anything thrown into the data that crosses a border. */
export function toAppError(err: unknown): AppError {
  if (err instanceof ServiceError || err instanceof CaseFileError) {
    return { code: err.code, message: err.message };
  }
  if (isZodError(err)) {
    const first = err.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    return {
      code: ErrorCode.invalidInput,
      message: `Invalid input${where}: ${first?.message ?? 'does not match the contract'}.`,
    };
  }
  return {
    code: ErrorCode.internal,
    message: `Unexpected error: ${err instanceof Error ? err.message : String(err)}`,
  };
}
