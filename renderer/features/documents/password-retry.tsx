import { type SyntheticEvent, useId, useState } from 'react';
import type { AppError } from '../../../preload/contract';
import { ErrorNotice } from '../../components/error-notice';

/**
 * Offered on a password-protected PDF. The service does not keep where a file came from, so
 * the path is pre-filled only when this window added the file itself; otherwise it is asked.
 */
export function PasswordRetry(props: {
  fileName: string;
  knownPath: string | null;
  onRetry: (path: string, password: string) => Promise<AppError | null>;
}) {
  const id = useId();
  const [path, setPath] = useState(props.knownPath ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    setBusy(true);
    const failure = await props.onRetry(path.trim(), password);
    setBusy(false);
    setError(failure);
    if (!failure) setPassword('');
  }

  return (
    <form className="password-retry" onSubmit={(e) => void submit(e)}>
      {props.knownPath === null && (
        <>
          <label htmlFor={`${id}-path`}>Where is {props.fileName} on this computer?</label>
          <input
            id={`${id}-path`}
            className="mono"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/path/to/the/file.pdf"
            required
          />
        </>
      )}
      <label htmlFor={`${id}-pw`}>Password</label>
      <div className="input-row">
        <input
          id={`${id}-pw`}
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <button type="submit" className="button-secondary" disabled={busy}>
          Retry
        </button>
      </div>
      <ErrorNotice error={error} />
    </form>
  );
}
