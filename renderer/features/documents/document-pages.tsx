import type { DocumentSummary, PageSummary } from '../../../preload/contract';
import { confidenceLabel, fileErrorText, pageSourceLabel } from './document-text';
import { LazyThumbnail } from './lazy-thumbnail';
import type { DocumentCache } from './use-documents';

/** Every page of one document: image, where its text came from, how sure OCR was. */
export function DocumentPages(props: {
  id: string;
  doc: DocumentSummary;
  pages: PageSummary[] | null | undefined;
  cache: DocumentCache;
}) {
  const { doc, pages, cache } = props;
  if (pages === undefined) {
    return (
      <p id={props.id} className="doc-pages muted small">
        Loading pages…
      </p>
    );
  }
  if (pages === null || pages.length === 0) {
    return (
      <p id={props.id} className="doc-pages muted small">
        No pages to show.
      </p>
    );
  }
  return (
    <ol id={props.id} className="doc-pages page-grid" aria-label={`Pages of ${doc.fileName}`}>
      {pages.map((page) => {
        const confidence = confidenceLabel(page);
        return (
          <li key={page.pageNo} className="page-tile">
            <LazyThumbnail
              cache={cache}
              documentId={doc.id}
              pageNo={page.pageNo}
              ready
              alt={`Page ${page.pageNo} of ${doc.fileName}`}
              className="thumb-page"
            />
            <p className="page-no">Page {page.pageNo}</p>
            <p className="small muted">
              {pageSourceLabel(page)}
              {page.textSource === 'ocr' && confidence ? ` · ${confidence}` : ''}
            </p>
            {page.error && (
              <p className="page-error small" title={page.error.message}>
                {fileErrorText(page.error)}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
