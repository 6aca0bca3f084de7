// The `kimberlite` command line (contract.md). Plain Node: no Electron here.
import { prestartReaders } from '../ingest/prepare/spare-readers';

// Ingest's reader threads start (and load pdf.js) while this thread loads the rest of the CLI.
if (process.argv[2] === 'ingest') prestartReaders(1);
const { runCli } = await import('./program');

process.exitCode = await runCli(process.argv.slice(2));
