import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../renderer/api/fake-client';

describe('fake client', () => {
  it('behaves like the service for the start-screen flow', async () => {
    const api = createFakeApi();
    const changes: unknown[] = [];
    const off = api.on('case.changed', (s) => changes.push(s?.title ?? null));
    expect(await api['case.create']({ path: '/c/a.kimb', title: 'A' })).toMatchObject({ ok: true });
    expect(await api['case.create']({ path: '/c/a.kimb', title: 'A' })).toMatchObject({
      ok: false,
      error: { code: 'case_exists' },
    });
    await api['case.close']({});
    expect(await api['case.open']({ path: '/c/missing.kimb' })).toMatchObject({ ok: false });
    off();
    await api['case.open']({ path: '/c/a.kimb' });
    expect(changes).toEqual(['A', null]);
    expect(await api['case.recent']({})).toMatchObject({
      ok: true,
      value: [{ path: '/c/a.kimb' }, { path: '/c/a.kimb' }],
    });
    expect(await api['dialog.pickNewCasePath']({ suggestedName: 'x.kimb' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});
