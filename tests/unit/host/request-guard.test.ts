import { describe, expect, it } from 'vitest';
import {
  type GuardRequest,
  bearerToken,
  guardRequest,
  hostAllowed,
  originAllowed,
} from '../../../main/host/request-guard';

const token = 'a'.repeat(43);
const config = { port: 4321, token };
const good: GuardRequest = {
  method: 'GET',
  pathname: '/',
  queryToken: null,
  host: '127.0.0.1:4321',
  origin: undefined,
  secFetchSite: undefined,
  cookieToken: token,
  authorization: undefined,
};
const guard = (over: Partial<GuardRequest>) => guardRequest({ ...good, ...over }, config);

describe('guardRequest', () => {
  it('lets a request with the session cookie through', () => {
    expect(guard({})).toEqual({ allow: true, via: 'cookie' });
  });

  it('refuses requests without any token', () => {
    expect(guard({ cookieToken: null })).toEqual({ allow: false, reason: 'token' });
  });

  it('refuses a wrong cookie, a wrong bearer and a wrong query token', () => {
    expect(guard({ cookieToken: 'b'.repeat(43) })).toEqual({ allow: false, reason: 'token' });
    expect(guard({ authorization: 'Bearer nope' })).toEqual({ allow: false, reason: 'token' });
    expect(guard({ cookieToken: null, queryToken: 'nope' })).toEqual({
      allow: false,
      reason: 'token',
    });
  });

  it('a wrong bearer is refused even next to a good cookie', () => {
    expect(guard({ authorization: 'Bearer nope' }).allow).toBe(false);
  });

  it('accepts a bearer token on API calls', () => {
    expect(
      guard({
        method: 'POST',
        pathname: '/api/call/app.info',
        cookieToken: null,
        authorization: `Bearer ${token}`,
      }),
    ).toEqual({ allow: true, via: 'bearer' });
  });

  it('accepts ?token= only when a page is loaded, never on the API', () => {
    expect(guard({ cookieToken: null, queryToken: token })).toEqual({ allow: true, via: 'query' });
    expect(
      guard({
        method: 'POST',
        pathname: '/api/call/app.info',
        cookieToken: null,
        queryToken: token,
      }),
    ).toEqual({ allow: false, reason: 'token' });
    expect(guard({ pathname: '/api/events', cookieToken: null, queryToken: token }).allow).toBe(
      false,
    );
  });

  it('refuses a missing or foreign Host header (DNS rebinding) even with the token', () => {
    expect(guard({ host: undefined })).toEqual({ allow: false, reason: 'host' });
    expect(guard({ host: 'evil.example:4321' })).toEqual({ allow: false, reason: 'host' });
    expect(guard({ host: '127.0.0.1:9999' })).toEqual({ allow: false, reason: 'host' });
    expect(guard({ host: '127.0.0.1' })).toEqual({ allow: false, reason: 'host' });
    expect(guard({ host: 'localhost:4321' }).allow).toBe(true);
  });

  it('refuses a foreign Origin header, including "null" and another local port', () => {
    for (const origin of [
      'http://evil.example',
      'null',
      'http://127.0.0.1:9999',
      'https://127.0.0.1:4321',
    ]) {
      expect(guard({ origin })).toEqual({ allow: false, reason: 'origin' });
    }
    expect(guard({ origin: 'http://127.0.0.1:4321' }).allow).toBe(true);
  });

  it('requires the Origin to match the Host the browser used', () => {
    expect(guard({ host: 'localhost:4321', origin: 'http://127.0.0.1:4321' }).allow).toBe(false);
    expect(guard({ host: 'localhost:4321', origin: 'http://localhost:4321' }).allow).toBe(true);
  });

  it('refuses cookie requests sent by other (same-site) pages', () => {
    expect(guard({ secFetchSite: 'same-site' })).toEqual({ allow: false, reason: 'fetch_site' });
    expect(guard({ secFetchSite: 'cross-site' })).toEqual({ allow: false, reason: 'fetch_site' });
    expect(guard({ secFetchSite: 'same-origin' }).allow).toBe(true);
    expect(guard({ secFetchSite: 'none' }).allow).toBe(true);
  });
});

describe('pieces', () => {
  it('hostAllowed is case-insensitive and exact', () => {
    expect(hostAllowed('LOCALHOST:80', 80)).toBe(true);
    expect(hostAllowed('localhost.evil:80', 80)).toBe(false);
    expect(hostAllowed('[::1]:80', 80)).toBe(false);
  });

  it('originAllowed accepts no Origin (same-origin GET, curl)', () => {
    expect(originAllowed(undefined, '127.0.0.1:80', 80)).toBe(true);
  });

  it('bearerToken parses only the Bearer scheme', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer   abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
