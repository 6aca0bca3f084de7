// The renderer's own origin. A privileged "standard" scheme gives the renderer a real origin
// (so 'self' in the CSP means something) without serving it from a file:// URL, which would
// grant every page read access to the whole disk.
export const APP_SCHEME = 'app';
export const APP_HOST = 'kimberlite';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none. Computed by hand because WHATWG
 * `URL.origin` is the opaque "null" for non-special schemes such as app://.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** The origins allowed to talk to main: ours, plus electron-vite's dev server when not packaged. */
export function trustedOrigins(devServerUrl: string | undefined, isPackaged: boolean): string[] {
  const origins = [APP_ORIGIN];
  if (!isPackaged && devServerUrl !== undefined) {
    const dev = devServerOrigin(devServerUrl);
    if (dev !== null) origins.push(dev);
  }
  return origins;
}

/** Only a loopback http dev server is acceptable; anything else in the env var is ignored. */
export function devServerOrigin(devServerUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(devServerUrl);
  } catch {
    return null;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'http:' || !loopback) return null;
  return originOf(devServerUrl);
}

export function isTrustedOrigin(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
