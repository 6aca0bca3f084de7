import { type RefObject, type SyntheticEvent, useId, useRef, useState } from 'react';

/**
 * The browser host's ways in: a path on the machine running `kimberlite serve` (files or whole
 * folders, nothing copied), or files chosen or dropped here, which are uploaded first. The
 * desktop app uses the native dialog instead (see DocumentsPanel).
 */
export function AddDocumentsForm(props: {
  pathInput: RefObject<HTMLInputElement | null>;
  busy: boolean;
  onPath: (path: string) => Promise<boolean>;
  onFiles: (files: File[]) => void;
}) {
  // Destructured: the compiler treats a props object that holds a ref as a ref itself.
  const { pathInput, busy, onPath, onFiles } = props;
  const id = useId();
  const [path, setPath] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    const trimmed = path.trim();
    if (trimmed && (await onPath(trimmed))) setPath('');
  }

  return (
    <div className="add-documents">
      <div className="drop-hint">
        <p>
          Drop PDF or image files here, or{' '}
          <button
            type="button"
            className="button-secondary button-small"
            disabled={busy}
            onClick={() => fileInput.current?.click()}
          >
            Choose files to upload…
          </button>
        </p>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,application/pdf,image/*"
          aria-label="Files to upload"
          tabIndex={-1}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = ''; // choosing the same file again must fire change again
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      <form className="form add-path" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-path`}>Add files or folders from this computer: path</label>
        <div className="input-row">
          <input
            ref={pathInput}
            id={`${id}-path`}
            className="mono"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/home/auditor/shipments/ZA-2025-0042"
            aria-describedby={`${id}-path-hint`}
            spellCheck={false}
          />
          <button type="submit" className="button-secondary" disabled={busy || !path.trim()}>
            Add
          </button>
        </div>
        <p id={`${id}-path-hint`} className="hint small">
          A folder adds every file in it and its sub-folders. Files are read where they are; the
          case keeps its own copy of each.
        </p>
      </form>
    </div>
  );
}

/** Files and folders from a drop; folders cannot be uploaded from a page, so they are named. */
export function splitDrop(data: DataTransfer): { files: File[]; folders: string[] } {
  const files: File[] = [];
  const folders: string[] = [];
  const items = [...data.items].filter((i) => i.kind === 'file');
  if (items.length === 0) return { files: [...data.files], folders };
  for (const item of items) {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    const file = item.getAsFile();
    if (entry?.isDirectory) folders.push(entry.name);
    else if (file) files.push(file);
  }
  return { files, folders };
}
