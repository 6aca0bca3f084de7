import { shell } from 'electron';
import { isSafeExternalUrl } from './security/navigation-policy';

/** The only door to the OS browser: http(s) only, checked here so no caller can forget. */
export function openExternal(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((err: unknown) => {
    console.error('Could not open the link in the browser:', err);
  });
}
