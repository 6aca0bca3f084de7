// The real host on a real port with the real service: what a browser (or an attacker's page)
// would actually get back.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reply, type SendOptions, sendTo } from '../../helpers/http-send';
import { type RunningHost, startHost } from '../../../main/host';
import { KimberliteService } from '../../../main/service';

let dir: string;
let host: RunningHost;
let service: KimberliteService;

function send(path: string, opts: SendOptions = {}): Promise<Reply> {
  return sendTo(host.port, path, { method: 'GET', ...opts });
}

const auth = () => ({ Authorization: `Bearer ${host.token}` });
const callHeaders = () => ({ ...auth(), 'Content-Type': 'application/json' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kimb-host-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  service = new KimberliteService({
    settingsDir: join(dir, 'settings'),
    defaultCaseDir: dir,
    user: 'tester',
    transport: 'http',
  });
  host = await startHost({ service, rendererDir: renderer, port: 0 });
});

afterAll(async () => {
  await host.close();
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser host refusals', () => {
  it('listens on loopback with a token URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('403 without a token, on pages and on the API, with no detail', async () => {
    const page = await send('/');
    expect(page.status).toBe(403);
    expect(page.body).toBe('Forbidden.');
    const call = await send('/api/call/app.info', { method: 'POST', body: '{}' });
    expect(call.status).toBe(403);
    expect((await send('/api/events')).status).toBe(403);
  });

  it('403 for a wrong Host header even with the token (DNS rebinding)', async () => {
    const r = await send('/api/call/app.info', {
      method: 'POST',
      headers: { ...callHeaders(), Host: `rebind.example:${host.port}` },
      body: '{}',
    });
    expect(r.status).toBe(403);
  });

  it('403 for a foreign Origin even with the token', async () => {
    const r = await send('/api/call/app.info', {
      method: 'POST',
      headers: { ...callHeaders(), Origin: 'http://evil.example' },
      body: '{}',
    });
    expect(r.status).toBe(403);
  });

  it('every response carries the security headers, refusals included', async () => {
    const r = await send('/');
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['cache-control']).toBe('no-store');
  });
});

describe('browser host with the token', () => {
  it('?token= sets an HttpOnly SameSite=Strict cookie and redirects to a clean URL', async () => {
    const r = await send(`/?token=${host.token}`);
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/');
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send('/', { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('serves static files with their type and never leaves the renderer folder', async () => {
    const js = await send('/assets/app.js', { headers: auth() });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const r = await send(p, { headers: auth() });
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('do not serve');
    }
  });

  it('round-trips a call as the service Result', async () => {
    const r = await send('/api/call/app.info', {
      method: 'POST',
      headers: callHeaders(),
      body: '{}',
    });
    expect(r.status).toBe(200);
    const result = JSON.parse(r.body) as {
      ok: boolean;
      value: { transport: string; user: string };
    };
    expect(result).toMatchObject({ ok: true, value: { transport: 'http', user: 'tester' } });
  });

  it('answers non-JSON with invalid_input and oversized bodies with 413', async () => {
    const bad = await send('/api/call/case.open', {
      method: 'POST',
      headers: callHeaders(),
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const form = await send('/api/call/app.info', {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const big = await send('/api/call/case.open', {
      method: 'POST',
      headers: callHeaders(),
      body: JSON.stringify({ path: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    // Without Content-Length (chunked), the limit is enforced while reading.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/call/case.open',
          method: 'POST',
          headers: { Host: `127.0.0.1:${host.port}`, ...callHeaders() },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 20; i++) req.write(chunk);
      req.end();
    });
    expect(chunked).toBe(413);
  });

  it('passes service errors through as data', async () => {
    const r = await send('/api/call/no.such', {
      method: 'POST',
      headers: callHeaders(),
      body: '{}',
    });
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    const bad = await send('/api/call/case.open', {
      method: 'POST',
      headers: callHeaders(),
      body: JSON.stringify({ path: 42 }),
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('pushes case.changed over SSE after case.create', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${host.port}`, ...auth() },
        },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            if (buffer.includes('event: case.changed')) {
              resolve(buffer);
              req.destroy();
            }
          });
          // Once the stream is open, create a case through the HTTP API.
          void send('/api/call/case.create', {
            method: 'POST',
            headers: callHeaders(),
            body: JSON.stringify({ path: 'sse.kimb', title: 'SSE case' }),
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const text = await received;
    const data = /event: case\.changed\ndata: (.*)\n/.exec(text)?.[1] ?? 'null';
    expect(JSON.parse(data)).toMatchObject({ title: 'SSE case', documentCount: 0 });
  });
});
