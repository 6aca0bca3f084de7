// What a reviewer's drawn box teaches: on pages of this layout, this field is in this box.
import { SPECS } from '../documents/extract-type';
import type { Kind } from '../fields/kinds';
import type { Bbox, ExtractedField, KnownDocType } from '../types';
import type { Fingerprint } from './fingerprint';

export interface Template {
  id: number;
  docType: KnownDocType;
  field: string;
  /** The label fingerprint of the page the box was drawn on. */
  fingerprint: Fingerprint;
  /** Page of the box within its document (0 = the document's first page). */
  pageOffset: number;
  /** The box as drawn, on the source page as stored. */
  box: Bbox;
  /** How the source page was turned to be read upright (the fingerprint's frame). */
  rotation: number;
  /** Lines the value took on the source page. */
  valueLines: number;
}

/** A field as stored: from the engine, or read through a template (which one). */
export type StoredField = ExtractedField & { templateId?: number };

/** The kind of a field a box can teach, or null (unknown field, or a table such as `lines`). */
export function fieldKind(type: KnownDocType, field: string): Kind | null {
  const spec = Object.hasOwn(SPECS[type].fields, field) ? SPECS[type].fields[field] : undefined;
  return spec?.kind ?? null;
}

export function teachableFields(type: KnownDocType): string[] {
  return Object.keys(SPECS[type].fields);
}
