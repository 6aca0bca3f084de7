// Templates on the generator's own layouts: every field a reviewer could box on one shipment's
// document is read on another shipment's document of the same layout, and never on another
// layout of the same type.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../../main/extract/extract-documents';
import { applyTemplates } from '../../../../main/extract/templates/apply-templates';
import { learnFromBox } from '../../../../main/extract/templates/learn-template';
import { fieldKind, type Template } from '../../../../main/extract/templates/template';
import type { Bbox, KnownDocType, PageWords } from '../../../../main/extract/types';
import { loadPdf } from '../../../../main/ingest/pdf/load-pdf';
import { readTextLayer } from '../../../../main/ingest/pdf/text-layer';
import type { LayoutId } from '../../../../main/samples/layouts/registry';
import { renderFile } from '../../../../main/samples/render/file';
import { PROFILES } from '../../../../main/samples/render/quality';
import { Rng } from '../../../../main/samples/rng';
import type { TruthDocument } from '../../../../main/samples/truth';
import { shipmentFor } from '../fixtures/born-digital';

interface Rendered {
  pages: PageWords[];
  truth: TruthDocument;
}

async function render(type: KnownDocType, layout: LayoutId, salt: string): Promise<Rendered> {
  const c = shipmentFor(layout, salt);
  const file = { name: 't.pdf', format: 'pdf' as const, docs: [{ type, layout }] };
  const r = await renderFile(file, c, PROFILES.clean, new Rng('templates'), false);
  const pdf = await loadPdf(r.bytes, { standardFonts: false });
  const pages: PageWords[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    pages.push({ pageNo: n, words: (await readTextLayer(await pdf.getPage(n))).words });
  }
  await pdf.destroy();
  const truth = r.documents[0];
  if (!truth) throw new Error('nothing rendered');
  return { pages, truth };
}

/** A reviewer's box: the printed value with a little room around it. */
const pad = ([x0, y0, x1, y1]: Bbox): Bbox => [
  Math.max(0, x0 - 0.005),
  Math.max(0, y0 - 0.004),
  Math.min(1, x1 + 0.005),
  Math.min(1, y1 + 0.004),
];

function teachAll(type: KnownDocType, d: Rendered): Template[] {
  const out: Template[] = [];
  for (const [field, loc] of Object.entries(d.truth.locations)) {
    if (!fieldKind(type, field)) continue;
    const r = learnFromBox(d.pages, { type, field, pageNo: loc.page, box: pad(loc.bbox) });
    if ('error' in r) throw new Error(`${field}: ${r.error.message}`);
    out.push({ ...r.template, id: out.length + 1 });
  }
  return out;
}

const LAYOUTS: [KnownDocType, LayoutId][] = [
  ['kp_certificate', 'kp-us-form'],
  ['kp_certificate', 'kp-eu-style'],
  ['invoice', 'invoice-lots'],
  ['invoice', 'invoice-continental'],
  ['airway_bill', 'awb-iata'],
];

describe('templates on generated layouts', () => {
  const docs = new Map<LayoutId, { one: Rendered; two: Rendered; taught: Template[] }>();
  beforeAll(async () => {
    for (const [type, layout] of LAYOUTS) {
      const one = await render(type, layout, 'one');
      const two = await render(type, layout, 'two');
      docs.set(layout, { one, two, taught: teachAll(type, one) });
    }
  }, 120_000);

  it.each(LAYOUTS)('%s %s: boxes taught on one shipment read the next', (_type, layout) => {
    const d = docs.get(layout);
    if (!d) throw new Error(layout);
    expect(d.taught.length).toBeGreaterThan(8);
    const [engine] = extractDocuments(d.two.pages);
    if (!engine) throw new Error('nothing extracted');
    const wrong: string[] = [];
    for (const t of d.taught) {
      // As if the engine had missed the field (where it read the same words, it keeps them).
      const rest = Object.fromEntries(Object.entries(engine.fields).filter(([k]) => k !== t.field));
      const [doc] = applyTemplates([{ ...engine, fields: rest }], d.two.pages, d.taught);
      const f = doc?.fields[t.field];
      const want = d.two.truth.fields[t.field];
      if (f?.templateId !== t.id || JSON.stringify(f.value) !== JSON.stringify(want)) {
        wrong.push(`${t.field}: ${JSON.stringify(f?.value)} ≠ ${JSON.stringify(want)}`);
      }
    }
    // An address wrapped at another word joins with a comma there, as the engine joins it.
    expect(
      wrong.filter((w) => !w.includes('_address')),
      wrong.join('\n'),
    ).toEqual([]);
    expect(wrong.length).toBeLessThanOrEqual(1);
  });

  it('never reads another layout of the same type', () => {
    for (const [type, from] of LAYOUTS) {
      for (const [otherType, to] of LAYOUTS) {
        if (otherType !== type || to === from) continue;
        const taught = docs.get(from)?.taught ?? [];
        const two = docs.get(to)?.two;
        if (!two) throw new Error(to);
        const [doc] = applyTemplates(extractDocuments(two.pages), two.pages, taught);
        const used = Object.entries(doc?.fields ?? {}).filter(([, f]) => f.templateId);
        expect(used.map(([k]) => `${from} → ${to}: ${k}`)).toEqual([]);
      }
    }
  });
});
