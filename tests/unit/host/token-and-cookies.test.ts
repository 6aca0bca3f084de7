import { describe, expect, it } from 'vitest';
import { readCookie, sessionCookie, sessionCookieName } from '../../../main/host/cookies';
import { newToken, tokenMatches } from '../../../main/host/token';

describe('token', () => {
  it('is 32 random bytes in base64url', () => {
    const t = newToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(t);
  });

  it('matches only itself', () => {
    const t = newToken();
    expect(tokenMatches(t, t)).toBe(true);
    expect(tokenMatches(`${t}x`, t)).toBe(false);
    expect(tokenMatches(t.slice(1), t)).toBe(false);
    expect(tokenMatches('', t)).toBe(false);
    expect(tokenMatches(null, t)).toBe(false);
    expect(tokenMatches(undefined, t)).toBe(false);
    expect(tokenMatches('x'.repeat(5000), t)).toBe(false);
  });
});

describe('cookies', () => {
  it('the session cookie is HttpOnly, SameSite=Strict and named per port', () => {
    const c = sessionCookie(5000, 'tok');
    expect(c).toContain('kimberlite_5000=tok');
    expect(c).toContain('HttpOnly');
    expect(c).toContain('SameSite=Strict');
    expect(c).toContain('Path=/');
    expect(sessionCookieName(5001)).not.toBe(sessionCookieName(5000));
  });

  it('reads one cookie among several', () => {
    expect(readCookie('a=1; kimberlite_5000=tok; b=2', 'kimberlite_5000')).toBe('tok');
    expect(readCookie('kimberlite_50000=x', 'kimberlite_5000')).toBeNull();
    expect(readCookie(undefined, 'a')).toBeNull();
    expect(readCookie('garbage', 'a')).toBeNull();
  });
});
