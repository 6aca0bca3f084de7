import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Maps an app:// request to a file under `rootDir` (the built renderer), or null when the
 * request could escape it. Chromium already normalises dot segments in standard URLs; this
 * check is the second line, so it refuses anything suspicious instead of trying to repair it:
 * encoded dot segments and slashes, backslashes, NUL, drive letters and UNC-like paths.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  // The URL parser silently resolves dot segments ("/../x" becomes "/x"); look at the raw
  // text first so a request that tried to climb is refused rather than quietly repaired.
  const raw = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*([^?#]*)/i.exec(requestUrl);
  if (raw === null || hasDotSegment(raw[1] ?? '')) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;

  const rawPath = url.pathname;
  if (rawPath.includes('\\') || /%(2f|5c|00)/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null; // malformed percent-encoding
  }
  if (!isSafeAppPath(decoded)) return null;

  const relativePath = decoded === '/' || decoded === '' ? 'index.html' : decoded.slice(1);
  const root = resolve(rootDir);
  const full = resolve(root, relativePath);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return full.startsWith(root + sep) ? full : null;
}

function hasDotSegment(rawPath: string): boolean {
  return /(^|[/\\])(\.|%2e){1,2}([/\\]|$)/i.test(rawPath);
}

/** A decoded URL path is safe when it is rooted, plain and has no parent or empty segments. */
export function isSafeAppPath(decodedPath: string): boolean {
  if (!decodedPath.startsWith('/') && decodedPath !== '') return false;
  if (decodedPath.includes('\0') || decodedPath.includes('\\')) return false;
  if (decodedPath.startsWith('//')) return false; // protocol-relative / UNC-like
  const segments = decodedPath.split('/').slice(1);
  for (const segment of segments) {
    if (segment === '..' || segment === '.') return false;
    if (/^[a-z]:$/i.test(segment)) return false; // a Windows drive letter
    if (segment.includes(':')) return false; // NTFS alternate streams, drive-relative paths
  }
  // An empty segment anywhere but the end ("a//b") has no meaning in our build output.
  return !segments.slice(0, -1).includes('');
}
