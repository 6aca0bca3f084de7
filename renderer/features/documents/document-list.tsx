import { useEffect, useId, useState } from 'react';
import type { AppError, DocumentSummary } from '../../../preload/contract';
import { formatDateTime } from '../../lib/format';
import {
  documentStatus,
  fileErrorText,
  formatSize,
  mediaTypeLabel,
  pageSourceSummary,
} from './document-text';
import { DocumentPages } from './document-pages';
import { LazyThumbnail } from './lazy-thumbnail';
import { PasswordRetry } from './password-retry';
import type { DocumentCache } from './use-documents';
import { useVisible } from './use-visible';

export interface RetryPort {
  /** The path this window added the file from, when it knows it. */
  pathOf: (fileName: string) => string | null;
  retry: (path: string, password: string) => Promise<AppError | null>;
}

export function DocumentList(props: {
  documents: DocumentSummary[];
  /** Whether a job is running; see documentStatus. */
  reading: boolean;
  cache: DocumentCache;
  retry: RetryPort;
}) {
  return (
    <ul className="doc-list" aria-label="Documents in this case">
      {props.documents.map((doc) => (
        <DocumentRow
          key={doc.id}
          doc={doc}
          reading={props.reading}
          cache={props.cache}
          retry={props.retry}
        />
      ))}
    </ul>
  );
}

const PASSWORD_CODES = new Set(['pdf_encrypted', 'pdf_password_incorrect']);

function DocumentRow({
  doc,
  reading,
  cache,
  retry,
}: {
  doc: DocumentSummary;
  reading: boolean;
  cache: DocumentCache;
  retry: RetryPort;
}) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [ref, visible] = useVisible<HTMLLIElement>();
  const status = documentStatus(doc, reading);
  const ready = status.tone === 'ready' && doc.pageCount > 0;
  const version = `${doc.status}:${doc.pageCount}`;
  const { loadPages } = cache;

  useEffect(() => {
    if (visible && ready) loadPages(doc.id, version);
  }, [visible, ready, loadPages, doc.id, version]);

  const pages = cache.pages[`${doc.id}:${version}`];
  const toggle = () => {
    if (ready) setExpanded((x) => !x);
  };

  return (
    <li ref={ref} className={`doc doc-is-${status.tone}`}>
      {/* The row is a mouse target for convenience; the name button is the keyboard path. */}
      <div className="doc-row" onClick={toggle}>
        <LazyThumbnail
          cache={cache}
          documentId={doc.id}
          pageNo={1}
          ready={ready}
          alt={`First page of ${doc.fileName}`}
        />
        <div className="doc-main">
          {ready ? (
            <button
              type="button"
              className="doc-name"
              aria-expanded={expanded}
              aria-controls={`${id}-pages`}
              onClick={(e) => {
                e.stopPropagation();
                toggle();
              }}
            >
              <span className="chevron" aria-hidden>
                {expanded ? '▾' : '▸'}
              </span>
              {doc.fileName}
            </button>
          ) : (
            <p className="doc-name">{doc.fileName}</p>
          )}
          <p className="doc-meta" title={`Added ${formatDateTime(doc.addedAt)} by ${doc.addedBy}`}>
            {mediaTypeLabel(doc.mediaType)} · {formatSize(doc.size)}
            {ready && ` · ${pageSourceSummary(doc.pageCount, pages ?? null)}`}
          </p>
          {status.tone === 'stopped' && (
            <p className="small muted">
              Reading stopped before this file was finished. Add it again to finish it.
            </p>
          )}
          {doc.error && (
            <div className="doc-error" onClick={(e) => e.stopPropagation()}>
              <p className="doc-error-text">{fileErrorText(doc.error)}</p>
              <p className="small muted">{doc.error.message}</p>
              {PASSWORD_CODES.has(doc.error.code) && (
                <PasswordRetry
                  fileName={doc.fileName}
                  knownPath={retry.pathOf(doc.fileName)}
                  onRetry={retry.retry}
                />
              )}
            </div>
          )}
        </div>
        <span className={`status status-${status.tone}`}>{status.label}</span>
      </div>
      {expanded && <DocumentPages id={`${id}-pages`} doc={doc} pages={pages} cache={cache} />}
    </li>
  );
}
