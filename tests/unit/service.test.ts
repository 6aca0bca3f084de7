import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../preload/contract';
import { KimberliteService, type ServiceOptions } from '../../main/service';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const services: KimberliteService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
});

function makeService(extra: Partial<ServiceOptions> = {}) {
  const dir = tempDir();
  const service = new KimberliteService({
    settingsDir: join(dir, 'settings'),
    defaultCaseDir: dir,
    user: 'ana',
    transport: 'http',
    ...extra,
  });
  services.push(service);
  return { service, dir };
}

describe('KimberliteService', () => {
  it('creates, closes, lists as recent and reopens a case', async () => {
    const { service, dir } = makeService();
    const created = await service.call('case.create', { path: 'mission.kimb', title: 'Mission' });
    expect(created).toMatchObject({
      ok: true,
      value: {
        path: join(dir, 'mission.kimb'),
        title: 'Mission',
        reviewers: ['ana'],
        auditEntryCount: 1,
      },
    });
    expect(await service.call('case.close', {})).toEqual({ ok: true, value: null });
    expect(await service.call('case.current', {})).toEqual({ ok: true, value: null });
    const recent = await service.call('case.recent', {});
    expect(recent.ok && recent.value.map((r) => [r.title, r.exists])).toEqual([['Mission', true]]);
    const reopened = await service.call('case.open', { path: join(dir, 'mission.kimb') });
    expect(reopened.ok && reopened.value.title).toBe('Mission');
    const audit = await service.call('audit.list', {});
    expect(audit.ok && audit.value.map((e) => e.action)).toEqual(['case.created']);
    expect(await service.call('documents.list', {})).toEqual({ ok: true, value: [] });
  });

  it('pushes case.changed on create and close', async () => {
    const { service } = makeService();
    const seen: (CaseSummary | null)[] = [];
    const stop = service.on('case.changed', (s) => seen.push(s));
    await service.call('case.create', { path: 'a.kimb', title: 'A' });
    await service.call('case.close', {});
    stop();
    await service.call('case.create', { path: 'b.kimb', title: 'B' });
    expect(seen.map((s) => s?.title ?? null)).toEqual(['A', null]);
  });

  describe('answers errors as data', () => {
    it('an unknown call', async () => {
      const { service } = makeService();
      expect(await service.dispatch('case.delete', {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_call' },
      });
      expect(await service.dispatch('__proto__', {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_call' },
      });
      expect(await service.dispatch(42, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_call' },
      });
    });

    it('a payload that does not match the contract', async () => {
      const { service } = makeService();
      for (const payload of [
        null,
        'x',
        { path: 3, title: 'A' },
        { path: 'a.kimb' },
        { path: 'a.kimb', title: '  ' },
        { path: 'a.kimb', title: 'A', extra: 1 },
      ]) {
        const r = await service.dispatch('case.create', payload);
        expect(r, JSON.stringify(payload)).toMatchObject({
          ok: false,
          error: { code: 'invalid_input' },
        });
      }
    });

    it('calls that need an open case', async () => {
      const { service } = makeService();
      for (const name of ['documents.list', 'audit.list'] as const) {
        expect(await service.call(name, {})).toMatchObject({
          ok: false,
          error: { code: 'no_case_open', message: 'No case is open.' },
        });
      }
    });

    it('opening a missing or foreign file, creating over an existing one', async () => {
      const { service, dir } = makeService();
      expect(await service.call('case.open', { path: 'missing.kimb' })).toMatchObject({
        ok: false,
        error: { code: 'case_not_found' },
      });
      writeFileSync(join(dir, 'notes.kimb'), 'hello');
      expect(await service.call('case.open', { path: 'notes.kimb' })).toMatchObject({
        ok: false,
        error: { code: 'not_a_case_file' },
      });
      expect(await service.call('case.create', { path: 'notes.kimb', title: 'N' })).toMatchObject({
        ok: false,
        error: { code: 'case_exists' },
      });
    });

    it('file dialogs without a desktop shell', async () => {
      const { service } = makeService();
      expect(await service.call('dialog.pickExistingCasePath', {})).toMatchObject({
        ok: false,
        error: { code: 'unsupported' },
      });
      const info = await service.call('app.info', {});
      expect(info.ok && info.value.nativeDialogs).toBe(false);
    });
  });

  it('uses the desktop shell dialogs when given', async () => {
    const { service } = makeService({
      transport: 'ipc',
      dialogs: {
        pickNewCasePath: (name) => Promise.resolve(`/cases/${name}.kimb`),
        pickExistingCasePath: () => Promise.resolve(null),
        pickDocuments: () => Promise.resolve([]),
      },
    });
    expect(await service.call('dialog.pickNewCasePath', { suggestedName: 'x' })).toEqual({
      ok: true,
      value: '/cases/x.kimb',
    });
    expect(await service.call('dialog.pickExistingCasePath', {})).toEqual({
      ok: true,
      value: null,
    });
  });
});
