// An in-memory KimberliteApi for renderer unit tests: no server, no window, same types.
import type {
  AuditEntry,
  CaseSummary,
  EventName,
  EventPayload,
  KimberliteApi,
  RecentCase,
  Result,
} from '../../preload/contract';

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
const fail = <T>(code: string, message: string): Promise<Result<T>> =>
  Promise.resolve({ ok: false, error: { code, message } });

export interface FakeApi extends KimberliteApi {
  /** Every call made, in order, for assertions. */
  readonly calls: { name: string; input: unknown }[];
  /** Pushes an event to the listeners, as the service would. */
  push<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export function createFakeApi(
  options: { nativeDialogs?: boolean; files?: string[] } = {},
): FakeApi {
  const files = new Map<string, CaseSummary>();
  const recent: RecentCase[] = [];
  const audit: AuditEntry[] = [];
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  const calls: { name: string; input: unknown }[] = [];
  let current: CaseSummary | null = null;

  const push = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  const record = (name: string, input: unknown) => calls.push({ name, input });
  const adopt = (summary: CaseSummary) => {
    current = summary;
    const at = new Date().toISOString();
    recent.unshift({ path: summary.path, title: summary.title, openedAt: at, exists: true });
    push('case.changed', summary);
    return ok(summary);
  };

  return {
    calls,
    push,
    'app.info': (input) => {
      record('app.info', input);
      return ok({
        name: 'Kimberlite',
        version: '0.0.0-test',
        transport: 'http' as const,
        nativeDialogs: options.nativeDialogs ?? false,
        defaultCaseDir: '/cases',
        user: 'tester',
      });
    },
    'case.create': (input) => {
      record('case.create', input);
      if (files.has(input.path)) return fail('case_exists', `${input.path} already exists.`);
      const at = new Date().toISOString();
      const summary: CaseSummary = {
        path: input.path,
        title: input.title,
        createdAt: at,
        appVersion: '0.0.0-test',
        schemaVersion: 1,
        reviewers: ['tester'],
        documentCount: 0,
        pageCount: 0,
        shipmentCount: 0,
        findingCount: 0,
        auditEntryCount: 1,
      };
      files.set(input.path, summary);
      audit.push({ seq: 1, at, actor: 'tester', action: 'case.created', payload: {}, hash: 'x' });
      return adopt(summary);
    },
    'case.open': (input) => {
      record('case.open', input);
      const summary = files.get(input.path);
      return summary ? adopt(summary) : fail('case_not_found', `${input.path} does not exist.`);
    },
    'case.close': (input) => {
      record('case.close', input);
      current = null;
      push('case.changed', null);
      return ok(null);
    },
    'case.current': () => ok(current),
    'case.recent': () => ok([...recent]),
    'documents.list': () => ok([]),
    'audit.list': () => ok([...audit]),
    'dialog.pickNewCasePath': (input) => {
      record('dialog.pickNewCasePath', input);
      return options.nativeDialogs
        ? ok(`/picked/${input.suggestedName}`)
        : fail('unsupported', 'No dialogs.');
    },
    'dialog.pickExistingCasePath': () =>
      options.nativeDialogs ? ok('/picked/existing.kimb') : fail('unsupported', 'No dialogs.'),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const l = listener as (p: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
  };
}
