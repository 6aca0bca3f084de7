import { useId, useState } from 'react';
import type { AppError, AppInfo, CaseSummary } from '../../../preload/contract';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/error-notice';
import { formatDate } from '../../lib/format';
import { AuditTrail } from './audit-trail';
import { DocumentsPanel } from '../documents/documents-panel';
import { CaseCounts } from './case-counts';

export function CaseScreen(props: { info: AppInfo; summary: CaseSummary; onClosed: () => void }) {
  const { info, summary, onClosed } = props;
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
      <DocumentsPanel info={info} summary={summary} />
      <AuditTrail casePath={summary.path} entryCount={summary.auditEntryCount} />
    </main>
  );
}
