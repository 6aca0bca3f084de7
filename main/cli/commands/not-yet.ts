import type { Command } from 'commander';
import { ExitCode } from '../exit-code';

/** Commands of contract.md whose issues have not landed yet: usage works, running says so. */
const pending: { name: string; args: string; summary: string }[] = [
  { name: 'check', args: '<case>', summary: 'link documents into shipments and run every rule' },
  { name: 'findings', args: '<case>', summary: 'list stored findings with status' },
  { name: 'export', args: '<case>', summary: 'export the findings report' },
  { name: 'demo', args: '', summary: 'build, check and export a case from the bundled samples' },
];

export function registerNotYet(program: Command): void {
  for (const p of pending) {
    program
      .command(`${p.name} ${p.args}`.trim())
      .description(`${p.summary} (not implemented yet)`)
      .allowUnknownOption()
      .allowExcessArguments()
      .action(() => {
        process.stderr.write(`kimberlite ${p.name}: not implemented yet.\n`);
        process.exitCode = ExitCode.usage;
      });
  }
}
