// The one object behind every surface: Electron IPC, the browser host and the CLI call it,
// so behaviour is identical everywhere. It implements preload/contract.ts.
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import {
  type CallInput,
  type CallName,
  type CallOutput,
  type CaseSummary,
  ErrorCode,
  type EventName,
  type EventPayload,
  type Result,
  calls,
} from '../preload/contract';
import { APP_NAME, APP_VERSION } from './app-version';
import { createCaseFile, openCaseFile } from './casefile/open-case-file';
import { schemaVersion } from './casefile/migrate';
import { listAudit } from './casefile/queries/audit';
import { documentExists, documentOriginal, listDocuments } from './casefile/queries/documents';
import { caseCounts, getMeta, listReviewers } from './casefile/queries/meta';
import { hasPage, listPages, pageThumbnail, setPageThumbnail } from './casefile/queries/pages';
import { listTemplates } from './casefile/queries/templates';
import { IngestEngine } from './ingest/ingest-engine';
import type { MediaType } from './ingest/sniff';
import { JobRegistry } from './jobs/job-registry';
import { ServiceError, toAppError } from './service-error';
import { RecentCases } from './settings/recent-cases';
import { forgetTemplate, summarise, teachTemplate } from './templates/teach-template';

/** Native file dialogs, provided by the Electron shell only. */
export interface DialogPort {
  pickNewCasePath(suggestedName: string): Promise<string | null>;
  pickExistingCasePath(): Promise<string | null>;
  pickDocuments(): Promise<string[]>;
}

export interface ServiceOptions {
  settingsDir: string;
  defaultCaseDir: string;
  user: string;
  transport: 'ipc' | 'http';
  dialogs?: DialogPort;
  nativeBinding?: string;
  /** OCR workers; default one per core as memory allows. */
  ocrWorkers?: number;
}

type ParsedInput<N extends CallName> = z.output<(typeof calls)[N]['input']>;
type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;
};

export class KimberliteService {
  private db: Database | null = null;
  private casePath: string | null = null;
  private readonly events = new EventEmitter();
  private readonly recent: RecentCases;
  private readonly jobs = new JobRegistry((p) => {
    this.emit('job.progress', p);
    if (p.state !== 'running') {
      this.emit('documents.changed', null);
      if (this.db) this.emit('case.changed', this.summary()); // counts moved
    }
  });
  private readonly ingest: IngestEngine;

  constructor(private readonly opts: ServiceOptions) {
    this.recent = new RecentCases(opts.settingsDir);
    this.ingest = new IngestEngine(this.jobs, {
      actor: opts.user,
      onFile: () => this.emit('documents.changed', null),
      ...(opts.ocrWorkers ? { poolSize: opts.ocrWorkers } : {}),
    });
  }

  /** Parses `payload` against the contract, runs the call and never throws. */
  async dispatch(name: unknown, payload: unknown): Promise<Result<unknown>> {
    if (typeof name !== 'string' || !Object.hasOwn(calls, name)) {
      return {
        ok: false,
        error: { code: ErrorCode.unknownCall, message: `Unknown call ${JSON.stringify(name)}.` },
      };
    }
    try {
      const callName = name as CallName;
      const spec = calls[callName];
      const input: unknown = spec.input.parse(payload ?? {});
      const handler = this.handlers[callName] as (i: unknown) => unknown;
      const value: unknown = await handler(input);
      return { ok: true, value: spec.output.parse(value) };
    } catch (err) {
      return { ok: false, error: toAppError(err) };
    }
  }

  /** Typed convenience for in-process callers (CLI, tests). */
  async call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>> {
    return (await this.dispatch(name, input)) as Result<CallOutput<N>>;
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    this.events.on(event, listener);
    return () => this.events.off(event, listener);
  }

  /** Any push event, for transports that forward them all (IPC, SSE). */
  onAny(listener: (event: EventName, payload: unknown) => void): () => void {
    const forward = (event: EventName, payload: unknown) => listener(event, payload);
    this.events.on('*', forward);
    return () => this.events.off('*', forward);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.events.emit(event, payload);
    this.events.emit('*', event, payload);
  }

  /** Closes the open case, first stopping its jobs (they resume when it is opened again). */
  async closeCase(): Promise<void> {
    await this.jobs.stopAll();
    this.db?.close();
    this.db = null;
    this.casePath = null;
  }

  /** Closes the case and ends every worker thread: call before the process exits. */
  async close(): Promise<void> {
    await this.closeCase();
    await this.ingest.shutdown();
  }

  private requireCase(): Database {
    if (!this.db) throw new ServiceError(ErrorCode.noCaseOpen, 'No case is open.');
    return this.db;
  }

  private summary(): CaseSummary {
    const db = this.requireCase();
    return {
      path: this.casePath ?? '',
      title: getMeta(db, 'title') ?? '',
      createdAt: getMeta(db, 'created_at') ?? '',
      appVersion: getMeta(db, 'app_version') ?? '',
      schemaVersion: schemaVersion(db),
      reviewers: listReviewers(db),
      ...caseCounts(db),
    };
  }

