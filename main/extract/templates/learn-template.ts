// A reviewer draws a box around a field the engine missed or misread: the box is read with the
// field's own validator, and what the page looks like (its fingerprint) is kept with the box
// so later documents of the same layout can be read the same way.
import { fieldConfidence, REVIEW_THRESHOLD, unionBox } from '../fields/confidence';
import { extractDocuments } from '../extract-documents';
import type { Bbox, ExtractedField, KnownDocType, PageWords } from '../types';
import { groupLines } from '../layout/lines';
import { pageFingerprint } from './fingerprint';
import { boxUpright, framePage } from './page-frame';
import { readWords, wordsInBox } from './read-box';
import { fieldKind, type Template, teachableFields } from './template';

export interface LearnInput {
  type: KnownDocType;
  field: string;
  pageNo: number;
  /** On the page as stored, fractions of its width and height, origin top-left. */
  box: Bbox;
}

export type LearnErrorCode =
  'unknown_field' | 'page_not_found' | 'box_outside_page' | 'no_value_in_box';

export interface LearnError {
  error: { code: LearnErrorCode; message: string };
}

export interface Learned {
  /** The value the box holds, as a field of the document. */
  field: ExtractedField;
  /** Which of the file's documents (as extraction splits it) the page belongs to. */
  docIndex: number;
  /** What the engine had read for the field, if anything. */
  engine: ExtractedField | null;
  template: Omit<Template, 'id'>;
}

export function checkBox(box: Bbox): string | null {
  const [x0, y0, x1, y1] = box;
  if (![x0, y0, x1, y1].every((v) => Number.isFinite(v) && v >= 0 && v <= 1)) {
    return `The box [${box.join(', ')}] is not on the page: corners are fractions of the page, between 0 and 1.`;
  }
  if (x1 <= x0 || y1 <= y0) {
    return `The box [${box.join(', ')}] is not on the page: it needs x0 < x1 and y0 < y1.`;
  }
  return null;
}

export function learnFromBox(pages: readonly PageWords[], input: LearnInput): Learned | LearnError {
  const fail = (code: LearnErrorCode, message: string): LearnError => ({
    error: { code, message },
  });
  const kind = fieldKind(input.type, input.field);
  if (!kind) {
    return fail(
      'unknown_field',
      `${input.type} has no field "${input.field}" that a box can teach; it has ${teachableFields(input.type).join(', ')}.`,
    );
  }
  const bad = checkBox(input.box);
  if (bad) return fail('box_outside_page', bad);
  const stored = pages.find((p) => p.pageNo === input.pageNo);
  if (!stored) return fail('page_not_found', `The document has no page ${input.pageNo}.`);

  const page = framePage(stored);
  const rotation = page.rotation;
  const picked = wordsInBox(page.words, boxUpright(input.box, rotation));
  if (picked.length === 0) {
    return fail('no_value_in_box', `There is no text in the box on page ${input.pageNo}.`);
  }
  const r = readWords(kind, picked);
  if (!r) {
    const text = picked.map((w) => w.text).join(' ');
    return fail(
      'no_value_in_box',
      `The box holds "${text.slice(0, 120)}", which does not read as ${input.field} (${kind}).`,
    );
  }
  const words = r.words.map((w) => page.stored.get(w) ?? w);
  const confidence = fieldConfidence(r.validity, words);
  const field: ExtractedField = {
    value: r.value,
    text: r.text,
    confidence,
    page: input.pageNo,
    bbox: unionBox(words),
    needsReview: confidence < REVIEW_THRESHOLD,
  };

  const documents = extractDocuments(pages);
  const docIndex = Math.max(
    0,
    documents.findIndex((d) => d.pages.includes(input.pageNo)),
  );
  const doc = documents[docIndex];
  const valueBoxes = Object.values(doc?.fields ?? {})
    .filter((f) => f.page === input.pageNo)
    .map((f) => f.bbox);
  return {
    field,
    docIndex,
    engine: doc?.fields[input.field] ?? null,
    template: {
      docType: input.type,
      field: input.field,
      // The value read is not part of the layout; a caption inside a generous box is.
      fingerprint: pageFingerprint(input.type, page, [...valueBoxes, field.bbox]),
      pageOffset: Math.max(0, doc?.pages.indexOf(input.pageNo) ?? 0),
      box: input.box,
      rotation,
      valueLines: groupLines(r.words).length,
    },
  };
}
