import type { MenuItemConstructorOptions } from 'electron';
import type { RecentCase } from '../../preload/contract';

export interface MenuActions {
  newCase(): void;
  openCase(): void;
  openRecent(path: string): void;
  closeCase(): void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  recent: readonly RecentCase[];
  caseOpen: boolean;
}

/**
 * The application menu as plain data (the electron import is type-only), so its structure is
 * unit-tested under Node. Rebuilt whenever the open case or the recent list changes.
 */
export function buildMenuTemplate(
  ctx: MenuContext,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] =
    ctx.recent.length === 0
      ? [{ label: 'No Recent Cases', enabled: false }]
      : ctx.recent.map((r) => ({
          label: r.title === '' ? r.path : `${r.title} — ${r.path}`,
          enabled: r.exists,
          click: () => actions.openRecent(r.path),
        }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Case…', accelerator: 'CmdOrCtrl+N', click: () => actions.newCase() },
      { label: 'Open Case…', accelerator: 'CmdOrCtrl+O', click: () => actions.openCase() },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      { label: 'Close Case', enabled: ctx.caseOpen, click: () => actions.closeCase() },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'Quit' }]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      // Reload and devtools are for developers; a packaged app has nothing to gain from them.
      ...(ctx.isPackaged
        ? []
        : [
            { role: 'reload' as const },
            { role: 'toggleDevTools' as const },
            { type: 'separator' as const },
          ]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}
