import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type HostedService, handleCall, handleEvents } from './api-routes';
import { readCookie, sessionCookie, sessionCookieName } from './cookies';
import { type GuardDecision, guardRequest } from './request-guard';
import { routeRequest } from './route';
import { SECURITY_HEADERS } from './security-headers';
import { contentTypeFor, resolveStaticPath } from './static-files';
import { newToken } from './token';
import { UploadStaging, handleUpload } from './upload';

export interface HostOptions {
  service: HostedService;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** For tests; normally a fresh random token per run. */
  token?: string;
  log?: (line: string) => void;
  /** For tests; normally MAX_UPLOAD_BYTES (512 MiB). */
  uploadLimitBytes?: number;
}

export interface RunningHost {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

/** Loopback only: the host must never be reachable from the network. */
const BIND_ADDRESS = '127.0.0.1';

function plain(res: ServerResponse, status: number, text: string, extra = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function serveStatic(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
) {
  const file = resolveStaticPath(root, pathname);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    plain(res, 404, 'Not found.');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? newToken();
  const log = opts.log ?? (() => undefined);
  let port = 0;
  const staging = new UploadStaging(opts.uploadLimitBytes);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    // The base is a constant so a hostile Host header cannot influence URL parsing.
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const decision: GuardDecision = guardRequest(
      {
        method,
        pathname: url.pathname,
        queryToken: url.searchParams.get('token'),
        host: req.headers.host,
        origin: req.headers.origin,
        secFetchSite: headerValue(req.headers['sec-fetch-site']),
        cookieToken: readCookie(req.headers.cookie, sessionCookieName(port)),
        authorization: req.headers.authorization,
      },
      { port, token },
    );
    if (!decision.allow) {
      log(`refused ${method} ${url.pathname} (${decision.reason})`);
      plain(res, 403, 'Forbidden.'); // no detail: the reason stays in our log
      return;
    }
    if (decision.via === 'query') {
      url.searchParams.delete('token');
      const clean = `${url.pathname}${url.search}`;
      plain(res, 303, 'See other.', { Location: clean, 'Set-Cookie': sessionCookie(port, token) });
      return;
    }
    const route = routeRequest(method, url.pathname);
    switch (route.kind) {
      case 'call':
        await handleCall(opts.service, route.name, req, res);
        return;
      case 'events':
        handleEvents(opts.service, req, res);
        return;
      case 'upload':
        await handleUpload(staging, req, res);
        return;
      case 'static':
        await serveStatic(opts.rendererDir, req, res, url.pathname);
        return;
      case 'method_not_allowed':
        plain(res, 405, 'Method not allowed.', { Allow: route.allow });
        return;
      case 'not_found':
        plain(res, 404, 'Not found.');
        return;
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`error on ${req.method ?? '?'} ${req.url ?? '?'}: ${String(err)}`);
      if (!res.headersSent) plain(res, 500, 'Internal error.');
      else res.destroy();
    });
  });
  // Slow-loris protection without cutting the long-lived SSE stream (requestTimeout applies
  // only until the request has been received).
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, BIND_ADDRESS, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://${BIND_ADDRESS}:${port}/?token=${token}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // SSE streams would otherwise keep close() waiting forever
      });
      await staging.dispose();
    },
  };
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
