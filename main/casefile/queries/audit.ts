import type { Database } from 'better-sqlite3';
import { sha256Hex } from '../hash';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  actor: string;
  action: string;
  payload?: unknown;
  at?: string;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  payload_json: string;
  prev_hash: string;
  hash: string;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actor: string;
  action: string;
  payload: unknown;
  hash: string;
}

/** The hash that chains an entry to the one before it. */
export function auditEntryHash(e: Omit<AuditRow, 'hash'>): string {
  return sha256Hex(
    `${e.prev_hash}\n${JSON.stringify([e.seq, e.at, e.actor, e.action, e.payload_json])}`,
  );
}

function head(db: Database): { seq: number; hash: string } {
  const row = db.prepare('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/**
 * Appends one entry and moves the recorded head, in one transaction. The head in case_meta
 * is what lets `verify` notice entries deleted from the end of the chain.
 */
export function appendAudit(db: Database, input: AuditInput): AuditRecord {
  return db.transaction(() => {
    const prev = head(db);
    const row: Omit<AuditRow, 'hash'> = {
      seq: prev.seq + 1,
      at: input.at ?? new Date().toISOString(),
      actor: input.actor,
      action: input.action,
      payload_json: JSON.stringify(input.payload ?? {}),
      prev_hash: prev.hash,
    };
    const hash = auditEntryHash(row);
    db.prepare(
      `INSERT INTO audit (seq, at, actor, action, payload_json, prev_hash, hash)
       VALUES (@seq, @at, @actor, @action, @payload_json, @prev_hash, @hash)`,
    ).run({ ...row, hash });
    const setMeta = db.prepare(
      'INSERT INTO case_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
    setMeta.run('audit_head_seq', String(row.seq));
    setMeta.run('audit_head_hash', hash);
    return toRecord({ ...row, hash });
  })();
}

function toRecord(r: AuditRow): AuditRecord {
  let payload: unknown;
  try {
    payload = JSON.parse(r.payload_json);
  } catch {
    payload = r.payload_json;
  }
  return { seq: r.seq, at: r.at, actor: r.actor, action: r.action, payload, hash: r.hash };
}

export function listAudit(db: Database, offset = 0, limit = 200): AuditRecord[] {
  const rows = db
    .prepare('SELECT * FROM audit ORDER BY seq LIMIT ? OFFSET ?')
    .all(limit, offset) as AuditRow[];
  return rows.map(toRecord);
}

export function countAudit(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
}

export interface ChainBreak {
  seq: number;
  reason: 'altered' | 'missing' | 'out_of_order' | 'truncated';
  message: string;
}

/** Walks the chain from the first entry; returns the first break, or null when intact. */
export function verifyAuditChain(db: Database): ChainBreak | null {
  const rows = db
    .prepare('SELECT * FROM audit ORDER BY seq')
    .iterate() as IterableIterator<AuditRow>;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    const label = `audit entry ${row.seq} (${row.action} by ${row.actor} at ${row.at})`;
    if (row.seq !== expectedSeq) {
      return {
        seq: expectedSeq,
        reason: 'missing',
        message: `audit entry ${expectedSeq} is missing: the chain jumps from ${expectedSeq - 1} to ${row.seq}.`,
      };
    }
    if (row.prev_hash !== prevHash) {
      return {
        seq: row.seq,
        reason: 'out_of_order',
        message: `${label} does not follow entry ${row.seq - 1}: its link to the previous entry is broken (entries reordered, replaced or deleted).`,
      };
    }
    if (auditEntryHash(row) !== row.hash) {
      return {
        seq: row.seq,
        reason: 'altered',
        message: `${label} has been altered: its content no longer matches its hash.`,
      };
    }
    prevHash = row.hash;
    expectedSeq += 1;
  }
  const lastSeq = expectedSeq - 1;
  const meta = db
    .prepare("SELECT key, value FROM case_meta WHERE key IN ('audit_head_seq', 'audit_head_hash')")
    .all() as { key: string; value: string }[];
  const headSeq = Number(meta.find((m) => m.key === 'audit_head_seq')?.value ?? 0);
  const headHash = meta.find((m) => m.key === 'audit_head_hash')?.value ?? GENESIS_HASH;
  if (headSeq !== lastSeq || headHash !== prevHash) {
    const seq = headSeq > lastSeq ? lastSeq + 1 : Math.max(headSeq, 1);
    return {
      seq,
      reason: 'truncated',
      message:
        headSeq > lastSeq
          ? `audit entries ${lastSeq + 1}–${headSeq} are missing: the trail ends at ${lastSeq} but was written up to ${headSeq}.`
          : `the audit trail's recorded head (entry ${headSeq}) does not match its last entry (${lastSeq}).`,
    };
  }
  return null;
}
