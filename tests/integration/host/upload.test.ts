// POST /api/upload on a real host: the same guards as /api/call, a byte cap, and file names
// that can only ever become one harmless segment inside the staging folder.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reply, type SendOptions, sendTo } from '../../helpers/http-send';
import { type HostedService, type RunningHost, startHost } from '../../../main/host';
import { sanitizeFileName } from '../../../main/host/upload-name';

const LIMIT = 64 * 1024;
let dir: string;
let host: RunningHost;

/** The host needs a service only for /api/call; uploads never reach it. */
const service: HostedService = {
  dispatch: () => Promise.resolve({ ok: true, value: null }),
  onAny: () => () => undefined,
};

function send(path: string, opts: SendOptions = {}): Promise<Reply> {
  return sendTo(host.port, path, { method: 'POST', tolerateHangUp: true, ...opts });
}

const upload = (name: string, body: Buffer | string, extra: Record<string, string> = {}) =>
  send('/api/upload', {
    headers: {
      Authorization: `Bearer ${host.token}`,
      'Content-Type': 'application/octet-stream',
      'X-File-Name': encodeURIComponent(name),
      ...extra,
    },
    body,
  });

function stagedPath(reply: Reply): string {
  expect(reply.status).toBe(200);
  const parsed = JSON.parse(reply.body) as { ok: true; value: { path: string } };
  expect(parsed.ok).toBe(true);
  return parsed.value.path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kimb-upload-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  host = await startHost({ service, rendererDir: join(dir, 'renderer'), uploadLimitBytes: LIMIT });
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /api/upload', () => {
  it('stores the bytes unchanged in a private staging folder and answers the path', async () => {
    const bytes = Buffer.from('%PDF-1.7\n% bytes \u00e9\n', 'utf8');
    const path = stagedPath(await upload('Facture n°12 (copie).pdf', bytes));
    expect(basename(path)).toBe('Facture n°12 (copie).pdf');
    expect(readFileSync(path)).toEqual(bytes);
    const staging = dirname(dirname(path));
    expect(relative(tmpdir(), staging).split(sep)).toHaveLength(1);
    expect(basename(staging)).toMatch(/^kimberlite-upload-/);
    if (process.platform !== 'win32') expect(statSync(staging).mode & 0o077).toBe(0);
  });

  it('keeps two uploads of the same name apart', async () => {
    const a = stagedPath(await upload('invoice.pdf', 'a'));
    const b = stagedPath(await upload('invoice.pdf', 'b'));
    expect(a).not.toBe(b);
    expect(readFileSync(a, 'utf8')).toBe('a');
    expect(readFileSync(b, 'utf8')).toBe('b');
  });

  it('never lets the name choose a folder', async () => {
    for (const name of ['../../etc/passwd', '..\\..\\boot.ini', '/abs/olute.pdf', '..', '.env']) {
      const path = stagedPath(await upload(name, 'x'));
      const staging = dirname(dirname(path));
      expect(relative(staging, path).split(sep)).toHaveLength(2);
      expect(basename(path).startsWith('.')).toBe(false);
    }
  });

  it('refuses without the token, from a foreign origin, a foreign Host or another site', async () => {
    const headers = { 'Content-Type': 'application/octet-stream', 'X-File-Name': 'a.pdf' };
    expect((await send('/api/upload', { headers, body: 'x' })).status).toBe(403);
    const withToken = { ...headers, Authorization: `Bearer ${host.token}` };
    const cases: Record<string, string>[] = [
      { Origin: 'http://evil.example' },
      { Origin: 'null' },
      { Host: `evil.example:${host.port}` },
    ];
    for (const extra of cases) {
      const r = await send('/api/upload', { headers: { ...withToken, ...extra }, body: 'x' });
      expect(r.status).toBe(403);
    }
    // The session cookie alone is not enough from another site on 127.0.0.1.
    const cookie = `kimberlite_${host.port}=${host.token}`;
    const crossSite = await send('/api/upload', {
      headers: { ...headers, Cookie: cookie, 'Sec-Fetch-Site': 'same-site' },
      body: 'x',
    });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await send('/api/upload', {
      headers: { ...headers, Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
      body: 'x',
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses form-like bodies, a missing or malformed name, and GET', async () => {
    const auth = { Authorization: `Bearer ${host.token}` };
    const form = await send('/api/upload', {
      headers: { ...auth, 'Content-Type': 'text/plain', 'X-File-Name': 'a.pdf' },
      body: 'x',
    });
    expect(form.status).toBe(415);
    const noName = await send('/api/upload', {
      headers: { ...auth, 'Content-Type': 'application/octet-stream' },
      body: 'x',
    });
    expect(noName.status).toBe(400);
    expect(JSON.parse(noName.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await upload('%E0%A4%A.pdf', 'x', { 'X-File-Name': '%E0%A4%A' })).status).toBe(400);
    const get = await send('/api/upload', { method: 'GET', headers: auth });
    expect(get.status).toBe(405);
  });

  it('refuses a body over the cap, declared or streamed, and keeps no partial file', async () => {
    const declared = await upload('big.pdf', Buffer.alloc(LIMIT + 1));
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ error: { code: 'file_too_large' } });

    // Chunked: no Content-Length, so the host has to count.
    const before = stagedPath(await upload('probe.pdf', 'x'));
    const streamed = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/upload',
          method: 'POST',
          headers: {
            Host: `127.0.0.1:${host.port}`,
            Authorization: `Bearer ${host.token}`,
            'Content-Type': 'application/octet-stream',
            'X-File-Name': 'stream.pdf',
            'Transfer-Encoding': 'chunked',
          },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') reject(err);
      });
      for (let i = 0; i < 8; i++) req.write(Buffer.alloc(LIMIT / 4));
      req.end();
    });
    expect(streamed.status).toBe(413);
    const staging = dirname(dirname(before));
    const next = Number(basename(dirname(before))) + 1;
    expect(existsSync(join(staging, String(next)))).toBe(false);
  });

  it('the default cap is 512 MiB', async () => {
    const { MAX_UPLOAD_BYTES } = await import('../../../main/host/upload');
    expect(MAX_UPLOAD_BYTES).toBe(512 * 1024 * 1024);
  });
});

describe('sanitizeFileName', () => {
  it('keeps ordinary names, including accents and spaces', () => {
    expect(sanitizeFileName('KP certificate ZA 2025-0042.pdf')).toBe(
      'KP certificate ZA 2025-0042.pdf',
    );
    expect(sanitizeFileName('Reçu – Anvers.jpeg')).toBe('Reçu – Anvers.jpeg');
  });

  it('reduces paths, control characters, reserved names and dots to one plain segment', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\x\\scan.tif')).toBe('scan.tif');
    expect(sanitizeFileName('a\u0000b\nc<d>e:f"g|h?i*j.png')).toBe('a_b_c_d_e_f_g_h_i_j.png');
    expect(sanitizeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(sanitizeFileName('.bashrc')).toBe('bashrc');
    expect(sanitizeFileName('..')).toBe('upload');
    expect(sanitizeFileName('   ')).toBe('upload');
    expect(sanitizeFileName('dir/')).toBe('upload');
  });

  it('clips long names to 180 bytes and keeps the extension', () => {
    const clipped = sanitizeFileName(`${'é'.repeat(300)}.pdf`);
    expect(clipped.endsWith('.pdf')).toBe(true);
    expect(Buffer.byteLength(clipped)).toBeLessThanOrEqual(180);
  });
});
