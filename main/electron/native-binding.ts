import { join } from 'node:path';

/**
 * Where scripts/electron-native.mjs puts better-sqlite3 rebuilt for Electron's ABI. Under
 * `electron-vite preview`/`dev` and Playwright the app runs unpackaged from the checkout, but
 * node_modules holds the Node build (used by the CLI and tests); a packaged app has its own
 * rebuilt copy from electron-builder and needs no override.
 */
export function devNativeBindingPath(projectRoot: string): string {
  return join(
    projectRoot,
    '.electron-native',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
}
