import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../main/casefile/queries/audit';
import { extractStoredDocument } from '../../../main/ingest/extract-stored';
import type { KimberliteService } from '../../../main/service';
import { addDocuments, serviceIn } from '../../helpers/service-case';
import { useTempDir } from '../../helpers/temp-dir';
import { FIRST, layoutA, layoutB, SECOND } from '../../unit/extract/templates/layouts';
import { wordsPdf } from './word-pdf';

const tempDir = useTempDir();
let service: KimberliteService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

/** Layout A's carats value, drawn with room for a longer number. */
const CARATS_BOX: [number, number, number, number] = [0.39, 0.395, 0.56, 0.418];

async function openCase() {
  const dir = tempDir();
  const s = serviceIn(dir, { ocrWorkers: 1 });
  service = s;
  const created = await s.call('case.create', { path: 'c.kimb', title: 'Templates' });
  expect(created.ok).toBe(true);
  const add = async (files: Record<string, Parameters<typeof wordsPdf>[0]>) => {
    const paths = await Promise.all(
      Object.entries(files).map(async ([name, pages]) => {
        const path = join(dir, name);
        writeFileSync(path, await wordsPdf(pages));
        return path;
      }),
    );
    expect(await addDocuments(s, paths)).toMatchObject({ state: 'done' });
    const docs = await s.call('documents.list', {});
    if (!docs.ok) throw new Error(docs.error.message);
    return Object.fromEntries(docs.value.map((d) => [d.fileName, d.id]));
  };
  const field = (documentId: number, name: string) => {
    const db = new Database(join(dir, 'c.kimb'), { readonly: true });
    try {
      const row = db
        .prepare(
          `SELECT value_json, source_text, origin, template_id, page_no, x0, y0, x1, y1, confidence
             FROM fields WHERE document_id = ? AND name = ?`,
        )
        .get(documentId, name) as
        | {
            value_json: string;
            source_text: string;
            origin: string;
            template_id: number | null;
            x0: number;
            confidence: number;
          }
        | undefined;
      return row ? { ...row, value: JSON.parse(row.value_json) as unknown } : undefined;
    } finally {
      db.close();
    }
  };
  return { s, dir, add, field };
}

