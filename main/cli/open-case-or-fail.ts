import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { CaseFileError } from '../casefile/case-file-error';
import { openCaseFile, type OpenOptions } from '../casefile/open-case-file';
import { ExitCode } from './exit-code';

/** Opens a case for a command, or says why not (exit 1) and returns null. */
export function openCaseOrFail(
  command: string,
  path: string,
  opts: OpenOptions = {},
): Database | null {
  try {
    return openCaseFile(resolve(path), opts);
  } catch (err) {
    if (!(err instanceof CaseFileError)) throw err;
    process.stderr.write(`kimberlite ${command}: ${err.message}\n`);
    process.exitCode = ExitCode.problem;
    return null;
  }
}
