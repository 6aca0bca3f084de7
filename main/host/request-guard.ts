import { tokenMatches } from './token';

/** What the guard needs from a request; plain strings so it can be tested without a server. */
export interface GuardRequest {
  method: string;
  pathname: string;
  /** `?token=` from the URL, only honoured when a page is loaded. */
  queryToken: string | null;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  cookieToken: string | null;
  authorization: string | undefined;
}

export interface GuardConfig {
  port: number;
  token: string;
}

export type GuardDecision =
  | { allow: true; via: 'cookie' | 'bearer' }
  /** A valid `?token=`: the caller sets the cookie and redirects to strip it from the URL. */
  | { allow: true; via: 'query' }
  | { allow: false; reason: 'host' | 'origin' | 'fetch_site' | 'token' };

/** The only Host values we answer to; anything else is a DNS-rebinding attempt or a mistake. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/**
 * Our own origin is the one the browser used to reach us, i.e. `http://` + the (already
 * checked) Host. `Origin: null` (sandboxed frames, file: pages) is foreign too.
 */
export function originAllowed(origin: string | undefined, host: string, port: number): boolean {
  if (origin === undefined) return true; // same-origin GETs and non-browser clients send none
  if (!hostAllowed(host, port)) return false;
  return origin.toLowerCase() === `http://${host.toLowerCase()}`;
}

/**
 * Every other port on 127.0.0.1 is "same-site", so SameSite=Strict alone does not stop a page
 * served by some other local program from sending our cookie. Browsers say where a request
 * came from in Sec-Fetch-Site; only our own pages (`same-origin`) or the user typing or
 * clicking the URL (`none`) may ride on the cookie.
 */
export function fetchSiteAllowed(secFetchSite: string | undefined): boolean {
  return secFetchSite === undefined || secFetchSite === 'same-origin' || secFetchSite === 'none';
}

export function bearerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? null;
}

function isPageLoad(method: string, pathname: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !pathname.startsWith('/api/');
}

/** Decides whether a request may proceed. Pure; the server turns a refusal into a bare 403. */
export function guardRequest(req: GuardRequest, config: GuardConfig): GuardDecision {
  const { port, token } = config;
  if (req.host === undefined || !hostAllowed(req.host, port)) {
    return { allow: false, reason: 'host' };
  }
  if (!originAllowed(req.origin, req.host, port)) return { allow: false, reason: 'origin' };

  const bearer = bearerToken(req.authorization);
  if (bearer !== null) {
    // A bearer header cannot be attached by another page without our token, so no
    // Sec-Fetch-Site check is needed; a wrong bearer is refused even with a good cookie.
    return tokenMatches(bearer, token) ? { allow: true, via: 'bearer' } : deny('token');
  }
  if (req.queryToken !== null && isPageLoad(req.method, req.pathname)) {
    // Possession of the token is the proof here, wherever the click came from.
    return tokenMatches(req.queryToken, token) ? { allow: true, via: 'query' } : deny('token');
  }
  if (!tokenMatches(req.cookieToken, token)) return deny('token');
  if (!fetchSiteAllowed(req.secFetchSite)) return deny('fetch_site');
  return { allow: true, via: 'cookie' };
}

function deny(reason: 'host' | 'origin' | 'fetch_site' | 'token'): GuardDecision {
  return { allow: false, reason };
}
