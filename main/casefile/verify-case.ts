import type { Database } from 'better-sqlite3';
import { verifyAuditChain, type ChainBreak } from './queries/audit';
import { verifyBlobs, type BlobMismatch } from './queries/documents';

export interface CaseVerification {
  ok: boolean;
  documentsChecked: number;
  auditEntriesChecked: number;
  badDocuments: BlobMismatch[];
  auditBreak: ChainBreak | null;
}

/** Re-hashes every stored original and walks the audit chain. */
export function verifyCase(db: Database): CaseVerification {
  const badDocuments = verifyBlobs(db);
  const auditBreak = verifyAuditChain(db);
  const counts = db
    .prepare('SELECT (SELECT count(*) FROM blobs) AS docs, (SELECT count(*) FROM audit) AS audit')
    .get() as { docs: number; audit: number };
  return {
    ok: badDocuments.length === 0 && auditBreak === null,
    documentsChecked: counts.docs,
    auditEntriesChecked: counts.audit,
    badDocuments,
    auditBreak,
  };
}
