import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCaseFile, openCaseFile } from '../../../main/casefile/open-case-file';
import {
  appendAudit,
  auditEntryHash,
  verifyAuditChain,
} from '../../../main/casefile/queries/audit';
import { insertDocument } from '../../../main/casefile/queries/documents';
import { verifyCase } from '../../../main/casefile/verify-case';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
let path: string;

/** What someone with the sqlite3 command line could do to the file. */
function tamper(sql: string): void {
  const raw = new Database(path);
  raw.exec(sql);
  raw.close();
}

function chainBreak() {
  const db = openCaseFile(path, { readonly: true });
  try {
    return verifyAuditChain(db);
  } finally {
    db.close();
  }
}

beforeEach(() => {
  path = join(tempDir(), 'audit.kimb');
  const db = createCaseFile(path, { title: 't', actor: 'ana', appVersion: '0' });
  for (let i = 1; i <= 4; i++) {
    appendAudit(db, {
      actor: 'ana',
      action: 'finding.status',
      payload: { finding: i, to: 'confirmed' },
    });
  }
  db.close();
});

describe('audit trail chain', () => {
  it('verifies an untouched trail', () => {
    expect(chainBreak()).toBeNull();
  });

  it('names an edited entry', () => {
    tamper("UPDATE audit SET actor = 'mallory' WHERE seq = 3");
    expect(chainBreak()).toMatchObject({ seq: 3, reason: 'altered' });
  });

  it('names an entry whose payload was edited', () => {
    tamper(`UPDATE audit SET payload_json = '{"finding":2,"to":"dismissed"}' WHERE seq = 3`);
    expect(chainBreak()).toMatchObject({ seq: 3, reason: 'altered' });
  });

  it('catches an edit whose hash was recomputed, at the next link', () => {
    const db = openCaseFile(path);
    const row = db.prepare('SELECT * FROM audit WHERE seq = 2').get() as Parameters<
      typeof auditEntryHash
    >[0];
    db.close();
    // Re-hash entry 2 after the edit, as a careful forger would; entry 3 still points at the old hash.
    const forged = { ...row, actor: 'mallory' };
    tamper(`UPDATE audit SET actor = 'mallory', hash = '${auditEntryHash(forged)}' WHERE seq = 2`);
    expect(chainBreak()).toMatchObject({ seq: 3, reason: 'out_of_order' });
  });

  it('names a deleted entry in the middle', () => {
    tamper('DELETE FROM audit WHERE seq = 2');
    expect(chainBreak()).toMatchObject({ seq: 2, reason: 'missing' });
  });

  it('notices the last entries deleted', () => {
    tamper('DELETE FROM audit WHERE seq >= 4');
    expect(chainBreak()).toMatchObject({ seq: 4, reason: 'truncated' });
  });

  it('notices reordered entries', () => {
    tamper(`
      UPDATE audit SET seq = -1 WHERE seq = 2;
      UPDATE audit SET seq = 2 WHERE seq = 3;
      UPDATE audit SET seq = 3 WHERE seq = -1;
    `);
    const broken = chainBreak();
    expect(broken?.seq).toBe(2);
    expect(broken?.reason).toBe('out_of_order');
  });
});

describe('verifyCase', () => {
  it('re-hashes stored originals and names a document whose bytes changed', () => {
    const db = openCaseFile(path);
    const { sha256 } = insertDocument(db, {
      bytes: Buffer.from('%PDF-1.7 original'),
      fileName: 'bw-0123456.pdf',
      mediaType: 'application/pdf',
      addedBy: 'ana',
    });
    expect(verifyCase(db).ok).toBe(true);
    db.close();
    tamper(`UPDATE blobs SET bytes = CAST('%PDF-1.7 forged!!' AS BLOB) WHERE sha256 = '${sha256}'`);
    const again = openCaseFile(path, { readonly: true });
    const result = verifyCase(again);
    again.close();
    expect(result.ok).toBe(false);
    expect(result.badDocuments).toHaveLength(1);
    expect(result.badDocuments[0]?.message).toContain('bw-0123456.pdf');
  });

  it('stores identical bytes once and reports the duplicate', () => {
    const db = openCaseFile(path);
    const doc = { bytes: Buffer.from('same'), mediaType: 'image/png', addedBy: 'ana' };
    const first = insertDocument(db, { ...doc, fileName: 'a.png' });
    const second = insertDocument(db, { ...doc, fileName: 'copy-of-a.png' });
    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ ...first, duplicate: true });
    expect(db.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 1 });
    db.close();
  });
});
