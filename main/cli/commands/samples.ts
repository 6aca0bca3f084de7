import type { Command } from 'commander';
import { ExitCode } from '../exit-code';

// Placeholder until the practice-shipment generator (issue 3) lands in main/samples/.
export function registerSamples(program: Command): void {
  program
    .command('samples')
    .description('generate a practice set of shipment documents with truth.json (not implemented yet)')
    .allowUnknownOption()
    .action(() => {
      process.stderr.write('kimberlite samples: not implemented yet.\n');
      process.exitCode = ExitCode.usage;
    });
}
