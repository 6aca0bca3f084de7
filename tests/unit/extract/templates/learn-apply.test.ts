import { describe, expect, it } from 'vitest';
import type { Word } from '../../../../main/ingest/word';
import { extractDocuments } from '../../../../main/extract/extract-documents';
import { applyTemplates } from '../../../../main/extract/templates/apply-templates';
import { learnFromBox } from '../../../../main/extract/templates/learn-template';
import type { Template } from '../../../../main/extract/templates/template';
import type { Bbox, PageWords } from '../../../../main/extract/types';
import { turnWord } from '../../../../main/extract/layout/upright';
import { FIRST, layoutA, layoutB, SECOND } from './layouts';

/** The carats value of layout A with room for a longer number. */
const CARATS_BOX: Bbox = [0.39, 0.395, 0.56, 0.418];

function learnCarats(pages: PageWords[], box = CARATS_BOX): Template {
  const r = learnFromBox(pages, { type: 'kp_certificate', field: 'carats', pageNo: 1, box });
  if ('error' in r) throw new Error(r.error.message);
  return { ...r.template, id: 7 };
}

const one = (words: Word[], rotation = 0): PageWords[] => [{ pageNo: 1, words, rotation }];

/** The fields after the templates; `missed` plays an engine that did not find that field. */
function readWith(pages: PageWords[], templates: Template[], missed?: string) {
  const docs = extractDocuments(pages).map((d) => ({
    ...d,
    fields: Object.fromEntries(Object.entries(d.fields).filter(([k]) => k !== missed)),
  }));
  const [doc] = applyTemplates(docs, pages, templates);
  return doc?.fields ?? {};
}

describe('learning a field from a drawn box', () => {
  it('reads the box with the field kind parser and keeps box, text and confidence', () => {
    const pages = one(layoutA(FIRST));
    const r = learnFromBox(pages, {
      type: 'kp_certificate',
      field: 'carats',
      pageNo: 1,
      box: CARATS_BOX,
    });
    expect('error' in r).toBe(false);
    if ('error' in r) return;
    expect(r.engine).toBeNull(); // the engine does not know "Mass of goods"
    expect(r.field).toMatchObject({ value: 1234.56, text: '1,234.56', page: 1 });
    expect(r.field.confidence).toBeGreaterThan(0.5);
    const [x0, y0, x1, y1] = r.field.bbox;
    expect(x0).toBeCloseTo(0.4, 3);
    expect(y0).toBeCloseTo(0.4, 3);
    expect(x1).toBeLessThan(0.56);
    expect(y1).toBeCloseTo(0.412, 3);
    expect(r.docIndex).toBe(0);
    expect(r.template).toMatchObject({
      docType: 'kp_certificate',
      field: 'carats',
      box: CARATS_BOX,
    });
    expect(r.template.fingerprint.tokens.map((t) => t.t)).toEqual(
      expect.arrayContaining(['mass', 'goods', 'ministry']),
    );
    // Values are not part of the layout.
    expect(r.template.fingerprint.tokens.map((t) => t.t)).not.toContain('debswana');
  });

  it('skips a caption caught at the start of the box', () => {
    const r = learnFromBox(one(layoutA(FIRST)), {
      type: 'kp_certificate',
      field: 'carats',
      pageNo: 1,
      box: [0.05, 0.395, 0.56, 0.418],
    });
    expect('error' in r ? r.error : r.field.value).toBe(1234.56);
  });

  it.each([
    ['unknown_field', { field: 'lines' }],
    ['unknown_field', { field: 'invoice_number' }],
    ['box_outside_page', { box: [0.5, 0.5, 1.2, 0.6] }],
    ['box_outside_page', { box: [0.5, 0.5, 0.4, 0.6] }],
    ['page_not_found', { pageNo: 2 }],
    ['no_value_in_box', { box: [0.6, 0.6, 0.7, 0.7] }],
    // "Debswana Diamond Company" is no carat weight.
    ['no_value_in_box', { box: [0.39, 0.215, 0.7, 0.235] }],
  ] as const)('answers %s for a bad request %j', (code, change) => {
    const r = learnFromBox(one(layoutA(FIRST)), {
      type: 'kp_certificate',
      field: 'carats',
      pageNo: 1,
      box: CARATS_BOX,
      ...change,
    } as Parameters<typeof learnFromBox>[1]);
    expect('error' in r && r.error.code).toBe(code);
  });
});

describe('applying templates', () => {
  const template = learnCarats(one(layoutA(FIRST)));

  it('reads the field on another document of the layout, shifted on the glass', () => {
    const pages = one(layoutA(SECOND, 0.012, 0.009));
    expect(readWith(pages, []).carats).toBeUndefined();
    const f = readWith(pages, [template]).carats;
    expect(f).toMatchObject({ value: 987.65, text: '987.65', templateId: 7, page: 1 });
    expect(f?.bbox[0]).toBeCloseTo(0.412, 3);
  });

  it('reads a longer value than the box was drawn around', () => {
    const pages = one(layoutA({ ...SECOND, carats: '12,345,678.91' }));
    expect(readWith(pages, [template]).carats?.value).toBe(12345678.91);
  });

  it('reads a page stored upside down', () => {
    const words = layoutA(SECOND).map((w) => turnWord(w, 180));
    const f = readWith(one(words, 180), [template]).carats;
    expect(f?.value).toBe(987.65);
    // The box is on the page as stored: the lower half.
    expect(f?.bbox[1]).toBeGreaterThan(0.5);
  });

  it('leaves a document of another layout to the engine', () => {
    const pages = one(layoutB(SECOND));
    const f = readWith(pages, [template]).carats;
    expect(f?.value).toBe(987.65);
    expect(f?.templateId).toBeUndefined();
  });

  it('overrides a value the engine got wrong on the layout', () => {
    // A layout-A page where the engine reads carats somewhere else: a "Weight" row it knows.
    const withWeight: Word[] = [
      ...layoutA(SECOND),
      { text: 'Weight', x0: 0.6, y0: 0.46, x1: 0.65, y1: 0.472, confidence: 1 },
      { text: '5.00', x0: 0.68, y0: 0.46, x1: 0.71, y1: 0.472, confidence: 1 },
    ];
    const pages = one(withWeight);
    expect(readWith(pages, []).carats?.value).toBe(5);
    expect(readWith(pages, [template]).carats?.value).toBe(987.65);
  });

  it('keeps the engine value when the box holds nothing valid on the new page', () => {
    const pages = one(layoutA({ ...SECOND, carats: 'see annex' }));
    expect(readWith(pages, [template]).carats).toBeUndefined();
  });

  it('uses the best-matching template when several layouts taught the same field', () => {
    const other = { ...learnCarats(one(layoutB(FIRST)), [0.04, 0.515, 0.2, 0.535]), id: 9 };
    expect(readWith(one(layoutA(SECOND)), [other, template]).carats?.templateId).toBe(7);
    expect(readWith(one(layoutB(SECOND)), [template, other], 'carats').carats).toMatchObject({
      value: 987.65,
      templateId: 9,
    });
  });

  it('keeps the engine reading where it read the same words as the template', () => {
    const taught = { ...learnCarats(one(layoutB(FIRST)), [0.04, 0.515, 0.2, 0.535]), id: 9 };
    const f = readWith(one(layoutB(SECOND)), [taught]).carats;
    expect(f).toMatchObject({ value: 987.65 });
    expect(f?.templateId).toBeUndefined();
  });
});
