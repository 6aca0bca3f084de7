// An in-memory KimberliteApi for renderer unit tests: no server, no window, same types.
import type {
  AuditEntry,
  CaseSummary,
  DocumentSummary,
  EventName,
  EventPayload,
  JobProgress,
  KimberliteApi,
  PageSummary,
  RecentCase,
  Result,
  TemplateSummary,
} from '../../preload/contract';

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
const fail = <T>(code: string, message: string): Promise<Result<T>> =>
  Promise.resolve({ ok: false, error: { code, message } });

export interface FakeApi extends KimberliteApi {
  /** Every call made, in order, for assertions. */
  readonly calls: { name: string; input: unknown }[];
  /** Pushes an event to the listeners, as the service would. */
  push<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** The documents `documents.list` answers with; tests edit it, then push documents.changed. */
  readonly documents: DocumentSummary[];
  /** Pages per document id, for `documents.pages`. */
  readonly pages: Map<number, PageSummary[]>;
  /** Jobs by id, for `jobs.list` and `jobs.cancel`; `documents.add` queues one here. */
  readonly jobs: Map<number, JobProgress>;
  /** What `templates.list` answers; `templates.delete` removes from it. */
  readonly templates: TemplateSummary[];
}

/** A 1×1 grey PNG: enough for an <img> to load without a server. */
export const FAKE_THUMBNAIL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGO4BwAA6wDqLyxu4AAAAABJRU5ErkJggg==';

export function createFakeApi(
  options: {
    nativeDialogs?: boolean;
    transport?: 'ipc' | 'http';
    files?: string[];
    /** What `dialog.pickDocuments` answers under native dialogs ([] = the user cancelled). */
    picked?: string[];
  } = {},
): FakeApi {
  const documents: DocumentSummary[] = [];
  const pages = new Map<number, PageSummary[]>();
  const jobs = new Map<number, JobProgress>();
  let nextJobId = 1;
  const files = new Map<string, CaseSummary>();
  const recent: RecentCase[] = [];
  const audit: AuditEntry[] = [];
  const templates: TemplateSummary[] = [];
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
    documents,
    pages,
    jobs,
    templates,
    'app.info': (input) => {
      record('app.info', input);
      return ok({
        name: 'Kimberlite',
        version: '0.0.0-test',
        transport: options.transport ?? ('http' as const),
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
    'documents.list': () => ok(documents.map((d) => ({ ...d }))),
    'documents.add': (input) => {
      record('documents.add', input);
      if (!current) return fail('no_case_open', 'Open a case first.');
      const job: JobProgress = {
        jobId: nextJobId++,
        kind: 'ingest',
        state: 'queued',
        step: 'Waiting',
        done: 0,
        total: 0,
        etaSeconds: null,
        file: null,
      };
      jobs.set(job.jobId, job);
      push('job.progress', { ...job });
      return ok({ jobId: job.jobId });
    },
    'documents.pages': (input) => {
      record('documents.pages', input);
      const found = pages.get(input.documentId);
      return found
        ? ok(found.map((p) => ({ ...p })))
        : fail('document_not_found', `No document ${input.documentId}.`);
    },
    'documents.thumbnail': (input) => {
      record('documents.thumbnail', input);
      return pages.get(input.documentId)?.some((p) => p.pageNo === input.pageNo)
        ? ok(FAKE_THUMBNAIL)
        : fail('document_not_found', `No page ${input.pageNo} of document ${input.documentId}.`);
    },
    'dialog.pickDocuments': (input) => {
      record('dialog.pickDocuments', input);
      return options.nativeDialogs
        ? ok([...(options.picked ?? ['/picked/invoice.pdf'])])
        : fail('unsupported', 'No dialogs.');
    },
    'jobs.list': () => ok([...jobs.values()].map((j) => ({ ...j }))),
    'jobs.cancel': (input) => {
      record('jobs.cancel', input);
      const job = jobs.get(input.jobId);
      if (!job) return fail('job_not_found', `No job ${input.jobId}.`);
      job.state = 'cancelled';
      job.etaSeconds = null;
      push('job.progress', { ...job });
      return ok(null);
    },
    'audit.list': () => ok([...audit]),
    // Reading a box needs the stored words: the fake only lists and deletes (tests seed it).
    'templates.learn': (input) => {
      record('templates.learn', input);
      return fail('unsupported', 'The fake client cannot read boxes.');
    },
    'templates.list': (input) => {
      record('templates.list', input);
      return ok(
        templates.filter((t) => !input.documentType || t.documentType === input.documentType),
      );
    },
    'templates.delete': (input) => {
      record('templates.delete', input);
      const at = templates.findIndex((t) => t.id === input.id);
      if (at < 0) return fail('template_not_found', `No template ${input.id}.`);
      templates.splice(at, 1);
      return ok({ id: input.id, updatedDocuments: [] });
    },
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
