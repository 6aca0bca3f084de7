/**
 * Cookies are shared by every port of a host, so the name carries the port: two `serve`
 * processes on 127.0.0.1 must not overwrite each other's session.
 */
export function sessionCookieName(port: number): string {
  return `kimberlite_${port}`;
}

/** The value of one cookie from a `Cookie` header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * HttpOnly keeps the token away from page scripts; SameSite=Strict keeps other sites from
 * riding on it; no Max-Age, so it dies with the browser session. No `Secure`: plain http on
 * loopback is the whole point, and browsers treat 127.0.0.1 as a secure context anyway.
 */
export function sessionCookie(port: number, token: string): string {
  return `${sessionCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}
