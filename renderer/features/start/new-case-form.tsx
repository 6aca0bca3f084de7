import { type SyntheticEvent, useEffect, useId, useRef, useState } from 'react';
import type { AppError, AppInfo, CaseSummary } from '../../../preload/contract';
import { useApi } from '../../api/use-api';
import { PathField } from '../../components/path-field';
import { ErrorNotice } from '../../components/error-notice';
import { slugify, suggestCasePath } from '../../lib/case-path';

interface Props {
  info: AppInfo;
  /** Bumped by the "New case" menu command to pull focus here. */
  focusSignal: number;
  onOpened: (summary: CaseSummary) => void;
}

export function NewCaseForm({ info, focusSignal, onOpened }: Props) {
  const api = useApi();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  // The path follows the title until the user types or picks one of their own.
  const [customPath, setCustomPath] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const path = customPath ?? suggestCasePath(info.defaultCaseDir, title);

  useEffect(() => {
    if (focusSignal > 0) titleRef.current?.focus();
  }, [focusSignal]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api['case.create']({ path, title });
    setBusy(false);
    if (result.ok) onOpened(result.value);
    else setError(result.error);
  }

  async function browse() {
    const result = await api['dialog.pickNewCasePath']({ suggestedName: `${slugify(title)}.kimb` });
    if (!result.ok) setError(result.error);
    else if (result.value !== null) setCustomPath(result.value);
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-label="New case">
      <p className="hint">
        Creates an empty case file for one review: a mission, a port, a period.
      </p>
      <label htmlFor={`${id}-title`}>Case title</label>
      <input
        id={`${id}-title`}
        ref={titleRef}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        placeholder="e.g. Antwerp inbound, March 2025"
        maxLength={200}
        required
        autoComplete="off"
      />
      <label htmlFor={`${id}-path`}>Case file path</label>
      <PathField
        id={`${id}-path`}
        value={path}
        onChange={setCustomPath}
        onBrowse={info.nativeDialogs ? browse : null}
      />
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy || title.trim() === ''}>
          {busy ? 'Creating…' : 'Create case'}
        </button>
      </div>
    </form>
  );
}
