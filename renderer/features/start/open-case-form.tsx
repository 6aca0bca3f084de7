import { type SyntheticEvent, useEffect, useId, useRef, useState } from 'react';
import type { AppError, AppInfo, CaseSummary } from '../../../preload/contract';
import { useApi } from '../../api/use-api';
import { PathField } from '../../components/path-field';
import { ErrorNotice } from '../../components/error-notice';
import { suggestCasePath } from '../../lib/case-path';

interface Props {
  info: AppInfo;
  /** Bumped by the "Open case" menu command to pull focus here. */
  focusSignal: number;
  onOpened: (summary: CaseSummary) => void;
}

export function OpenCaseForm({ info, focusSignal, onOpened }: Props) {
  const api = useApi();
  const id = useId();
  const pathRef = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (focusSignal > 0) pathRef.current?.focus();
  }, [focusSignal]);

  async function open(target: string) {
    setBusy(true);
    setError(null);
    const result = await api['case.open']({ path: target });
    setBusy(false);
    if (result.ok) onOpened(result.value);
    else setError(result.error);
  }

  async function browse() {
    const result = await api['dialog.pickExistingCasePath']({});
    if (!result.ok) setError(result.error);
    else if (result.value !== null) {
      setPath(result.value);
      await open(result.value);
    }
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    void open(path.trim());
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Open case">
      <p className="hint">
        Open a <span className="mono">.kimb</span> case file from this computer.
      </p>
      <label htmlFor={`${id}-path`}>Case file to open</label>
      <PathField
        id={`${id}-path`}
        inputRef={pathRef}
        value={path}
        onChange={setPath}
        placeholder={suggestCasePath(info.defaultCaseDir, 'case')}
        onBrowse={info.nativeDialogs ? browse : null}
      />
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy || path.trim() === ''}>
          {busy ? 'Opening…' : 'Open'}
        </button>
      </div>
    </form>
  );
}
