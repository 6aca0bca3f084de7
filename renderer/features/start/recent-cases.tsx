import { useEffect, useState } from 'react';
import type { AppError, CaseSummary, RecentCase } from '../../../preload/contract';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/error-notice';
import { Panel } from '../../components/panel';
import { formatDateTime } from '../../lib/format';

export function RecentCases({ onOpened }: { onOpened: (summary: CaseSummary) => void }) {
  const api = useApi();
  const [recent, setRecent] = useState<RecentCase[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    void api['case.recent']({}).then((result) => {
      if (!live) return;
      if (result.ok) setRecent(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api]);

  async function open(path: string) {
    setError(null);
    const result = await api['case.open']({ path });
    if (result.ok) onOpened(result.value);
    else setError(result.error);
  }

  return (
    <Panel id="recent" title="Recent cases">
      <ErrorNotice error={error} />
      {recent === null ? (
        <p className="muted">Loading…</p>
      ) : recent.length === 0 ? (
        <p className="empty-line">Cases you create or open will be listed here.</p>
      ) : (
        <ul className="recent-list">
          {recent.map((r) => (
            <li key={r.path}>
              <button
                type="button"
                className={r.exists ? 'recent-item' : 'recent-item missing'}
                disabled={!r.exists}
                onClick={() => void open(r.path)}
                title={r.exists ? `Open ${r.path}` : `${r.path} is no longer there`}
              >
                <span className="recent-title">{r.title}</span>
                {!r.exists && <span className="badge badge-warn">file missing</span>}
                <span className="recent-path mono">{r.path}</span>
                <span className="recent-when">Last opened {formatDateTime(r.openedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