describe('user templates through the service', () => {
  it('learns a missed field on one document and reads it on the next of the same layout only', async () => {
    const { s, dir, add, field } = await openCase();
    const ids = await add({ 'a1.pdf': [layoutA(FIRST)] });
    const a1 = ids['a1.pdf'] ?? 0;
    expect(field(a1, 'certificate_number')?.value).toBe('BW 0123456');
    expect(field(a1, 'carats')).toBeUndefined(); // "Mass of goods" is not in the vocabulary

    const learned = await s.call('templates.learn', {
      documentId: a1,
      documentType: 'kp_certificate',
      field: 'carats',
      pageNo: 1,
      box: CARATS_BOX,
    });
    if (!learned.ok) throw new Error(learned.error.message);
    expect(learned.value).toMatchObject({
      replaced: false,
      previousValue: null,
      updatedDocuments: [],
      field: { name: 'carats', value: 1234.56, text: '1,234.56', page: 1, origin: 'reviewer' },
      template: {
        documentType: 'kp_certificate',
        field: 'carats',
        pageOffset: 0,
        box: CARATS_BOX,
        sourceDocumentId: a1,
        sourcePageNo: 1,
        sourceText: '1,234.56',
        createdBy: 'ana',
      },
    });
    expect(field(a1, 'carats')).toMatchObject({
      value: 1234.56,
      source_text: '1,234.56',
      origin: 'reviewer',
      template_id: null,
    });
    // Reading the document again keeps the reviewer's value.
    const again = new Database(join(dir, 'c.kimb'));
    extractStoredDocument(again, a1);
    again.close();
    expect(field(a1, 'carats')).toMatchObject({ value: 1234.56, origin: 'reviewer' });
    expect(field(a1, 'certificate_number')).toMatchObject({ origin: 'extracted' });

    const audit = await s.call('audit.list', {});
    const entry = audit.ok ? audit.value.find((e) => e.action === 'template.learned') : undefined;
    expect(entry).toMatchObject({
      actor: 'ana',
      payload: {
        templateId: learned.value.template.id,
        documentId: a1,
        field: 'carats',
        value: 1234.56,
        previousValue: null,
        box: CARATS_BOX,
      },
    });

    // A later document of the layout (other values, a little shifted) and one of another layout.
    const later = await add({
      'a2.pdf': [layoutA(SECOND, 0.01, 0.008)],
      'b.pdf': [layoutB(SECOND)],
    });
    const a2 = later['a2.pdf'] ?? 0;
    const b = later['b.pdf'] ?? 0;
    expect(field(a2, 'carats')).toMatchObject({
      value: 987.65,
      source_text: '987.65',
      origin: 'template',
      template_id: learned.value.template.id,
    });
    expect(field(a2, 'carats')?.x0).toBeGreaterThan(0.4);
    expect(field(b, 'carats')).toMatchObject({
      value: 987.65,
      origin: 'extracted',
      template_id: null,
    });
    // Other fields of the later document are still the engine's.
    expect(field(a2, 'certificate_number')).toMatchObject({
      value: 'BW 0987654',
      origin: 'extracted',
    });

    const listed = await s.call('templates.list', {});
    expect(listed.ok && listed.value.map((t) => [t.id, t.field, t.fieldCount])).toEqual([
      [learned.value.template.id, 'carats', 1],
    ]);
    expect(await s.call('templates.list', { documentType: 'invoice' })).toEqual({
      ok: true,
      value: [],
    });

    // Deleting the template reads its documents again without it; the reviewer's value stays.
    const deleted = await s.call('templates.delete', { id: learned.value.template.id });
    expect(deleted).toEqual({
      ok: true,
      value: { id: learned.value.template.id, updatedDocuments: [a2] },
    });
    expect(field(a2, 'carats')).toBeUndefined();
    expect(field(a1, 'carats')).toMatchObject({ value: 1234.56, origin: 'reviewer' });
    expect(await s.call('templates.list', {})).toEqual({ ok: true, value: [] });
    const trail = await s.call('audit.list', {});
    expect(trail.ok && trail.value.map((e) => e.action)).toEqual(
      expect.arrayContaining(['template.learned', 'template.deleted']),
    );
    const chain = new Database(join(dir, 'c.kimb'), { readonly: true });
    expect(verifyAuditChain(chain)).toBeNull();
    chain.close();
  }, 120_000);

  it('reads documents already in the case again when a template is learned, and redrawing replaces it', async () => {
    const { s, add, field } = await openCase();
    const ids = await add({ 'a1.pdf': [layoutA(FIRST)], 'a2.pdf': [layoutA(SECOND, -0.01, 0.01)] });
    const [a1, a2] = [ids['a1.pdf'] ?? 0, ids['a2.pdf'] ?? 0];
    const first = await s.call('templates.learn', {
      documentId: a1,
      documentType: 'kp_certificate',
      field: 'carats',
      pageNo: 1,
      box: [0.395, 0.398, 0.5, 0.416],
    });
    expect(first.ok && first.value.updatedDocuments).toEqual([a2]);
    expect(field(a2, 'carats')).toMatchObject({ value: 987.65, origin: 'template' });

    const again = await s.call('templates.learn', {
      documentId: a2,
      documentType: 'kp_certificate',
      field: 'carats',
      pageNo: 1,
      box: [0.38, 0.4, 0.56, 0.43],
    });
    if (!again.ok || !first.ok) throw new Error('learn failed');
    expect(again.value.replaced).toBe(true);
    expect(again.value.previousValue).toBe(987.65); // a2's value read through the template
    expect(again.value.template.id).toBe(first.value.template.id);
    expect(again.value.template.sourceDocumentId).toBe(a2);
    // a2's value is now the reviewer's; a1 keeps its own reviewer value.
    expect(field(a2, 'carats')).toMatchObject({ value: 987.65, origin: 'reviewer' });
    expect(field(a1, 'carats')).toMatchObject({ value: 1234.56, origin: 'reviewer' });
    const listed = await s.call('templates.list', {});
    expect(listed.ok && listed.value.length).toBe(1);
  }, 120_000);

  it('answers bad requests with clear error codes and changes nothing', async () => {
    const { s, add } = await openCase();
    const ids = await add({ 'a1.pdf': [layoutA(FIRST)] });
    const a1 = ids['a1.pdf'] ?? 0;
    const learn = (change: Record<string, unknown>) =>
      s.dispatch('templates.learn', {
        documentId: a1,
        documentType: 'kp_certificate',
        field: 'carats',
        pageNo: 1,
        box: CARATS_BOX,
        ...change,
      });
    const code = async (p: Promise<unknown>) => {
      const r = (await p) as { ok: boolean; error?: { code: string; message: string } };
      expect(r.ok).toBe(false);
      expect(r.error?.message.length).toBeGreaterThan(10);
      return r.error?.code;
    };
    expect(await code(learn({ documentId: 999 }))).toBe('document_not_found');
    expect(await code(learn({ pageNo: 3 }))).toBe('page_not_found');
    expect(await code(learn({ field: 'total_amount' }))).toBe('unknown_field');
    expect(await code(learn({ documentType: 'invoice', field: 'lines' }))).toBe('unknown_field');
    expect(await code(learn({ box: [0.9, 0.9, 1.1, 1.2] }))).toBe('box_outside_page');
    expect(await code(learn({ box: [-0.1, 0.4, 0.5, 0.42] }))).toBe('box_outside_page');
    expect(await code(learn({ box: [0.6, 0.6, 0.7, 0.65] }))).toBe('no_value_in_box');
    expect(await code(learn({ box: [0.05, 0.05, 0.9, 0.12] }))).toBe('no_value_in_box');
    expect(await code(learn({ documentType: 'passport' }))).toBe('invalid_input');
    expect(await code(learn({ box: [0.1, 0.2, 0.3] }))).toBe('invalid_input');
    expect(await code(s.dispatch('templates.delete', { id: 42 }))).toBe('template_not_found');
    expect(await s.call('templates.list', {})).toEqual({ ok: true, value: [] });
    const audit = await s.call('audit.list', {});
    expect(audit.ok && audit.value.some((e) => e.action.startsWith('template.'))).toBe(false);

    await s.call('case.close', {});
    expect(await code(learn({}))).toBe('no_case_open');
  }, 120_000);
});
