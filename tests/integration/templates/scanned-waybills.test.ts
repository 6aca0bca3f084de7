// Real OCR: a reviewer boxes three fields on one scanned air waybill of the demo set; the
// next scanned waybill of the same form is read through those boxes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { documentPageWords } from '../../../main/casefile/queries/pages';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { KimberliteService } from '../../../main/service';
import type { Truth } from '../../../main/samples/truth';
import { repoRoot } from '../../helpers/run-cli';
import { addDocuments, serviceIn } from '../../helpers/service-case';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
let service: KimberliteService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

const samples = join(repoRoot, 'resources', 'samples');
const truth = JSON.parse(readFileSync(join(samples, 'truth.json'), 'utf8')) as Truth;
const docOf = (file: string) => {
  const d = truth.shipments.flatMap((s) => s.documents).find((x) => x.file === file);
  if (!d) throw new Error(file);
  return d;
};
const FIELDS = ['consignee_name', 'gross_weight_kg', 'declared_value'];

it('boxes taught on one scanned waybill read the next scan of the form', async () => {
  const dir = tempDir();
  const s = serviceIn(dir, { ocrWorkers: 1 });
  service = s;
  expect((await s.call('case.create', { path: 'c.kimb', title: 'AWB' })).ok).toBe(true);
  const add = async (file: string) => {
    expect(await addDocuments(s, [join(samples, file)])).toMatchObject({ state: 'done' });
    const docs = await s.call('documents.list', {});
    const id = docs.ok ? docs.value.find((d) => d.fileName.endsWith(file))?.id : undefined;
    if (id === undefined) throw new Error(`${file} was not added`);
    return id;
  };

  const teacher = docOf('S1-awb.jpg');
  const first = await add('S1-awb.jpg');
  for (const field of FIELDS) {
    const loc = teacher.locations[field];
    if (!loc) throw new Error(field);
    const [x0, y0, x1, y1] = loc.bbox;
    const learned = await s.call('templates.learn', {
      documentId: first,
      documentType: 'airway_bill',
      field,
      pageNo: loc.page,
      box: [x0 - 0.005, y0 - 0.004, x1 + 0.005, y1 + 0.004],
    });
    if (!learned.ok) throw new Error(`${field}: ${learned.error.message}`);
    // What OCR made of the box (it may misread: "3.7" as "307"); the layout is what counts.
    expect(learned.value.template.field).toBe(field);
  }

  const next = docOf('S2-awb.png');
  const second = await add('S2-awb.png');
  const db = new Database(join(dir, 'c.kimb'), { readonly: true });
  const rows = db
    .prepare('SELECT name, value_json, origin FROM fields WHERE document_id = ?')
    .all(second) as { name: string; value_json: string; origin: string }[];
  // What the engine alone makes of the scan (where it reads the template's words, it keeps them).
  const [engine] = extractDocuments(documentPageWords(db, second));
  db.close();
  const got = Object.fromEntries(rows.map((r) => [r.name, r]));
  const needed = FIELDS.filter(
    (f) => JSON.stringify(engine?.fields[f]?.value) !== JSON.stringify(next.fields[f]),
  );
  expect(needed.length, 'the engine reads every field alone: pick others').toBeGreaterThan(0);
  for (const field of FIELDS) {
    expect(JSON.parse(got[field]?.value_json ?? 'null'), field).toEqual(next.fields[field]);
    if (needed.includes(field)) expect(got[field]?.origin, field).toBe('template');
  }
}, 240_000);
