import { isTrustedOrigin } from './app-origin';

// Decisions for everything that could move the window, or open another one, away from our
// code. The window only ever shows the renderer; web links go to the user's browser.

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/** Only http(s) URLs ever reach the OS browser: file:, smb:, custom handlers can run code. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** will-navigate / will-redirect: stay on our origin, send web links out, drop the rest. */
export function navigationDecision(url: string, origins: readonly string[]): NavigationDecision {
  if (isTrustedOrigin(url, origins)) return 'allow';
  return isSafeExternalUrl(url) ? 'open-external' : 'deny';
}

/** window.open / target=_blank: never a new Electron window; web links go to the browser. */
export function windowOpenDecision(url: string): Exclude<NavigationDecision, 'allow'> {
  return isSafeExternalUrl(url) ? 'open-external' : 'deny';
}

/**
 * Redirects are server-driven, so unlike will-navigate they never open the browser: a
 * redirect away from our origin is simply refused.
 */
export function redirectDecision(url: string, origins: readonly string[]): 'allow' | 'deny' {
  return isTrustedOrigin(url, origins) ? 'allow' : 'deny';
}

/**
 * The renderer needs no powerful web APIs (camera, notifications, clipboard read, …), so the
 * answer is always no; the list exists so adding one is a deliberate, reviewed change.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

/** Network schemes the renderer may not reach except at a trusted (dev server) origin. */
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/**
 * Last-resort request filter behind the CSP: an offline app makes no network requests, so
 * any http(s)/ws/file request that is not to a trusted origin is cancelled.
 */
export function isAllowedRequest(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') {
    // Vite's HMR socket talks to the dev server's host and port over ws.
    const asHttp = `http://${parsed.host}`;
    return isTrustedOrigin(asHttp, origins);
  }
  return isTrustedOrigin(url, origins);
}
