import { useEffect, useState } from 'react';
import type { AppError, AuditEntry } from '../../../preload/contract';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/error-notice';
import { Panel } from '../../components/panel';
import { formatDateTime } from '../../lib/format';

const PAGE = 200;

/** Reloads whenever the case or its entry count changes (the count is the cheap signal). */
export function AuditTrail({ casePath, entryCount }: { casePath: string; entryCount: number }) {
  const api = useApi();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    void api['audit.list']({ offset: 0, limit: PAGE }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setEntries(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, casePath, entryCount]);

  return (
    <Panel
      id="audit"
      title="Audit trail"
      aside={<span className="muted small">Every action, hash-chained; oldest first</span>}
    >
      <ErrorNotice error={error} />
      {entries === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="num">
                Seq
              </th>
              <th scope="col">Time</th>
              <th scope="col">Actor</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td className="num">{e.seq}</td>
                <td title={e.at}>{formatDateTime(e.at)}</td>
                <td>{e.actor}</td>
                <td className="mono" title={`SHA-256 ${e.hash}`}>
                  {e.action}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries !== null && entryCount > entries.length && (
        <p className="muted small">
          Showing the first {entries.length} of {entryCount} entries.
        </p>
      )}
    </Panel>
  );
}
