import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './security/app-origin';
import { SECURITY_HEADERS } from './security/csp';
import { contentTypeFor } from '../host/static-files';
import { resolveAppPath } from './security/is-safe-app-path';

/** Must run before `ready`: a standard + secure scheme gets a real origin and secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Serves the built renderer from `rendererDir`, and nothing outside it, with our headers. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed');
    }
    const file = resolveAppPath(request.url, rendererDir);
    if (file === null) return textResponse(403, 'Forbidden');
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
      });
    } catch {
      return textResponse(404, 'Not found');
    }
  });
}
