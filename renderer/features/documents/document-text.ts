// Plain words for what the service reports as codes and numbers. Pure, so unit-tested without
// a DOM; the components only arrange these strings.
import type {
  AppError,
  DocumentSummary,
  JobProgress,
  PageSummary,
} from '../../../preload/contract';

const FILE_ERRORS: Readonly<Record<string, string>> = {
  pdf_encrypted: 'This PDF is password-protected.',
  pdf_password_incorrect: 'The password did not open this PDF.',
  pdf_corrupt: 'This PDF is damaged and cannot be opened.',
  unsupported_type: 'Kimberlite reads PDF, PNG, JPEG, TIFF and WebP files; this is none of them.',
  image_too_large: 'This image is too large to open safely.',
  image_corrupt: 'This image is damaged and cannot be decoded.',
  empty_file: 'This file is empty.',
  ocr_failed: 'The text on this page could not be recognised.',
  timeout: 'Reading this file took too long and was stopped.',
  file_too_complex: 'This file is too complex to read safely.',
  file_unreadable: 'This file could not be opened; it may have moved or be locked.',
  file_too_large: 'This file is larger than Kimberlite accepts.',
  no_case_open: 'No case is open.',
  unsupported: 'Not available here.',
  host_unreachable: 'Lost contact with Kimberlite.',
  forbidden: 'Access expired.',
};

/** The sentence an auditor reads; the service's own message is shown beside it as detail. */
export function fileErrorText(error: AppError): string {
  return FILE_ERRORS[error.code] ?? 'This file could not be read.';
}

export type StatusTone = 'pending' | 'stopped' | 'ready' | 'error';

/**
 * `reading`: whether any job is running. A pending document with no job left to read it was
 * stopped (cancelled, or the app quit); saying "Reading…" then would be a lie.
 */
export function documentStatus(
  doc: Pick<DocumentSummary, 'status' | 'error'>,
  reading = true,
): { label: string; tone: StatusTone } {
  if (doc.status === 'error' || doc.error) return { label: 'Could not be read', tone: 'error' };
  if (doc.status === 'added') return { label: 'Ready', tone: 'ready' };
  return reading
    ? { label: 'Reading…', tone: 'pending' }
    : { label: 'Not finished', tone: 'stopped' };
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/tiff': 'TIFF',
  'image/webp': 'WebP',
};

export function mediaTypeLabel(mediaType: string): string {
  if (MEDIA_TYPES[mediaType]) return MEDIA_TYPES[mediaType];
  return mediaType === '' || mediaType === 'application/octet-stream' ? 'Unknown type' : mediaType;
}

/** "532 bytes", "48 KB", "1.4 MB": decimal units, as file managers show them. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = value < 10 ? value.toFixed(1) : Math.round(value).toString();
  return `${shown} ${units[unit] ?? 'GB'}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const SOURCE_WORDS: Readonly<Record<PageSummary['textSource'], string>> = {
  text_layer: 'text layer',
  ocr: 'OCR',
  none: 'no text',
};

/** "3 pages · 2 text layer, 1 OCR"; one kind only: "1 page · text layer". */
export function pageSourceSummary(pageCount: number, pages: PageSummary[] | null): string {
  const count = plural(pageCount, 'page');
  if (!pages || pages.length === 0) return count;
  const tally = new Map<PageSummary['textSource'], number>();
  for (const p of pages) tally.set(p.textSource, (tally.get(p.textSource) ?? 0) + 1);
  const parts = [...tally.entries()];
  if (parts.length === 1) return `${count} · ${SOURCE_WORDS[parts[0]?.[0] ?? 'none']}`;
  return `${count} · ${parts.map(([k, n]) => `${n} ${SOURCE_WORDS[k]}`).join(', ')}`;
}

export function pageSourceLabel(page: PageSummary): string {
  return page.textSource === 'text_layer'
    ? 'Text layer'
    : page.textSource === 'ocr'
      ? 'OCR'
      : 'No text';
}

/** Mean OCR confidence as a whole percentage; nothing when the page has no words. */
export function confidenceLabel(page: PageSummary): string | null {
  if (page.confidence === null) return null;
  return `${Math.round(page.confidence * 100)}% confidence`;
}

