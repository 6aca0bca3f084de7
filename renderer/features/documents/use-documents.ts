import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AppError,
  DocumentSummary,
  JobProgress,
  KimberliteApi,
  PageSummary,
} from '../../../preload/contract';
import { isActive } from './document-text';

/** documents.changed can fire per page; at most one re-fetch per this many ms. */
export const REFETCH_MS = 250;

/** The case's documents, re-fetched (coalesced) whenever the service says they changed. */
export function useDocuments(api: KimberliteApi, casePath: string) {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    void api['documents.list']({}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setDocuments(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, casePath, tick]);

  useEffect(() => {
    // Coalesce rather than debounce: a steady stream of events must not postpone the fetch
    // for as long as a job runs.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api.on('documents.changed', () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        setTick((t) => t + 1);
      }, REFETCH_MS);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [api]);

  const refresh = useCallback(() => setTick((t) => t + 1), []);
  return { documents, error, refresh };
}

/** Jobs of this case: the running ones from jobs.list at mount, then every job.progress. */
export function useJobs(api: KimberliteApi, casePath: string) {
  const [jobs, setJobs] = useState<ReadonlyMap<number, JobProgress>>(new Map());

  useEffect(() => {
    let live = true;
    const off = api.on('job.progress', (p) => {
      setJobs((m) => new Map(m).set(p.jobId, p));
    });
    void api['jobs.list']({}).then((result) => {
      if (!live || !result.ok) return;
      setJobs((m) => {
        const next = new Map(m);
        // An event that already arrived is newer than the list; only fill gaps, and only with
        // jobs still worth showing (finished ones from earlier sessions are history).
        for (const j of result.value) if (!next.has(j.jobId) && isActive(j)) next.set(j.jobId, j);
        return next;
      });
    });
    return () => {
      live = false;
      off();
    };
  }, [api, casePath]);

  const dismiss = useCallback((jobId: number) => {
    setJobs((m) => {
      const next = new Map(m);
      next.delete(jobId);
      return next;
    });
  }, []);

  return { jobs: [...jobs.values()].sort((a, b) => a.jobId - b.jobId), dismiss };
}

type Loaded<T> = Readonly<Record<string, T | null>>;

/**
 * Thumbnails and page summaries, fetched once per key and kept for the life of the panel.
 * A failed fetch is remembered as null so a broken page is not asked for again and again.
 */
export function useDocumentCache(api: KimberliteApi) {
  const [thumbnails, setThumbnails] = useState<Loaded<string>>({});
  const [pages, setPages] = useState<Loaded<PageSummary[]>>({});
  const asked = useRef(new Set<string>());

  const loadThumbnail = useCallback(
    (documentId: number, pageNo: number) => {
      const key = `${documentId}:${pageNo}`;
      if (asked.current.has(`t${key}`)) return;
      asked.current.add(`t${key}`);
      void api['documents.thumbnail']({ documentId, pageNo }).then((r) =>
        setThumbnails((t) => ({ ...t, [key]: r.ok ? r.value : null })),
      );
    },
    [api],
  );

  /** `version` changes when the document does (status, page count), which re-asks. */
  const loadPages = useCallback(
    (documentId: number, version: string) => {
      const key = `${documentId}:${version}`;
      if (asked.current.has(`p${key}`)) return;
      asked.current.add(`p${key}`);
      void api['documents.pages']({ documentId }).then((r) =>
        setPages((p) => ({ ...p, [key]: r.ok ? r.value : null })),
      );
    },
    [api],
  );

  return { thumbnails, pages, loadThumbnail, loadPages };
}

export type DocumentCache = ReturnType<typeof useDocumentCache>;
