import type { CaseSummary } from '../../../preload/contract';

const COUNTS: { key: keyof CaseSummary; label: string }[] = [
  { key: 'documentCount', label: 'Documents' },
  { key: 'pageCount', label: 'Pages' },
  { key: 'shipmentCount', label: 'Shipments' },
  { key: 'findingCount', label: 'Findings' },
  { key: 'auditEntryCount', label: 'Audit entries' },
];

/** A definition list, so each number is read out with its label ("Documents 0"). */
export function CaseCounts({ summary }: { summary: CaseSummary }) {
  return (
    <dl className="counts" aria-label="Case contents">
      {COUNTS.map(({ key, label }) => (
        <div className="count" key={key}>
          <dt>{label}</dt>
          <dd>{String(summary[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
