import { useId, useState } from 'react';
import type { AppError, CaseSummary } from '../../../preload/contract';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/error-notice';
import { Panel } from '../../components/panel';
import { formatDate } from '../../lib/format';
import { AuditTrail } from './audit-trail';
import { CaseCounts } from './case-counts';

export function CaseScreen({ summary, onClosed }: { summary: CaseSummary; onClosed: () => void }) {
  const api = useApi();
  const id = useId();
  const [error, setError] = useState<AppError | null>(null);

  async function close() {
    const result = await api['case.close']({});
    if (result.ok) onClosed();
    else setError(result.error);
  }

  return (
    <main className="page case" aria-labelledby={`${id}-title`}>
      <div className="case-head">
        <div>
          <p className="eyebrow">Case</p>
          <h1 id={`${id}-title`}>{summary.title}</h1>
          <dl className="facts">
            <div>
              <dt>File</dt>
              <dd className="mono">{summary.path}</dd>
            </div>
            <div>
              <dt>Created</dt>
              <dd title={summary.createdAt}>{formatDate(summary.createdAt)}</dd>
            </div>
            <div>
              <dt>Reviewers</dt>
              <dd>{summary.reviewers.length ? summary.reviewers.join(', ') : '—'}</dd>
            </div>
          </dl>
        </div>
        <button type="button" className="button-secondary" onClick={() => void close()}>
          Close case
        </button>
      </div>
      <ErrorNotice error={error} />
      <CaseCounts summary={summary} />
      <div className="columns">
        <Panel id="documents" title="Documents">
          {summary.documentCount === 0 ? (
            <div className="empty-state">
              <p className="empty-title">No documents yet</p>
              <p id={`${id}-ingest`}>
                Add the shipment&apos;s KP certificates, invoices, air waybills and packing lists to
                start the review. Adding documents arrives with ingest, the next feature of
                Kimberlite; this version creates, opens and verifies case files.
              </p>
              <button
                type="button"
                className="button-primary"
                disabled
                aria-describedby={`${id}-ingest`}
              >
                Add documents
              </button>
            </div>
          ) : (
            <p>
              {summary.documentCount} documents, {summary.pageCount} pages.
            </p>
          )}
        </Panel>
        <AuditTrail casePath={summary.path} entryCount={summary.auditEntryCount} />
      </div>
    </main>
  );
}
