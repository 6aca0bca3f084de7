import type { Session } from 'electron';
import { withSecurityHeaders } from './csp';
import { isAllowedRequest, isPermissionAllowed } from './navigation-policy';

/**
 * Session-wide guards: the CSP on every response (the dev server's too), no permissions, no
 * device access, and no network requests beyond our own origins.
 */
export function applySessionGuards(session: Session, origins: readonly string[]): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, origins);
    if (!allowed) console.warn(`Blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    callback(isPermissionAllowed(permission));
  });
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    callback(null); // no stream: screen capture is refused
  });
}
