import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built renderer, found by walking up from this module: the bundler may place this code in
 * out/main/cli.js or a chunk beside it, and tests run it from main/host/. Only out/renderer is
 * accepted; the source renderer/index.html is not servable.
 */
export function findRendererDir(fromUrl: string = import.meta.url): string | null {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const candidate = join(dir, 'out', 'renderer');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
