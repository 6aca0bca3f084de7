import type { StoredDocument } from '../../extract/templates/apply-templates';
import type { Template } from '../../extract/templates/template';
import type { PageWords } from '../../extract/types';
import type { MediaType } from '../sniff';
import type { PrepareOptions } from './prepare-pages';
import type { PreparedPage } from './prepared-page';

/** Messages between the ingest job and its prepare worker thread. */
export type ToWorker =
  /** Load pdf.js now, ahead of the first file (no answer). */
  | { type: 'warm' }
  | { type: 'start'; bytes: Uint8Array; mediaType: MediaType; options: PrepareOptions }
  | { type: 'next' }
  | { type: 'thumbnail'; bytes: Uint8Array; mediaType: MediaType; pageNo: number }
  | { type: 'extract'; pages: PageWords[]; templates: Template[] }
  /** Extract the file this thread just read, from the words it kept of its pages. */
  | { type: 'extract-prepared'; templates: Template[] };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'meta'; pages: number }
  | { type: 'page'; page: PreparedPage }
  | { type: 'done' }
  | { type: 'thumbnail'; png: Uint8Array }
  | { type: 'extracted'; documents: StoredDocument[] }
  /** The thread kept no pages to extract (it was replaced, or the file had OCR pages). */
  | { type: 'unprepared' }
  | { type: 'error'; code: string; message: string };
