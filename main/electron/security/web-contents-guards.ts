import { app } from 'electron';
import { openExternal } from '../open-external';
import { navigationDecision, redirectDecision, windowOpenDecision } from './navigation-policy';

/**
 * Applied to every webContents the app ever creates (not only our window), so a future
 * window, devtools page or stray frame cannot open windows, navigate away or embed webviews.
 */
export function guardAllWebContents(origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (windowOpenDecision(url) === 'open-external') openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => {
      const decision = navigationDecision(event.url, origins);
      if (decision === 'allow') return;
      event.preventDefault();
      if (decision === 'open-external') openExternal(event.url);
    });
    contents.on('will-redirect', (event) => {
      if (redirectDecision(event.url, origins) === 'deny') event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
  });
}
