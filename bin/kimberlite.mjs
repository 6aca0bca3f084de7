#!/usr/bin/env node
// The `kimberlite` command: runs the CLI bundle that `npm ci` builds (the `prepare` script).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write(
    'kimberlite: the CLI is not built yet; run `npm run build` (npm ci does it).\n',
  );
  process.exit(2);
}
await import(pathToFileURL(cli).href);
