import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../app-version';
import { registerCaseCommands } from './commands/case';
import { registerExtract } from './commands/extract';
import { registerIngest } from './commands/ingest';
import { registerNotYet } from './commands/not-yet';
import { registerSamples } from './commands/samples';
import { registerServe } from './commands/serve';
import { registerVerify } from './commands/verify';
import { ExitCode } from './exit-code';

/** Builds the program; each command lives in commands/<name>.ts and sets its own exit code. */
export function buildProgram(): Command {
  const program = new Command()
    .name('kimberlite')
    .description('Audit rough-diamond shipment documents offline.')
    .version(APP_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerCaseCommands(program);
  registerExtract(program);
  registerIngest(program);
  registerVerify(program);
  registerServe(program);
  registerSamples(program);
  registerNotYet(program);
  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 a reported problem, 2 usage). */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      if (err.code === 'commander.help') return 0;
      return ExitCode.usage;
    }
    process.stderr.write(`kimberlite: ${err instanceof Error ? err.message : String(err)}\n`);
    return ExitCode.problem;
  }
}
