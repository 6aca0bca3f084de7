import type { Word } from '../ingest/word';

export const DOC_TYPES = [
  'kp_certificate',
  'invoice',
  'airway_bill',
  'packing_list',
  'import_confirmation',
] as const;
export type KnownDocType = (typeof DOC_TYPES)[number];
export type DocType = KnownDocType | 'other';

export interface PageWords {
  pageNo: number;
  words: readonly Word[];
  /** Clockwise degrees (a multiple of 90) the stored page was turned to be read upright. */
  rotation?: number;
}

export type Bbox = [number, number, number, number];
export type TableRow = Record<string, string | number>;
export type FieldValue = string | number | string[] | TableRow[];

/** One field as contract.md's `extract --json` shows it, plus the review flag. */
export interface ExtractedField {
  value: FieldValue;
  text: string;
  confidence: number;
  page: number;
  bbox: Bbox;
  needsReview: boolean;
}

export interface ExtractedDocument {
  type: DocType;
  pages: number[];
  confidence: number;
  fields: Record<string, ExtractedField>;
}
