import { Menu } from 'electron';
import type { KimberliteService } from '../service';
import { type MenuActions, buildMenuTemplate } from './menu-template';

/**
 * Installs the application menu and rebuilds it whenever the case changes (Open Recent and
 * Close Case depend on it). Returns the rebuild function for callers that change state too.
 */
export async function installMenu(
  service: KimberliteService,
  actions: MenuActions,
  ctx: { platform: NodeJS.Platform; isPackaged: boolean },
): Promise<() => Promise<void>> {
  const rebuild = async () => {
    const [recent, current] = await Promise.all([
      service.call('case.recent', {}),
      service.call('case.current', {}),
    ]);
    const template = buildMenuTemplate(
      {
        ...ctx,
        recent: recent.ok ? recent.value : [],
        caseOpen: current.ok && current.value !== null,
      },
      actions,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  service.on('case.changed', () => {
    rebuild().catch((err: unknown) => {
      console.error('Could not rebuild the menu:', err);
    });
  });
  await rebuild();
  return rebuild;
}
