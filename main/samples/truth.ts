// The truth.json shape (contract.md, `samples` output), with the extra keys this generator adds:
// where each field was drawn, and how each file was rendered.
import type { Box } from './draw/ops';
import type { DocType } from './model/types';
import type { RuleId } from './inject/types';

export interface FieldLocation {
  page: number;
  bbox: Box;
}

export interface TruthDocument {
  file: string;
  type: DocType;
  layout: string;
  render: 'born-digital' | 'scan';
  format: 'pdf' | 'png' | 'jpeg' | 'tiff';
  /** Pages of the file that hold this document (1-based). */
  pages: number[];
  fields: Record<string, unknown>;
  /** Page and box of each field printed on the document (absent: implied by the form, or blank). */
  locations: Record<string, FieldLocation>;
  /** Per page of this document, for scans: resolution, skew in degrees, and whole-page turn. */
  scan?: { dpi: number; skew_deg: number; turn: number }[];
}

export interface TruthShipment {
  id: string;
  documents: TruthDocument[];
  expected_findings: RuleId[];
  /** The shipment whose goods this one re-exports, or whose certificate number it reuses. */
  related?: { shipment: string; relation: 'reexport_of' | 'duplicate_of' };
}

export interface Truth {
  seed: number | string;
  quality: string;
  generator: string;
  shipments: TruthShipment[];
}

export const GENERATOR = 'kimberlite-samples/1';
