import { useId } from 'react';
import type { CaseSummary } from '../../../preload/contract';

const COUNTS: { key: keyof CaseSummary; label: string }[] = [
  { key: 'documentCount', label: 'Documents' },
  { key: 'pageCount', label: 'Pages' },
  { key: 'shipmentCount', label: 'Shipments' },
  { key: 'findingCount', label: 'Findings' },
  { key: 'auditEntryCount', label: 'Audit entries' },
];

/** Each number is a group named by its label, so it is read out (and found) as "Documents: 0". */
export function CaseCounts({ summary }: { summary: CaseSummary }) {
  const id = useId();
  return (
    <section aria-label="Case contents">
      <dl className="counts">
        {COUNTS.map(({ key, label }) => (
          <div className="count" key={key} role="group" aria-labelledby={`${id}-${key}`}>
            <dt id={`${id}-${key}`}>{label}</dt>
            <dd>{String(summary[key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
