import { useEffect } from 'react';
import type { DocumentCache } from './use-documents';
import { useVisible } from './use-visible';

/** A page image fetched only once its slot is near the viewport. */
export function LazyThumbnail(props: {
  cache: DocumentCache;
  documentId: number;
  pageNo: number;
  /** False while the document is still being read: no image exists yet. */
  ready: boolean;
  alt: string;
  className?: string;
}) {
  const { cache, documentId, pageNo, ready } = props;
  const [ref, visible] = useVisible<HTMLDivElement>();
  const { loadThumbnail } = cache;
  useEffect(() => {
    if (visible && ready) loadThumbnail(documentId, pageNo);
  }, [visible, ready, loadThumbnail, documentId, pageNo]);

  const url = cache.thumbnails[`${documentId}:${pageNo}`];
  const cls = `thumb ${props.className ?? ''}`;
  return (
    <div ref={ref} className={cls}>
      {url ? (
        <img src={url} alt={props.alt} loading="lazy" decoding="async" />
      ) : (
        <span className={url === null || !ready ? 'thumb-none' : 'thumb-loading'} aria-hidden>
          {url === null || !ready ? 'No preview' : null}
        </span>
      )}
    </div>
  );
}
