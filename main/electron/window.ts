import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security/web-preferences';

export interface WindowOptions {
  preloadPath: string;
  entryUrl: string;
  iconPath: string;
  devTools: boolean;
}

/** The one window. It is shown when its first paint is ready, so there is no white flash. */
export function createMainWindow(opts: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Kimberlite',
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    icon: opts.iconPath,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(opts.preloadPath, opts.devTools),
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(opts.entryUrl).catch((err: unknown) => {
    console.error(`Could not load ${opts.entryUrl}:`, err);
  });
  return win;
}
