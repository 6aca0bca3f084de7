import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  devServerOrigin,
  isTrustedOrigin,
  originOf,
  trustedOrigins,
} from '../../../main/electron/security/app-origin';
import {
  isAllowedRequest,
  isPermissionAllowed,
  isSafeExternalUrl,
  navigationDecision,
  redirectDecision,
  windowOpenDecision,
} from '../../../main/electron/security/navigation-policy';

const prod = [APP_ORIGIN];
const dev = trustedOrigins('http://localhost:5173/', false);

describe('origins', () => {
  it('computes app:// origins by hand (URL.origin is "null" for custom schemes)', () => {
    expect(new URL('app://kimberlite/x').origin).toBe('null');
    expect(originOf('app://kimberlite/index.html')).toBe('app://kimberlite');
    expect(originOf('APP://Kimberlite/')).toBe('app://kimberlite');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('garbage')).toBeNull();
  });

  it('trusts the dev server only when unpackaged, and only on loopback http', () => {
    expect(trustedOrigins('http://localhost:5173', true)).toEqual([APP_ORIGIN]);
    expect(trustedOrigins(undefined, false)).toEqual([APP_ORIGIN]);
    expect(dev).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('https://example.com')).toBeNull();
    expect(devServerOrigin('http://localhost.evil.com:5173')).toBeNull();
    expect(devServerOrigin('file:///tmp/x')).toBeNull();
  });

  it('does not confuse look-alike origins', () => {
    expect(isTrustedOrigin('app://kimberlite.evil/index.html', prod)).toBe(false);
    expect(isTrustedOrigin('app://evil/kimberlite', prod)).toBe(false);
    expect(isTrustedOrigin('http://localhost:5174/', dev)).toBe(false);
  });
});

describe('external links', () => {
  it('opens only http(s) URLs in the OS browser', () => {
    expect(isSafeExternalUrl('https://www.kimberleyprocess.com/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/a?b')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'smb://server/share',
      'javascript:alert(1)',
      'ms-msdt:/id',
      'vscode://x',
      'https://user:pw@example.com/',
      'not a url',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('denies every window.open; web links go to the browser', () => {
    expect(windowOpenDecision('https://example.com')).toBe('open-external');
    expect(windowOpenDecision('app://kimberlite/index.html')).toBe('deny');
    expect(windowOpenDecision('file:///etc/passwd')).toBe('deny');
    expect(windowOpenDecision('about:blank')).toBe('deny');
  });
});

describe('will-navigate and will-redirect', () => {
  it('allows our own origin only', () => {
    expect(navigationDecision('app://kimberlite/index.html', prod)).toBe('allow');
    expect(navigationDecision('http://localhost:5173/', prod)).toBe('open-external');
    expect(navigationDecision('http://localhost:5173/', dev)).toBe('allow');
    expect(navigationDecision('file:///etc/passwd', prod)).toBe('deny');
    expect(navigationDecision('data:text/html,<script>1</script>', prod)).toBe('deny');
    expect(navigationDecision('https://evil.example/', prod)).toBe('open-external');
  });

  it('never follows a redirect off our origin, not even to the browser', () => {
    expect(redirectDecision('app://kimberlite/index.html', prod)).toBe('allow');
    expect(redirectDecision('https://evil.example/', prod)).toBe('deny');
    expect(redirectDecision('file:///etc/passwd', prod)).toBe('deny');
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'fullscreen',
    'unknown',
  ])('denies %s', (permission) => {
    expect(isPermissionAllowed(permission)).toBe(false);
  });
});

describe('request filter', () => {
  it('lets our scheme and inline data through and blocks the network', () => {
    expect(isAllowedRequest('app://kimberlite/assets/x.js', prod)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AA==', prod)).toBe(true);
    expect(isAllowedRequest('blob:app://kimberlite/123', prod)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/x.js', prod)).toBe(true);
    expect(isAllowedRequest('https://cdn.example/x.js', prod)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', prod)).toBe(false);
    expect(isAllowedRequest('wss://evil.example/', prod)).toBe(false);
    expect(isAllowedRequest('not a url', prod)).toBe(false);
  });

  it('lets the dev server and its HMR socket through in development only', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/@vite/client', prod)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', prod)).toBe(false);
  });
});