/** "about 2 min left"; rounded, because a precise-looking estimate is a promise. */
export function formatEta(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `about ${minutes} min left`;
  const hours = Math.round(minutes / 60);
  return `about ${plural(hours, 'hour')} left`;
}

export const isActive = (job: Pick<JobProgress, 'state'>) =>
  job.state === 'queued' || job.state === 'running';

/** Steps the service names in its own words; an unknown one is shown tidied, not hidden. */
const STEP_WORDS: Readonly<Record<string, string>> = {
  reading: 'Reading documents',
  ocr: 'Recognising text',
  done: 'Finishing',
};

function stepText(step: string): string {
  if (STEP_WORDS[step]) return STEP_WORDS[step];
  const words = step.replace(/[_-]+/g, ' ').trim();
  return words.length > 0
    ? `${words.charAt(0).toUpperCase()}${words.slice(1)}`
    : 'Reading documents';
}

/** "/a/b/scan.tif" → "scan.tif": the bar has room for a name; the full path is a tooltip. */
export const fileBaseName = (path: string) => path.split(/[/\\]/).filter(Boolean).pop() ?? path;

/** The bar's heading: what the job is doing now, or how it ended. */
export function jobStateText(job: JobProgress): string {
  switch (job.state) {
    case 'queued':
      return 'Waiting to start';
    case 'running':
      return stepText(job.step);
    case 'done':
      return 'Finished';
    case 'failed':
      return 'Stopped by an error';
    case 'cancelled':
      return 'Cancelled';
    case 'interrupted':
      return 'Interrupted; it resumes when the case is opened again';
  }
}

/** "3 of 12 pages"; while the total is unknown, nothing (the bar is indeterminate). */
export function jobCountText(job: JobProgress): string | null {
  if (job.total <= 0) return null;
  return `${job.done} of ${plural(job.total, job.kind === 'ingest' ? 'page' : 'step')}`;
}

export interface FileTally {
  added: number;
  duplicate: number;
  failed: number;
  pending: number;
}

/** "12 files: 10 added, 1 duplicate, 1 could not be read". */
export function fileTallyText(t: FileTally): string {
  const total = t.added + t.duplicate + t.failed + t.pending;
  if (total === 0) return 'No new documents';
  const parts: string[] = [];
  if (t.added) parts.push(`${t.added} added`);
  if (t.duplicate) parts.push(plural(t.duplicate, 'duplicate'));
  if (t.failed) parts.push(`${t.failed} could not be read`);
  if (t.pending) parts.push(`${t.pending} not finished`);
  return `${plural(total, 'file')}: ${parts.join(', ')}`;
}

/** Each document's status and error code when a job started: the job's baseline. */
export type Baseline = ReadonlyMap<number, string>;

const stateOf = (d: DocumentSummary) => `${d.status}:${d.error?.code ?? ''}`;

export const baselineOf = (docs: DocumentSummary[]): Baseline =>
  new Map(docs.map((d) => [d.id, stateOf(d)]));

/**
 * Counts what a job brought in: documents that are new since its baseline, or whose status or
 * error changed (a password retry turns an error into a ready document without a new id).
 */
export function tallyDocuments(docs: DocumentSummary[], baseline: Baseline): FileTally {
  const tally: FileTally = { added: 0, duplicate: 0, failed: 0, pending: 0 };
  for (const d of docs) {
    if (baseline.get(d.id) === stateOf(d)) continue;
    const tone = documentStatus(d).tone;
    if (tone === 'ready') tally.added++;
    else if (tone === 'error') tally.failed++;
    else tally.pending++;
  }
  return tally;
}

/**
 * Where a document came from, when this window added it: the service names a file by its path
 * relative to what was added ("shipment/invoice.pdf" for the folder ".../shipment"), so a
 * submitted path whose last segment starts the name gives the full path back.
 */
export function originalPath(fileName: string, submitted: readonly string[]): string | null {
  for (const path of submitted) {
    const trimmed = path.replace(/[/\\]+$/, '');
    const base = fileBaseName(trimmed);
    if (fileName === base) return trimmed;
    if (fileName.startsWith(`${base}/`)) {
      const sep = trimmed.includes('\\') && !trimmed.includes('/') ? '\\' : '/';
      return (
        trimmed +
        sep +
        fileName
          .slice(base.length + 1)
          .split('/')
          .join(sep)
      );
    }
  }
  return null;
}
