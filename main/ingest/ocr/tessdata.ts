import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding eng/fra/osd traineddata: KIMBERLITE_TESSDATA, the packaged app's
 * resources, or resources/tessdata of the checkout (assembled by `npm run build`). Never a CDN.
 */
export function tessdataDir(): string {
  const fromEnv = process.env.KIMBERLITE_TESSDATA;
  if (fromEnv) return fromEnv;
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'resources', 'tessdata'))) {
    return join(packaged, 'resources', 'tessdata');
  }
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'resources', 'tessdata');
    if (existsSync(join(candidate, 'eng.traineddata.gz'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(
    'OCR language data not found: run `npm run build` (it assembles resources/tessdata) or set KIMBERLITE_TESSDATA.',
  );
}
