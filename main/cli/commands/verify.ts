import type { Command } from 'commander';
import { verifyCase } from '../../casefile/verify-case';
import { ExitCode } from '../exit-code';
import { openCaseOrFail } from '../open-case-or-fail';

export function registerVerify(program: Command): void {
  program
    .command('verify <case>')
    .description('verify document hashes and the audit trail chain; exit 1 on tampering')
    .option('--json', 'print the verification as JSON')
    .action((path: string, options: { json?: boolean }) => {
      const db = openCaseOrFail('verify', path, { readonly: true });
      if (!db) return;
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
