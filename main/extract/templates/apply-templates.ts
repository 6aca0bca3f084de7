// The second line of defence: after the engine has read a document, every template of its
// type whose fingerprint matches one of its pages reads its box there. A value that passes
// the field's validator replaces the engine's: a reviewer showed where it is on this layout.
import type { Word } from '../../ingest/word';
import { fieldConfidence, REVIEW_THRESHOLD, unionBox } from '../fields/confidence';
import type { Bbox, ExtractedDocument, KnownDocType, PageWords } from '../types';
import {
  compareFingerprints,
  type Comparison,
  type Fingerprint,
  labelWords,
  pageFingerprint,
  sameLayoutAt,
  shiftNear,
} from './fingerprint';
import { boxUpright, type FramedPage, framePage } from './page-frame';
import { readCarried, wordsInBox } from './read-box';
import { fieldKind, type StoredField, type Template } from './template';

export interface StoredDocument extends Omit<ExtractedDocument, 'fields'> {
  fields: Record<string, StoredField>;
}

/** Jitter allowed around a box carried to another page. */
const MARGIN = 0.004;

interface PageView {
  page: FramedPage;
  offset: number;
  isLabel: Set<Word>;
  fingerprint: Fingerprint;
}

function pageViews(type: KnownDocType, doc: ExtractedDocument, pages: readonly PageWords[]) {
  const views: PageView[] = [];
  doc.pages.forEach((pageNo, offset) => {
    const stored = pages.find((p) => p.pageNo === pageNo);
    if (!stored) return;
    const page = framePage(stored);
    const isLabel = labelWords(type, page);
    const boxes = Object.values(doc.fields)
      .filter((f) => f.page === pageNo)
      .map((f) => f.bbox);
    views.push({ page, offset, isLabel, fingerprint: pageFingerprint(type, page, boxes, isLabel) });
  });
  return views;
}

/** The template's box carried onto a matching page (upright frame). */
export function carryBox(t: Template, cmp: Comparison): Bbox {
  const [x0, y0, x1, y1] = boxUpright(t.box, t.rotation);
  const { dx, dy } = shiftNear(cmp, (x0 + x1) / 2, (y0 + y1) / 2);
  return [x0 + dx, y0 + dy, x1 + dx, y1 + dy];
}

/** Reads one template on one page; null when the box holds nothing valid for the field. */
export function readTemplate(t: Template, view: PageView, cmp: Comparison): StoredField | null {
  const kind = fieldKind(t.docType, t.field);
  if (!kind) return null;
  const box = carryBox(t, cmp);
  const picked = wordsInBox(view.page.words, box, MARGIN);
  if (picked.length === 0) return null;
  const r = readCarried(kind, view.page.words, picked, view.isLabel, {
    valueLines: t.valueLines,
    middle: (box[1] + box[3]) / 2,
  });
  if (!r) return null;
  const stored = r.words.map((w) => view.page.stored.get(w) ?? w);
  // A match at the threshold is still the same layout; a value that validates loosely is not.
  const confidence = fieldConfidence(r.validity * Math.min(1, 0.5 + cmp.similarity), stored);
  return {
    value: r.value,
    text: r.text,
    confidence,
    page: view.page.pageNo,
    bbox: unionBox(stored),
    needsReview: confidence < REVIEW_THRESHOLD,
    templateId: t.id,
  };
}

/** Two readings of one page whose boxes mostly cover each other. */
function sameWords(a: StoredField, b: StoredField): boolean {
  if (a.page !== b.page) return false;
  const area = (r: Bbox) => Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]);
  const inter: Bbox = [
    Math.max(a.bbox[0], b.bbox[0]),
    Math.max(a.bbox[1], b.bbox[1]),
    Math.min(a.bbox[2], b.bbox[2]),
    Math.min(a.bbox[3], b.bbox[3]),
  ];
  const least = Math.min(area(a.bbox), area(b.bbox));
  return least > 0 && area(inter) / least >= 0.5;
}

/**
 * The documents with their fields as the templates read them. For each field the best-matching
 * template wins (closest fingerprint, then the page at the template's own place in the document).
 */
export function applyTemplates(
  documents: readonly ExtractedDocument[],
  pages: readonly PageWords[],
  templates: readonly Template[],
): StoredDocument[] {
  return documents.map((doc) => {
    const type = doc.type;
    if (type === 'other') return doc;
    const mine = templates.filter((t) => t.docType === type);
    if (mine.length === 0) return doc;
    const views = pageViews(type, doc, pages);
    // Templates learned on one page share its fingerprint: compare each fingerprint once.
    const seen = new Map<Fingerprint, Comparison[]>();
    const compare = (t: Template) => {
      const known = seen.get(t.fingerprint);
      if (known) return known;
      const cmps = views.map((v) => compareFingerprints(t.fingerprint, v.fingerprint));
      seen.set(t.fingerprint, cmps);
      return cmps;
    };
    const fields: Record<string, StoredField> = { ...doc.fields };
    const byField = new Map<string, Template[]>();
    for (const t of mine) byField.set(t.field, [...(byField.get(t.field) ?? []), t]);
    for (const [field, ts] of byField) {
      const tries = ts
        .flatMap((t) => compare(t).map((cmp, i) => ({ t, v: views[i], cmp })))
        .filter((x): x is { t: Template; v: PageView; cmp: Comparison } => x.v !== undefined)
        .filter((x) => {
          const [x0, y0, x1, y1] = boxUpright(x.t.box, x.t.rotation);
          return sameLayoutAt(x.t.fingerprint, x.cmp, (x0 + x1) / 2, (y0 + y1) / 2);
        })
        .sort(
          (a, b) =>
            b.cmp.similarity - a.cmp.similarity ||
            Number(b.v.offset === b.t.pageOffset) - Number(a.v.offset === a.t.pageOffset),
        );
      for (const { t, v, cmp } of tries) {
        const f = readTemplate(t, v, cmp);
        if (!f) continue;
        // The engine read the same words: its reading (with its repairs) stands.
        const engine = doc.fields[field];
        if (!engine || !sameWords(engine, f)) fields[field] = f;
        break;
      }
    }
    return { ...doc, fields };
  });
}
