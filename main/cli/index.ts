// The `kimberlite` command line (contract.md). Plain Node: no Electron here.
import { prestartForIngest } from './ingest-prestart';

prestartForIngest(process.argv.slice(2));
const { runCli } = await import('./program');

process.exitCode = await runCli(process.argv.slice(2));
