/** Where a request goes once it has passed the guard. Pure, so the table is testable. */
export type Route =
  | { kind: 'call'; name: string }
  | { kind: 'events' }
  | { kind: 'upload' }
  | { kind: 'static' }
  | { kind: 'method_not_allowed'; allow: string }
  | { kind: 'not_found' };

const CALL_PREFIX = '/api/call/';

export function routeRequest(method: string, pathname: string): Route {
  if (pathname.startsWith(CALL_PREFIX)) {
    if (method !== 'POST') return { kind: 'method_not_allowed', allow: 'POST' };
    let name: string;
    try {
      name = decodeURIComponent(pathname.slice(CALL_PREFIX.length));
    } catch {
      return { kind: 'not_found' };
    }
    // Call names are dotted identifiers; the service rejects unknown ones with unknown_call.
    return /^[A-Za-z][\w.]{0,99}$/.test(name) ? { kind: 'call', name } : { kind: 'not_found' };
  }
  if (pathname === '/api/events') {
    return method === 'GET' ? { kind: 'events' } : { kind: 'method_not_allowed', allow: 'GET' };
  }
  if (pathname === '/api/upload') {
    return method === 'POST' ? { kind: 'upload' } : { kind: 'method_not_allowed', allow: 'POST' };
  }
  if (pathname.startsWith('/api/')) return { kind: 'not_found' };
  if (method === 'GET' || method === 'HEAD') return { kind: 'static' };
  return { kind: 'method_not_allowed', allow: 'GET, HEAD' };
}
