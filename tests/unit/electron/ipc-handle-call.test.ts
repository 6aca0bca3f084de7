import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FORBIDDEN, handleCall } from '../../../main/electron/ipc/handle-call';
import { type SenderInfo, isTrustedSender } from '../../../main/electron/ipc/trusted-sender';
import { APP_ORIGIN, trustedOrigins } from '../../../main/electron/security/app-origin';
import { KimberliteService } from '../../../main/service';
import { ErrorCode } from '../../../preload/contract';

const origins = [APP_ORIGIN];
const good: SenderInfo = {
  frameUrl: 'app://kimberlite/index.html',
  isMainFrame: true,
  fromAppWindow: true,
};

describe('isTrustedSender', () => {
  it('trusts the main frame of our window on our origin', () => {
    expect(isTrustedSender(good, origins)).toBe(true);
    expect(isTrustedSender({ ...good, frameUrl: 'app://kimberlite/#/case' }, origins)).toBe(true);
  });

  it.each<[string, Partial<SenderInfo>]>([
    ['a subframe', { isMainFrame: false }],
    ['another webContents', { fromAppWindow: false }],
    ['a disposed frame', { frameUrl: null }],
    ['a page that navigated away', { frameUrl: 'https://evil.example/' }],
    ['a file:// page', { frameUrl: 'file:///tmp/x.html' }],
    ['a data: page', { frameUrl: 'data:text/html,hi' }],
    ['about:blank', { frameUrl: 'about:blank' }],
    ['a look-alike host', { frameUrl: 'app://kimberlite.evil/index.html' }],
    ['the dev server in production', { frameUrl: 'http://localhost:5173/' }],
  ])('refuses %s', (_label, change) => {
    expect(isTrustedSender({ ...good, ...change }, origins)).toBe(false);
  });

  it('trusts the dev server only when it is configured (unpackaged)', () => {
    const dev = trustedOrigins('http://localhost:5173', false);
    expect(isTrustedSender({ ...good, frameUrl: 'http://localhost:5173/' }, dev)).toBe(true);
    expect(
      isTrustedSender({ ...good, frameUrl: 'http://localhost:5173/', isMainFrame: false }, dev),
    ).toBe(false);
  });
});

describe('handleCall (the kimberlite:call handler body)', () => {
  let dir: string;
  let service: KimberliteService;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kimb-ipc-'));
    mkdirSync(join(dir, 'cases')); // the shell creates the default case folder at start-up
    service = new KimberliteService({
      settingsDir: join(dir, 'settings'),
      defaultCaseDir: join(dir, 'cases'),
      user: 'tester',
      transport: 'ipc',
    });
  });
  afterEach(async () => {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an untrusted sender without calling the service', async () => {
    const dispatch = vi.spyOn(service, 'dispatch');
    const result = await handleCall(
      service,
      { ...good, isMainFrame: false },
      origins,
      'app.info',
      {},
    );
    expect(result.ok ? null : result.error.code).toBe(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers a trusted call', async () => {
    const result = await handleCall(service, good, origins, 'app.info', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ transport: 'ipc', user: 'tester' });
  });

  it.each<[string, unknown, unknown, string]>([
    ['an unknown call', 'fs.readFile', {}, ErrorCode.unknownCall],
    ['a non-string call name', 42, {}, ErrorCode.unknownCall],
    ['a prototype key as call name', '__proto__', {}, ErrorCode.unknownCall],
    ['a path of the wrong type', 'case.open', { path: 42 }, ErrorCode.invalidInput],
    ['an empty path', 'case.open', { path: '' }, ErrorCode.invalidInput],
    ['extra keys', 'case.open', { path: 'x.kimb', evil: true }, ErrorCode.invalidInput],
    ['a string payload', 'case.create', 'x.kimb', ErrorCode.invalidInput],
    ['a blank title', 'case.create', { path: 'x.kimb', title: '   ' }, ErrorCode.invalidInput],
    ['an out-of-range limit', 'audit.list', { limit: 1_000_000 }, ErrorCode.invalidInput],
    ['input to a call that takes none', 'app.info', { x: 1 }, ErrorCode.invalidInput],
  ])('rejects %s as data', async (_label, name, payload, code) => {
    const result = await handleCall(service, good, origins, name, payload);
    expect(result.ok ? null : result.error.code).toBe(code);
    if (!result.ok) expect(result.error.message).not.toBe('');
  });

  it('creates and reopens a case through the handler', async () => {
    const created = await handleCall(service, good, origins, 'case.create', {
      path: 'first.kimb',
      title: 'First shipment',
    });
    expect(created).toMatchObject({ ok: true });
    await handleCall(service, good, origins, 'case.close', {});
    const reopened = await handleCall(service, good, origins, 'case.open', { path: 'first.kimb' });
    expect(reopened).toMatchObject({ ok: true, value: { title: 'First shipment' } });
  });

  it('turns a throwing service into an error result', async () => {
    const broken = { dispatch: () => Promise.reject(new Error('boom')) };
    const result = await handleCall(broken, good, origins, 'app.info', {});
    expect(result).toEqual({
      ok: false,
      error: { code: ErrorCode.internal, message: 'Internal error.' },
    });
  });
});
