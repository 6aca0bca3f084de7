// The one object behind every surface: Electron IPC, the browser host and the CLI call it,
// so behaviour is identical everywhere. It implements preload/contract.ts.
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
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
import { listDocuments } from './casefile/queries/documents';
import { caseCounts, getMeta, listReviewers } from './casefile/queries/meta';
import { ServiceError, toAppError } from './service-error';
import { RecentCases } from './settings/recent-cases';

/** Native file dialogs, provided by the Electron shell only. */
export interface DialogPort {
  pickNewCasePath(suggestedName: string): Promise<string | null>;
  pickExistingCasePath(): Promise<string | null>;
}

export interface ServiceOptions {
  settingsDir: string;
  defaultCaseDir: string;
  user: string;
  transport: 'ipc' | 'http';
  dialogs?: DialogPort;
  nativeBinding?: string;
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

  constructor(private readonly opts: ServiceOptions) {
    this.recent = new RecentCases(opts.settingsDir);
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

  close(): void {
    this.db?.close();
    this.db = null;
    this.casePath = null;
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

  private adopt(db: Database, path: string): CaseSummary {
    this.close();
    this.db = db;
    this.casePath = path;
    const summary = this.summary();
    this.recent.remember(path, summary.title);
    this.emit('case.changed', summary);
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
      const db = createCaseFile(full, {
        title,
        actor: this.opts.user,
        appVersion: APP_VERSION,
        nativeBinding: this.opts.nativeBinding,
      });
      return this.adopt(db, full);
    },
    'case.open': ({ path }) => {
      const full = resolve(this.opts.defaultCaseDir, path);
      const db = openCaseFile(full, { nativeBinding: this.opts.nativeBinding });
      return this.adopt(db, full);
    },
    'case.close': () => {
      const wasOpen = this.db !== null;
      this.close();
      if (wasOpen) this.emit('case.changed', null);
      return null;
    },
    'case.current': () => (this.db ? this.summary() : null),
    'case.recent': () => this.recent.list(),
    'documents.list': () => listDocuments(this.requireCase()),
    'audit.list': ({ offset, limit }) => listAudit(this.requireCase(), offset, limit),
    'dialog.pickNewCasePath': ({ suggestedName }) => this.dialogs().pickNewCasePath(suggestedName),
    'dialog.pickExistingCasePath': () => this.dialogs().pickExistingCasePath(),
  };

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
