// The case-file side of user templates: a reviewer's box becomes the document's field value
// (origin 'reviewer'), a template kept in the case, an audit entry, and a fresh reading of the
// other stored documents of the same layout.
import type { Database } from 'better-sqlite3';
import { ErrorCode, type TemplateSummary } from '../../preload/contract';
import { appendAudit } from '../casefile/queries/audit';
import { documentExists } from '../casefile/queries/documents';
import { fieldBoxes, setReviewerField } from '../casefile/queries/fields';
import { documentPageWords, pageWords } from '../casefile/queries/pages';
import {
  deleteTemplate,
  documentsUsingTemplate,
  getTemplate,
  insertTemplate,
  listTemplates,
  pagesOfType,
  replaceTemplate,
  type TemplateRow,
} from '../casefile/queries/templates';
import {
  compareFingerprints,
  type Fingerprint,
  pageFingerprint,
  sameLayoutAt,
  WEAK_LAYOUT,
} from '../extract/templates/fingerprint';
import { boxUpright, framePage } from '../extract/templates/page-frame';
import { learnFromBox, type LearnInput } from '../extract/templates/learn-template';
import type { ExtractedField, FieldValue, KnownDocType } from '../extract/types';
import { extractStoredDocument } from '../ingest/extract-stored';
import { ServiceError } from '../service-error';

export interface TeachResult {
  template: TemplateSummary;
  field: ExtractedField & { name: string; origin: 'reviewer' };
  /** What the document's field held before (from the engine, a template or a reviewer). */
  previousValue: FieldValue | null;
  /** An earlier template of the same layout and field that this one replaced. */
  replaced: boolean;
  /** Other documents of the case whose fields were read again with the template. */
  updatedDocuments: number[];
}

export function summarise(t: TemplateRow): TemplateSummary {
  return {
    id: t.id,
    documentType: t.docType,
    field: t.field,
    pageOffset: t.pageOffset,
    box: t.box,
    sourceDocumentId: t.sourceDocumentId,
    sourcePageNo: t.sourcePageNo,
    sourceText: t.sourceText,
    createdAt: t.createdAt,
    createdBy: t.createdBy,
    fieldCount: t.fieldCount,
  };
}

const NEARLY = WEAK_LAYOUT * 0.8;

/**
 * Other stored documents with a page of the template's layout, found by fingerprint from the
 * stored words and field boxes: only these are worth reading again (extraction is the cost).
 */
function sameLayout(db: Database, type: KnownDocType, fp: Fingerprint, except: number): number[] {
  const found = new Set<number>();
  for (const p of pagesOfType(db, type)) {
    if (p.documentId === except || found.has(p.documentId)) continue;
    const page = framePage({ ...p, words: pageWords(db, p.documentId, p.pageNo) });
    const boxes = fieldBoxes(db, p.documentId, p.pageNo);
    // Only a filter, on boxes from an earlier reading: extraction takes the decision.
    if (compareFingerprints(fp, pageFingerprint(type, page, boxes)).similarity >= NEARLY) {
      found.add(p.documentId);
    }
  }
  return [...found];
}

/**
 * Reads the documents of the layout again (and those an earlier version of the template read);
 * returns those whose field the template now reads.
 */
function rereadOthers(db: Database, t: TemplateRow, except: number, readBefore: number[]) {
  const ids = new Set([...sameLayout(db, t.docType, t.fingerprint, except), ...readBefore]);
  ids.delete(except);
  const reread = [...ids].sort((a, b) => a - b);
  for (const id of reread) extractStoredDocument(db, id);
  // Reading one document never changes what another reads: ask once, after all of them.
  const using = new Set(documentsUsingTemplate(db, t.id));
  return reread.filter((id) => using.has(id));
}

export function teachTemplate(
  db: Database,
  input: LearnInput & { documentId: number },
  actor: string,
): TeachResult {
  if (!documentExists(db, input.documentId)) {
    throw new ServiceError(
      ErrorCode.documentNotFound,
      `There is no document ${input.documentId} in this case.`,
    );
  }
  const learned = learnFromBox(documentPageWords(db, input.documentId), input);
  if ('error' in learned) throw new ServiceError(learned.error.code, learned.error.message);

  // The same field redrawn on the same layout replaces that template rather than piling up.
  const same = listTemplates(db, input.type)
    .filter((t) => t.field === input.field)
    .map((t) => ({ t, s: compareFingerprints(t.fingerprint, learned.template.fingerprint) }))
    .filter((x) => {
      const [x0, y0, x1, y1] = boxUpright(x.t.box, x.t.rotation);
      return sameLayoutAt(x.t.fingerprint, x.s, (x0 + x1) / 2, (y0 + y1) / 2);
    })
    .sort((a, b) => b.s.similarity - a.s.similarity)[0]?.t;
  const readBefore = same ? documentsUsingTemplate(db, same.id) : [];
  const { templateId, replaced, previousValue } = db.transaction(() => {
    const row = {
      ...learned.template,
      sourceDocumentId: input.documentId,
      sourcePageNo: input.pageNo,
      sourceText: learned.field.text,
      createdBy: actor,
    };
    const id = same ? same.id : insertTemplate(db, row);
    if (same) replaceTemplate(db, same.id, row);
    const old = setReviewerField(db, {
      documentId: input.documentId,
      docIndex: learned.docIndex,
      name: input.field,
      value: learned.field.value,
      text: learned.field.text,
      page: learned.field.page,
      bbox: learned.field.bbox,
      confidence: learned.field.confidence,
      actor,
      reason: `template ${id}`,
    });
    appendAudit(db, {
      actor,
      action: 'template.learned',
      payload: {
        templateId: id,
        replacedTemplate: same !== undefined,
        documentId: input.documentId,
        documentType: input.type,
        field: input.field,
        pageNo: input.pageNo,
        box: input.box,
        text: learned.field.text,
        value: learned.field.value,
        previousValue: old,
      },
    });
    return { templateId: id, replaced: same !== undefined, previousValue: old };
  })();

  const kept = getTemplate(db, templateId);
  if (!kept) throw new ServiceError(ErrorCode.internal, `Template ${templateId} was not kept.`);
  const updatedDocuments = rereadOthers(db, kept, input.documentId, readBefore);
  const stored = getTemplate(db, templateId) ?? kept;
  return {
    template: summarise(stored),
    field: { ...learned.field, name: input.field, origin: 'reviewer' },
    previousValue,
    replaced,
    updatedDocuments,
  };
}

/** Deletes a template; the documents it read are read again without it. */
export function forgetTemplate(db: Database, id: number, actor: string): number[] {
  const t = getTemplate(db, id);
  if (!t) throw new ServiceError(ErrorCode.templateNotFound, `There is no template ${id}.`);
  const readBy = documentsUsingTemplate(db, id);
  db.transaction(() => {
    deleteTemplate(db, id);
    appendAudit(db, {
      actor,
      action: 'template.deleted',
      payload: { templateId: id, documentType: t.docType, field: t.field, documents: readBy },
    });
  })();
  for (const doc of readBy) extractStoredDocument(db, doc);
  return readBy;
}
