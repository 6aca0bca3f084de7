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

  it('queues an ingest job, reports it, and cancels it', async () => {
    const api = createFakeApi();
    const progress: string[] = [];
    api.on('job.progress', (p) => progress.push(`${p.jobId}:${p.state}`));
    expect(await api['documents.add']({ paths: ['/x.pdf'] })).toMatchObject({
      ok: false,
      error: { code: 'no_case_open' },
    });
    await api['case.create']({ path: '/c/a.kimb', title: 'A' });
    expect(await api['documents.add']({ paths: ['/x.pdf'] })).toEqual({
      ok: true,
      value: { jobId: 1 },
    });
    expect(await api['jobs.list']({})).toMatchObject({ ok: true, value: [{ state: 'queued' }] });
    expect(await api['jobs.cancel']({ jobId: 1 })).toEqual({ ok: true, value: null });
    expect(await api['jobs.cancel']({ jobId: 9 })).toMatchObject({ ok: false });
    expect(progress).toEqual(['1:queued', '1:cancelled']);
  });

  it('answers pages and thumbnails for the documents a test puts in', async () => {
    const api = createFakeApi({ nativeDialogs: true, picked: ['/a.pdf', '/b'] });
    api.pages.set(3, [
      {
        pageNo: 1,
        width: 1,
        height: 1,
        textSource: 'ocr',
        wordCount: 2,
        confidence: 0.9,
        error: null,
      },
    ]);
    expect(await api['documents.pages']({ documentId: 3 })).toMatchObject({
      ok: true,
      value: [{ pageNo: 1 }],
    });
    expect(await api['documents.pages']({ documentId: 4 })).toMatchObject({ ok: false });
    const thumb = await api['documents.thumbnail']({ documentId: 3, pageNo: 1 });
    expect(thumb.ok && thumb.value.startsWith('data:image/png;base64,')).toBe(true);
    expect(await api['documents.thumbnail']({ documentId: 3, pageNo: 2 })).toMatchObject({
      ok: false,
    });
    expect(await api['dialog.pickDocuments']({})).toEqual({ ok: true, value: ['/a.pdf', '/b'] });
    expect(await createFakeApi()['dialog.pickDocuments']({})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});
