import type { AppError } from '../../preload/contract';
import { errorLead } from '../lib/format';

/** Errors arrive as `{ code, message }`; say them in plain words, where the action happened. */
export function ErrorNotice({ error }: { error: AppError | null }) {
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{errorLead(error)}</strong> {error.message}
    </div>
  );
}