  private async adopt(open: () => Database, path: string): Promise<CaseSummary> {
    await this.closeCase();
    const db = open();
    this.db = db;
    this.casePath = path;
    const summary = this.summary();
    this.recent.remember(path, summary.title);
    this.emit('case.changed', summary);
    this.ingest.resumeInterrupted(db);
    return summary;
  }

  private readonly handlers: Handlers = {
    'app.info': () => ({
      name: APP_NAME,
      version: APP_VERSION,
      transport: this.opts.transport,
      nativeDialogs: this.opts.dialogs !== undefined,
      defaultCaseDir: this.opts.defaultCaseDir,
      user: this.opts.user,
    }),
    'case.create': ({ path, title }) => {
      const full = resolve(this.opts.defaultCaseDir, path);
      return this.adopt(() => {
        mkdirSync(dirname(full), { recursive: true });
        return createCaseFile(full, {
          title,
          actor: this.opts.user,
          appVersion: APP_VERSION,
          nativeBinding: this.opts.nativeBinding,
        });
      }, full);
    },
    'case.open': ({ path }) => {
      const full = resolve(this.opts.defaultCaseDir, path);
      return this.adopt(() => openCaseFile(full, { nativeBinding: this.opts.nativeBinding }), full);
    },
    'case.close': async () => {
      const wasOpen = this.db !== null;
      await this.closeCase();
      if (wasOpen) this.emit('case.changed', null);
      return null;
    },
    'case.current': () => (this.db ? this.summary() : null),
    'case.recent': () => this.recent.list(),
    'documents.list': () => listDocuments(this.requireCase()),
    'audit.list': ({ offset, limit }) => listAudit(this.requireCase(), offset, limit),
    'dialog.pickNewCasePath': ({ suggestedName }) => this.dialogs().pickNewCasePath(suggestedName),
    'dialog.pickExistingCasePath': () => this.dialogs().pickExistingCasePath(),
    'dialog.pickDocuments': () => this.dialogs().pickDocuments(),
    'documents.add': ({ paths, password, langs }) => {
      const db = this.requireCase();
      const full = paths.map((p) => resolve(this.opts.defaultCaseDir, p));
      const { jobId } = this.ingest.add(db, { paths: full, ...(langs ? { langs } : {}) }, password);
      return { jobId };
    },
    'documents.pages': ({ documentId }) => {
      const db = this.requireCase();
      this.requireDocument(db, documentId);
      return listPages(db, documentId);
    },
    'documents.thumbnail': async ({ documentId, pageNo }) => {
      const db = this.requireCase();
      if (!hasPage(db, documentId, pageNo)) {
        throw new ServiceError(
          ErrorCode.documentNotFound,
          `Document ${documentId} has no page ${pageNo}.`,
        );
      }
      let png = pageThumbnail(db, documentId, pageNo);
      if (!png) {
        const original = documentOriginal(db, documentId);
        if (!original) {
          throw new ServiceError(ErrorCode.documentNotFound, `There is no document ${documentId}.`);
        }
        png = await this.ingest.thumbnail(original.bytes, original.mediaType as MediaType, pageNo);
        // Derived from the original, so kept without an audit entry; rebuildable at any time.
        if (this.db === db) setPageThumbnail(db, documentId, pageNo, png);
      }
      return `data:image/png;base64,${png.toString('base64')}`;
    },
    'templates.learn': ({ documentId, documentType, field, pageNo, box }) => {
      const db = this.requireCase();
      const r = teachTemplate(
        db,
        { documentId, type: documentType, field, pageNo, box },
        this.opts.user,
      );
      this.emit('documents.changed', null);
      this.emit('case.changed', this.summary()); // one more audit entry
      return r;
    },
    'templates.list': ({ documentType }) =>
      listTemplates(this.requireCase(), documentType).map(summarise),
    'templates.delete': ({ id }) => {
      const db = this.requireCase();
      const updatedDocuments = forgetTemplate(db, id, this.opts.user);
      this.emit('documents.changed', null);
      this.emit('case.changed', this.summary());
      return { id, updatedDocuments };
    },
    'jobs.list': () => this.jobs.list(),
    'jobs.cancel': ({ jobId }) => {
      if (!this.jobs.cancel(jobId)) {
        throw new ServiceError(ErrorCode.jobNotFound, `No running job ${jobId}.`);
      }
      return null;
    },
  };

  private requireDocument(db: Database, documentId: number): void {
    if (!documentExists(db, documentId)) {
      throw new ServiceError(
        ErrorCode.documentNotFound,
        `There is no document ${documentId} in this case.`,
      );
    }
  }

  private dialogs(): DialogPort {
    if (!this.opts.dialogs) {
      throw new ServiceError(
        ErrorCode.unsupported,
        'File dialogs are only available in the desktop app; type a path instead.',
      );
    }
    return this.opts.dialogs;
  }
}
