import type { Command } from 'commander';
import { ExitCode } from '../exit-code';

// Placeholder until main/host lands.
export function registerServe(program: Command): void {
  program
    .command('serve <case>')
    .description('the browser host on 127.0.0.1 (not implemented yet)')
    .option('--port <n>', 'port')
    .action(() => {
      process.stderr.write('kimberlite serve: not implemented yet.\n');
      process.exitCode = ExitCode.usage;
    });
}
