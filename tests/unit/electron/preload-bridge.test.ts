// The preload against a stand-in electron: it exposes exactly the contract's named calls and
// `on` (plus the drop-path helper), routes every call through the one channel, and never
// leaks the IPC event to the page.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type FilePathsBridge, type KimberliteApi, callNames } from '../../../preload/contract';

type EventListener = (event: unknown, name: unknown, payload: unknown) => void;

const h = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: [] as [string, EventListener][],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => h.exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      h.invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, fn: EventListener) => h.listeners.push([channel, fn]),
  },
  webUtils: { getPathForFile: (file: File) => `/home/auditor/drop/${file.name}` },
}));

let api: KimberliteApi;
const emit = (name: unknown, payload: unknown) => {
  for (const [, fn] of h.listeners) fn({ sender: 'ipcRenderer' }, name, payload);
};

beforeAll(async () => {
  await import('../../../preload/index');
  api = h.exposed.get('kimberlite') as KimberliteApi;
});

describe('preload bridge', () => {
  it('exposes one object with the named calls and on, nothing else', () => {
    expect([...h.exposed.keys()]).toEqual(['kimberlite', 'kimberliteFiles']);
    expect(Object.keys(api).sort()).toEqual([...callNames, 'on'].sort());
    expect(h.listeners.map(([channel]) => channel)).toEqual(['kimberlite:event']);
  });

  it('sends every call through kimberlite:call with its name', async () => {
    await api['case.open']({ path: 'x.kimb' });
    await api['app.info']({});
    expect(h.invoked).toEqual([
      ['kimberlite:call', 'case.open', { path: 'x.kimb' }],
      ['kimberlite:call', 'app.info', {}],
    ]);
  });

  it('delivers only the payload of the subscribed event, until unsubscribed', () => {
    const got: unknown[] = [];
    const off = api.on('case.changed', (payload) => got.push(payload));
    emit('case.changed', null);
    emit('menu.command', 'new-case');
    emit('not.an.event', 1);
    off();
    emit('case.changed', null);
    expect(got).toEqual([null]);
  });

  it('gives a dropped file its path through webUtils, and nothing for anything else', () => {
    const files = h.exposed.get('kimberliteFiles') as FilePathsBridge;
    expect(Object.keys(files)).toEqual(['pathOf']);
    expect(files.pathOf(new File(['x'], 'kp.pdf'))).toBe('/home/auditor/drop/kp.pdf');
    const forged: unknown = { name: 'forged.pdf' }; // what a page could pass instead
    expect(files.pathOf(forged as File)).toBe('');
  });

  it('refuses unknown event names', () => {
    expect(() => api.on('nope' as 'case.changed', () => undefined)).toThrow(/Unknown event/);
  });
});
