import { join } from 'node:path';
import { devNativeBindingPath } from './native-binding';

export interface ShellPaths {
  rendererDir: string;
  preloadPath: string;
  resourcesDir: string;
  iconPath: string;
  /** better-sqlite3 built for Electron's ABI, only when running unpackaged from a checkout. */
  nativeBinding: string | undefined;
}

/**
 * Everything is found relative to the bundled main script (out/main/index.js), not the
 * working directory or app.getAppPath(), so `electron .`, `electron out/main/index.js`,
 * Playwright and a packaged asar all agree.
 */
export function shellPaths(
  mainDir: string,
  isPackaged: boolean,
  resourcesPath: string,
): ShellPaths {
  const projectRoot = join(mainDir, '..', '..');
  const resourcesDir = isPackaged
    ? join(resourcesPath, 'resources')
    : join(projectRoot, 'resources');
  return {
    rendererDir: join(mainDir, '..', 'renderer'),
    preloadPath: join(mainDir, '..', 'preload', 'index.cjs'),
    resourcesDir,
    iconPath: join(resourcesDir, 'icons', 'icon.png'),
    nativeBinding: isPackaged ? undefined : devNativeBindingPath(projectRoot),
  };
}
