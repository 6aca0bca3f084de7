import type { AppInfo } from '../../preload/contract';

/** The app's name and purpose on every screen, plus who is signing the audit trail. */
export function AppHeader({ info }: { info: AppInfo | null }) {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Kimberlite</span>
        <span className="brand-purpose">Audit rough-diamond shipment documents, offline.</span>
      </div>
      {info && (
        <div className="app-meta">
          Reviewer <strong>{info.user}</strong>
          <span className="dot" aria-hidden="true">
            ·
          </span>
          v{info.version}
        </div>
      )}
    </header>
  );
}
