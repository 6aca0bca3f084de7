import { basename, extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { APP_VERSION } from '../../app-version';
import { CaseFileError } from '../../casefile/case-file-error';
import { createCaseFile } from '../../casefile/open-case-file';
import { currentUser } from '../../user-paths';
import { ExitCode } from '../exit-code';

export function registerCaseCommands(program: Command): void {
  const kase = program.command('case').description('manage case files');
  kase
    .command('create <case>')
    .description('create an empty case file (refuses to overwrite)')
    .option('--title <title>', 'the case title (default: the file name)')
    .action((path: string, options: { title?: string }) => {
      const full = resolve(path);
      const title = options.title ?? basename(full, extname(full));
      try {
        const db = createCaseFile(full, { title, actor: currentUser(), appVersion: APP_VERSION });
        db.close();
        process.stdout.write(`${full}\n`);
        process.exitCode = ExitCode.ok;
      } catch (err) {
        if (!(err instanceof CaseFileError)) throw err;
        process.stderr.write(`kimberlite case create: ${err.message}\n`);
        process.exitCode = ExitCode.problem;
      }
    });
}
