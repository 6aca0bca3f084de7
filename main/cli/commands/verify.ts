import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CaseFileError } from '../../casefile/case-file-error';
import { openCaseFile } from '../../casefile/open-case-file';
import { verifyCase } from '../../casefile/verify-case';
import { ExitCode } from '../exit-code';

export function registerVerify(program: Command): void {
  program
    .command('verify <case>')
    .description('verify document hashes and the audit trail chain; exit 1 on tampering')
    .option('--json', 'print the verification as JSON')
    .action((path: string, options: { json?: boolean }) => {
      let db;
      try {
        db = openCaseFile(resolve(path), { readonly: true });
      } catch (err) {
        if (!(err instanceof CaseFileError)) throw err;
        process.stderr.write(`kimberlite verify: ${err.message}\n`);
        process.exitCode = ExitCode.problem;
        return;
      }
      try {
        const result = verifyCase(db);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ case: path, ...result }, null, 2)}\n`);
        } else if (result.ok) {
          process.stdout.write(
            `OK: ${result.documentsChecked} documents and ${result.auditEntriesChecked} audit entries verified.\n`,
          );
        } else {
          for (const d of result.badDocuments) process.stdout.write(`TAMPERED: ${d.message}\n`);
          if (result.auditBreak) process.stdout.write(`TAMPERED: ${result.auditBreak.message}\n`);
        }
        process.exitCode = result.ok ? ExitCode.ok : ExitCode.problem;
      } finally {
        db.close();
      }
    });
}
