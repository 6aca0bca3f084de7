// The `kimberlite` command line (contract.md). Plain Node: no Electron here.
import { runCli } from './program';

process.exitCode = await runCli(process.argv.slice(2));
