import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CaseFileError } from '../../../main/casefile/case-file-error';
import { sha256Hex } from '../../../main/casefile/hash';
import { LATEST_SCHEMA_VERSION } from '../../../main/casefile/migrations';
import { createCaseFile, openCaseFile } from '../../../main/casefile/open-case-file';
import { listAudit } from '../../../main/casefile/queries/audit';
import { getMeta, listReviewers } from '../../../main/casefile/queries/meta';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const opts = { title: 'Mission Gaborone', actor: 'ana', appVersion: '9.9.9' };

function refusal(fn: () => unknown): CaseFileError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CaseFileError) return err;
    throw err;
  }
  throw new Error('expected a CaseFileError');
}

describe('createCaseFile', () => {
  it('writes metadata, the creator as reviewer and a first audit entry', () => {
    const path = join(tempDir(), 'a.kimb');
    createCaseFile(path, { ...opts, now: '2026-01-02T03:04:05.000Z' }).close();
    const db = openCaseFile(path);
    expect(getMeta(db, 'title')).toBe('Mission Gaborone');
    expect(getMeta(db, 'created_at')).toBe('2026-01-02T03:04:05.000Z');
    expect(getMeta(db, 'app_version')).toBe('9.9.9');
    expect(listReviewers(db)).toEqual(['ana']);
    expect(listAudit(db)).toMatchObject([
      { seq: 1, actor: 'ana', action: 'case.created', payload: { title: 'Mission Gaborone' } },
    ]);
    db.close();
  });

  it('refuses to overwrite an existing file', () => {
    const path = join(tempDir(), 'exists.kimb');
    writeFileSync(path, 'precious');
    expect(refusal(() => createCaseFile(path, opts)).code).toBe('case_exists');
    expect(readFileSync(path, 'utf8')).toBe('precious');
  });
});

describe('openCaseFile refuses, leaving the file untouched', () => {
  it('a missing file', () => {
    expect(refusal(() => openCaseFile(join(tempDir(), 'nope.kimb'))).code).toBe('case_not_found');
  });

  it('a text file named .kimb', () => {
    const path = join(tempDir(), 'notes.kimb');
    writeFileSync(path, 'just some notes\n');
    const err = refusal(() => openCaseFile(path));
    expect(err.code).toBe('not_a_case_file');
    expect(err.message).toMatch(/not a Kimberlite case file/);
    expect(readFileSync(path, 'utf8')).toBe('just some notes\n');
  });

  it('an SQLite database of another application', () => {
    const path = join(tempDir(), 'other.kimb');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    other.close();
    const before = sha256Hex(readFileSync(path));
    expect(refusal(() => openCaseFile(path)).code).toBe('not_a_case_file');
    expect(sha256Hex(readFileSync(path))).toBe(before);
  });

  it('a case file written by a newer version', () => {
    const path = join(tempDir(), 'newer.kimb');
    createCaseFile(path, opts).close();
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = sha256Hex(readFileSync(path));
    const err = refusal(() => openCaseFile(path));
    expect(err.code).toBe('case_too_new');
    expect(err.message).toMatch(/newer Kimberlite/);
    expect(sha256Hex(readFileSync(path))).toBe(before);
  });

  it('a truncated case file', () => {
    const path = join(tempDir(), 'cut.kimb');
    createCaseFile(path, opts).close();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, 4096 + 100));
    expect(['case_corrupt', 'not_a_case_file']).toContain(refusal(() => openCaseFile(path)).code);
  });
});
