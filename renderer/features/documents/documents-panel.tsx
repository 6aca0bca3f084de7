import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppError, AppInfo, CaseSummary, DocumentSummary } from '../../../preload/contract';
import { droppedPaths } from '../../api/client';
import { type Uploader, uploadFile } from '../../api/upload';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/error-notice';
import { Panel } from '../../components/panel';
import { AddDocumentsForm, splitDrop } from './add-documents';
import { DocumentList, type RetryPort } from './document-list';
import { JobList } from './job-list';
import {
  type Baseline,
  type FileTally,
  baselineOf,
  isActive,
  originalPath,
  plural,
  tallyDocuments,
} from './document-text';
import { useDocumentCache, useDocuments, useJobs } from './use-documents';

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

export function DocumentsPanel(props: {
  info: AppInfo;
  summary: CaseSummary;
  /** Tests hand in a stand-in; the browser host uploads through POST /api/upload. */
  upload?: Uploader;
}) {
  const api = useApi();
  const { info, summary } = props;
  const upload = props.upload ?? uploadFile;
  const { documents, error: listError, refresh } = useDocuments(api, summary.path);
  const { jobs, dismiss } = useJobs(api, summary.path);
  const cache = useDocumentCache(api);
  const [error, setError] = useState<AppError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [sending, setSending] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  // The paths this window added (files or folders): what a password retry needs.
  const [origins, setOrigins] = useState<readonly string[]>([]);
  // The documents known when each of our jobs started, to tell what the job brought in.
  const [before, setBefore] = useState<ReadonlyMap<number, Baseline>>(new Map());
  const [after, setAfter] = useState<ReadonlyMap<number, DocumentSummary[]>>(new Map());
  const pathInput = useRef<HTMLInputElement>(null);
  const desktop = info.nativeDialogs;

  const add = useCallback(
    async (paths: string[], password?: string): Promise<AppError | null> => {
      setError(null);
      const result = await api['documents.add']({ paths, ...(password ? { password } : {}) });
      if (!result.ok) {
        setError(result.error);
        return result.error;
      }
      const baseline = baselineOf(documents ?? []);
      setBefore((m) => new Map(m).set(result.value.jobId, baseline));
      setOrigins((o) => [...paths, ...o]);
      return null;
    },
    [api, documents],
  );

  const pick = useCallback(async () => {
    setNote(null);
    const picked = await api['dialog.pickDocuments']({});
    if (!picked.ok) setError(picked.error);
    else if (picked.value.length > 0) await add(picked.value);
  }, [api, add]);

  async function uploadAll(files: File[]) {
    setNote(null);
    setError(null);
    const paths: string[] = [];
    const failures: string[] = [];
    for (const [i, file] of files.entries()) {
      setSending({ done: i, total: files.length });
      const result = await upload(file);
      if (result.ok) paths.push(result.value.path);
      else failures.push(`${file.name}: ${result.error.message}`);
    }
    setSending(null);
    if (failures.length > 0) {
      setError({ code: 'upload_failed', message: failures.join(' ') });
    }
    if (paths.length > 0) await add(paths);
  }

  function drop(e: DragEvent) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    const paths = droppedPaths(e.dataTransfer);
    if (paths) {
      // The desktop app: files and folders are read where they are, as from the dialog.
      setNote(paths.length > 0 ? null : 'Nothing in that drop is a file on this computer.');
      if (paths.length > 0) void add(paths);
      return;
    }
    const { files, folders } = splitDrop(e.dataTransfer);
    setNote(
      folders.length > 0
        ? `A page cannot upload folders (${folders.join(', ')}); type the folder's path below instead.`
        : null,
    );
    if (files.length > 0) void uploadAll(files);
  }

  // The File menu's "Add documents…" arrives here, as the button does.
  useEffect(
    () =>
      api.on('menu.command', (command) => {
        if (command !== 'add-documents') return;
        if (desktop) void pick();
        else pathInput.current?.focus();
      }),
    [api, desktop, pick],
  );

  // When a job ends: re-read the list (it may have changed after the last documents.changed)
  // and keep it as the job left it, for the job's summary line.
  useEffect(
    () =>
      api.on('job.progress', (p) => {
        if (isActive(p)) return;
        refresh();
        void api['documents.list']({}).then((r) => {
          if (r.ok) setAfter((m) => new Map(m).set(p.jobId, r.value));
        });
      }),
    [api, refresh],
  );

  const tallies = useMemo(() => {
    const out = new Map<number, FileTally>();
    for (const [jobId, known] of before) {
      // As the job left them: later jobs (a password retry, say) must not rewrite its story.
      out.set(jobId, tallyDocuments(after.get(jobId) ?? documents ?? [], known));
    }
    return out;
  }, [before, after, documents]);

  const retry: RetryPort = useMemo(
    () => ({
      pathOf: (name) => originalPath(name, origins),
      retry: (path, password) => add([path], password),
    }),
    [origins, add],
  );

  const cancel = (jobId: number) =>
    void api['jobs.cancel']({ jobId }).then((r) => (r.ok ? undefined : setError(r.error)));
  const busy = sending !== null;
  const count = documents?.length ?? summary.documentCount;

  return (
    <div
      className={dragging ? 'drop-zone drop-active' : 'drop-zone'}
      onDragEnter={(e) => hasFiles(e) && setDragging(true)}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={drop}
    >
      <Panel
        id="documents"
        title="Documents"
        aside={
          <div className="panel-aside">
            <span className="muted small">{plural(count, 'document')}</span>
            <button
              type="button"
              className="button-primary"
              disabled={busy}
              onClick={() => (desktop ? void pick() : pathInput.current?.focus())}
            >
              Add documents…
            </button>
          </div>
        }
      >
        {!desktop && (
          <AddDocumentsForm
            pathInput={pathInput}
            busy={busy}
            onPath={async (p) => (await add([p])) === null}
            onFiles={(files) => void uploadAll(files)}
          />
        )}
        {note && (
          <p className="notice notice-info" role="status">
            {note}
          </p>
        )}
        {sending && (
          <p className="notice notice-info" role="status">
            Sending {plural(sending.total, 'file')} to Kimberlite ({sending.done} done)…
          </p>
        )}
        <ErrorNotice error={error ?? listError} />
        <JobList jobs={jobs} tallies={tallies} onCancel={cancel} onDismiss={dismiss} />
        {documents === null ? (
          <p className="muted">Loading…</p>
        ) : documents.length === 0 && jobs.some(isActive) ? (
          <p className="muted">Documents appear here as they are read.</p>
        ) : documents.length === 0 ? (
          <div className="empty-state">
            <p className="empty-title">No documents yet</p>
            <p>
              Add the shipment&apos;s KP certificates, invoices, air waybills and packing lists.
              Kimberlite reads PDF, PNG, JPEG, TIFF and WebP files, and recognises the text of
              scans.
            </p>
          </div>
        ) : (
          <DocumentList
            documents={documents}
            reading={jobs.some(isActive)}
            cache={cache}
            retry={retry}
          />
        )}
        {dragging && (
          <div className="drop-overlay" aria-hidden>
            <span>Drop to add to the case</span>
          </div>
        )}
      </Panel>
    </div>
  );
}
