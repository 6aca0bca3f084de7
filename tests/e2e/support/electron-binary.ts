// Finds Electron's binary the way node_modules/electron/index.js does, but without the
// download that requiring it would start (which fails, slowly and noisily, offline).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');

export type ElectronBinary = { path: string } | { missing: string };

export function findElectronBinary(): ElectronBinary {
  const pathTxt = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathTxt)) {
    return {
      missing:
        'No Electron binary: Electron downloads it on first run and this machine has no internet ' +
        '(node_modules/electron/path.txt is absent). The same screens are tested against ' +
        '`kimberlite serve` in host-start-screen.spec.ts; run `npm start` once online to enable this test.',
    };
  }
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(ELECTRON_DIR, 'dist');
  const exe = join(distDir, readFileSync(pathTxt, 'utf8').trim());
  if (!existsSync(exe)) {
    return {
      missing: `No Electron binary at ${exe}: it is downloaded on first run; this machine has no internet.`,
    };
  }
  return { path: exe };
}

/** Linux needs an X or Wayland display; CI provides one with `xvfb-run`. */
export function missingDisplay(): string | null {
  if (process.platform !== 'linux') return null;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return 'Electron needs a display on Linux: run the e2e tests under `xvfb-run -a`.';
}

export const PROJECT_ROOT = ROOT;
