import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpApi } from '../../../renderer/api/http-bridge';

afterEach(() => vi.unstubAllGlobals());

describe('HTTP bridge', () => {
  it('posts the input as JSON to /api/call/<name> and returns the Result', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(new Response(JSON.stringify({ ok: true, value: null }), { status: 200 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const result = await createHttpApi()['case.open']({ path: '/c/a.kimb' });
    expect(result).toEqual({ ok: true, value: null });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/call/case.open',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ path: '/c/a.kimb' }),
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  });

  it('turns transport failures into { code, message } data', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await createHttpApi()['app.info']({})).toMatchObject({
      ok: false,
      error: { code: 'host_unreachable' },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('Forbidden.', { status: 403 })));
    expect(await createHttpApi()['app.info']({})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html>', { status: 502 })));
    expect(await createHttpApi()['app.info']({})).toMatchObject({
      ok: false,
      error: { code: 'host_error' },
    });
  });
});
