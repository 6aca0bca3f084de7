import type { Ref } from 'react';

interface PathFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown as "Browse…" only where native file dialogs exist (the desktop app). */
  onBrowse?: (() => Promise<void>) | null;
}

/** A file-path input, typed by hand in the browser host, or chosen with the desktop dialog. */
export function PathField({
  id,
  value,
  onChange,
  placeholder,
  inputRef,
  onBrowse,
}: PathFieldProps) {
  return (
    <div className="input-row">
      <input
        id={id}
        ref={inputRef}
        className="mono"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        required
        spellCheck={false}
        autoComplete="off"
      />
      {onBrowse && (
        <button type="button" className="button-secondary" onClick={() => void onBrowse()}>
          Browse…
        </button>
      )}
    </div>
  );
}
