// The one table of every call and push event between the renderer and the service.
// Adding a call = one entry here + one method on the service (main/service.ts).
// Imported by main (to parse), by the preload (to name its methods) and by the renderer (types).
import { z } from 'zod';

export const AppError = z.object({ code: z.string(), message: z.string() });
export type AppError = z.infer<typeof AppError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

const IsoTime = z.string();

export const CaseSummary = z.object({
  path: z.string(),
  title: z.string(),
  createdAt: IsoTime,
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  reviewers: z.array(z.string()),
  documentCount: z.number().int(),
  pageCount: z.number().int(),
  shipmentCount: z.number().int(),
  findingCount: z.number().int(),
  auditEntryCount: z.number().int(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const RecentCase = z.object({
  path: z.string(),
  title: z.string(),
  openedAt: IsoTime,
  exists: z.boolean(),
});
export type RecentCase = z.infer<typeof RecentCase>;

export const DocumentSummary = z.object({
  id: z.number().int(),
  sha256: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  addedAt: IsoTime,
  addedBy: z.string(),
  pageCount: z.number().int(),
  status: z.string(),
  error: AppError.nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: IsoTime,
  actor: z.string(),
  action: z.string(),
  payload: z.unknown(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const PageSummary = z.object({
  pageNo: z.number().int(),
  width: z.number(),
  height: z.number(),
  textSource: z.enum(['text_layer', 'ocr', 'none']),
  wordCount: z.number().int(),
  /** Mean OCR word confidence 0..1; 1 for a trusted text layer; null without words. */
  confidence: z.number().nullable(),
  error: AppError.nullable(),
});
export type PageSummary = z.infer<typeof PageSummary>;

export const JobState = z.enum(['queued', 'running', 'done', 'failed', 'cancelled', 'interrupted']);

export const JobProgress = z.object({
  jobId: z.number().int(),
  kind: z.string(),
  state: JobState,
  step: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  /** Seconds left at the current pace, when it can be told. */
  etaSeconds: z.number().nullable(),
  file: z.string().nullable(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const IngestFileResult = z.object({
  file: z.string(),
  sha256: z.string().nullable(),
  status: z.enum(['added', 'duplicate', 'error']),
  pages: z.number().int(),
  text_source: z.object({ text_layer: z.number().int(), ocr: z.number().int() }),
  documents: z.number().int(),
  error: AppError.nullable(),
  seconds: z.number(),
});
export type IngestFileResult = z.infer<typeof IngestFileResult>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['ipc', 'http']),
  nativeDialogs: z.boolean(),
  defaultCaseDir: z.string(),
  user: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const DocumentType = z.enum([
  'kp_certificate',
  'invoice',
  'airway_bill',
  'packing_list',
  'import_confirmation',
]);

/** `[x0, y0, x1, y1]` as fractions of the page as stored, origin top-left. */
export const Box = z.tuple([z.number(), z.number(), z.number(), z.number()]);

export const FieldValue = z.union([
  z.string(),
  z.number(),
  z.array(z.string()),
  z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
]);

/** A box a reviewer drew, remembered for pages of the same layout (label fingerprint). */
export const TemplateSummary = z.object({
  id: z.number().int(),
  documentType: DocumentType,
  field: z.string(),
  /** Page of the box within its document, 0 = first. */
  pageOffset: z.number().int(),
  box: Box,
  sourceDocumentId: z.number().int().nullable(),
  sourcePageNo: z.number().int().nullable(),
  sourceText: z.string().nullable(),
  createdAt: IsoTime,
  createdBy: z.string(),
  /** Fields of the case currently read through this template. */
  fieldCount: z.number().int(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const LearnedTemplate = z.object({
  template: TemplateSummary,
  /** The value the box holds, now the document's field (origin `reviewer`). */
  field: z.object({
    name: z.string(),
    value: FieldValue,
    text: z.string(),
    confidence: z.number(),
    page: z.number().int(),
    bbox: Box,
    needsReview: z.boolean(),
    origin: z.literal('reviewer'),
  }),
  /** What the document's field held before, null when it had none. */
  previousValue: FieldValue.nullable(),
  /** An earlier template for the same field and layout was replaced by this one. */
  replaced: z.boolean(),
  /** Other documents of the case read again, whose field now comes from the template. */
  updatedDocuments: z.array(z.number().int()),
});
export type LearnedTemplate = z.infer<typeof LearnedTemplate>;

const CasePath = z.string().min(1).max(4096);
const Empty = z.object({}).strict();

export const calls = {
  'app.info': { input: Empty, output: AppInfo },
  'case.create': {
    input: z.object({ path: CasePath, title: z.string().trim().min(1).max(200) }).strict(),
    output: CaseSummary,
  },
  'case.open': { input: z.object({ path: CasePath }).strict(), output: CaseSummary },
  'case.close': { input: Empty, output: z.null() },
  'case.current': { input: Empty, output: CaseSummary.nullable() },
  'case.recent': { input: Empty, output: z.array(RecentCase) },
  'documents.list': { input: Empty, output: z.array(DocumentSummary) },
  'audit.list': {
    input: z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: z.array(AuditEntry),
  },
  /** Native file dialogs exist only under Electron; elsewhere they answer `unsupported`. */
  'dialog.pickNewCasePath': {
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.string().nullable(),
  },
  'dialog.pickExistingCasePath': { input: Empty, output: z.string().nullable() },
  /** Files or folders to add; ingest runs as a job reporting `job.progress`. */
  'documents.add': {
    input: z
      .object({
        paths: z.array(CasePath).min(1).max(10_000),
        password: z.string().max(1024).optional(),
        langs: z
          .string()
          .regex(/^(eng|fra)(\+(eng|fra))*$/)
          .optional(),
      })
      .strict(),
    output: z.object({ jobId: z.number().int() }),
  },
  'documents.pages': {
    input: z.object({ documentId: z.number().int() }).strict(),
    output: z.array(PageSummary),
  },
  /** A page's thumbnail as a data: URL (PNG). */
  'documents.thumbnail': {
    input: z.object({ documentId: z.number().int(), pageNo: z.number().int().min(1) }).strict(),
    output: z.string(),
  },
  'dialog.pickDocuments': { input: Empty, output: z.array(z.string()) },
  'jobs.list': { input: Empty, output: z.array(JobProgress) },
  'jobs.cancel': { input: z.object({ jobId: z.number().int() }).strict(), output: z.null() },
  /**
   * The reviewer draws the box of a field: its value is read with the field's own parser and
   * stored (origin `reviewer`), and the box is remembered for documents of the same layout.
   * Errors: document_not_found, page_not_found, unknown_field, box_outside_page, no_value_in_box.
   */
  'templates.learn': {
    input: z
      .object({
        documentId: z.number().int(),
        documentType: DocumentType,
        field: z.string().min(1).max(64),
        pageNo: z.number().int().min(1),
        box: Box,
      })
      .strict(),
    output: LearnedTemplate,
  },
  'templates.list': {
    input: z.object({ documentType: DocumentType.optional() }).strict(),
    output: z.array(TemplateSummary),
  },
  /** Documents the template read are read again without it (answered as `updatedDocuments`). */
  'templates.delete': {
    input: z.object({ id: z.number().int() }).strict(),
    output: z.object({ id: z.number().int(), updatedDocuments: z.array(z.number().int()) }),
  },
} as const;

export type CallName = keyof typeof calls;
export type CallInput<N extends CallName> = z.input<(typeof calls)[N]['input']>;
export type CallOutput<N extends CallName> = z.output<(typeof calls)[N]['output']>;
export const callNames = Object.keys(calls) as CallName[];

export const events = {
  'case.changed': CaseSummary.nullable(),
  'menu.command': z.enum(['new-case', 'open-case', 'close-case', 'add-documents']),
  /** At most every 100 ms per job, and once when it ends. */
  'job.progress': JobProgress,
  /** The documents of the open case changed (added, progressed, failed). */
  'documents.changed': z.null(),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];

/** What the preload exposes as `window.kimberlite` and the HTTP bridge implements. */
export type KimberliteApi = {
  [N in CallName]: (input: CallInput<N>) => Promise<Result<CallOutput<N>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export { ErrorCode } from './error-code';

/**
 * The desktop app's second, tiny bridge (window.kimberliteFiles): where on disk a dropped
 * file or folder lives. Electron no longer puts a `path` on File objects; only the preload
 * can ask webUtils. The browser host has none (a page cannot learn paths) and uploads bytes.
 */
export interface FilePathsBridge {
  /** The dropped file's or folder's absolute path; "" for one that has none (e.g. a blob). */
  pathOf(file: File): string;
}
