import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CaseFileError } from './case-file-error';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate, schemaVersion } from './migrate';
import { appendAudit } from './queries/audit';
import { addReviewer, setMeta } from './queries/meta';

/** `PRAGMA application_id` of every case file: "KIMB". Marks the file as ours. */
export const APPLICATION_ID = 0x4b494d42;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface OpenOptions {
  /** Path to a better-sqlite3 binary built for the running runtime (Electron in development). */
  nativeBinding?: string;
  readonly?: boolean;
}

export interface CreateOptions extends OpenOptions {
  title: string;
  actor: string;
  appVersion: string;
  now?: string;
}

function connect(path: string, opts: OpenOptions & { fileMustExist: boolean }): Database.Database {
  return new Database(path, {
    fileMustExist: opts.fileMustExist,
    readonly: opts.readonly ?? false,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

/** Creates a new, empty case file; refuses to overwrite anything at `path`. */
export function createCaseFile(path: string, opts: CreateOptions): Database.Database {
  if (existsSync(path)) {
    throw new CaseFileError('case_exists', `${path} already exists; choose another name.`);
  }
  const db = connect(path, { ...opts, fileMustExist: false });
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    applyPragmas(db);
    migrate(db);
    const at = opts.now ?? new Date().toISOString();
    db.transaction(() => {
      setMeta(db, 'title', opts.title);
      setMeta(db, 'created_at', at);
      setMeta(db, 'created_by', opts.actor);
      setMeta(db, 'app_version', opts.appVersion);
      addReviewer(db, opts.actor, at);
      appendAudit(db, {
        actor: opts.actor,
        action: 'case.created',
        payload: { title: opts.title, appVersion: opts.appVersion },
        at,
      });
    })();
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens an existing case file. Everything that could refuse it is checked on a read-only
 * connection first, so a foreign or newer file is never modified.
 */
export function openCaseFile(path: string, opts: OpenOptions = {}): Database.Database {
  if (!existsSync(path)) throw new CaseFileError('case_not_found', `${path} does not exist.`);
  if (!statSync(path).isFile() || readHeader(path) !== SQLITE_MAGIC) {
    throw new CaseFileError('not_a_case_file', `${path} is not a Kimberlite case file.`);
  }
  const probe = connect(path, { ...opts, readonly: true, fileMustExist: true });
  try {
    const appId = probe.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new CaseFileError(
        'not_a_case_file',
        `${path} is an SQLite database but not a Kimberlite case file.`,
      );
    }
    const version = schemaVersion(probe);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new CaseFileError(
        'case_too_new',
        `${path} was written by a newer Kimberlite (schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Kimberlite to open it.`,
      );
    }
    const integrity = probe.pragma('quick_check', { simple: true }) as string;
    if (integrity !== 'ok') {
      throw new CaseFileError('case_corrupt', `${path} is damaged: ${integrity}.`);
    }
  } catch (err) {
    if (err instanceof CaseFileError) throw err;
    throw new CaseFileError(
      'case_corrupt',
      `${path} cannot be read as a case file: ${err instanceof Error ? err.message : String(err)}.`,
    );
  } finally {
    probe.close();
  }
  const db = connect(path, { ...opts, fileMustExist: true });
  if (!opts.readonly) {
    applyPragmas(db);
    migrate(db);
  } else {
    db.pragma('foreign_keys = ON');
  }
  return db;
}

/**
 * A case that lives in memory only: `extract` runs the same pipeline as `ingest` on it and
 * prints what it read, leaving nothing behind.
 */
export function createScratchCase(opts: OpenOptions = {}): Database.Database {
  const db = new Database(
    ':memory:',
    opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {},
  );
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
