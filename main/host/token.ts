import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh access token: 32 random bytes, base64url (URL- and cookie-safe, no padding). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so that `timingSafeEqual` always sees
 * equal lengths: a length mismatch must not return faster than a content mismatch.
 */
export function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 1024) {
    return false;
  }
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}
