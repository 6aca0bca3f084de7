import type { WebPreferences } from 'electron';

/**
 * The one place the window's webPreferences are decided (type-only electron import, so this
 * file loads under plain Node for its test). Defaults are spelled out even where Electron's
 * default is already safe, so a change of default or a careless edit shows up in review.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // The spellchecker downloads dictionaries from a Google CDN; this app stays offline.
    spellcheck: false,
    devTools,
  };
}
