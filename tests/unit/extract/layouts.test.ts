// Every generator layout, born digital: each document of a five-document bundle is found
// with its page and nearly every truth field is read exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { ExtractedDocument } from '../../../main/extract/types';
import type { LayoutId } from '../../../main/samples/layouts/registry';
import { sameValue } from '../../eval/compare';
import { type BornDigital, bornDigital, shipmentFor } from './fixtures/born-digital';

const KP_LAYOUTS: LayoutId[] = [
  'kp-us-form',
  'kp-eu-style',
  'kp-fr-producer',
  'kp-pt-producer',
  'kp-hub',
];
const INVOICES: LayoutId[] = ['invoice-lots', 'invoice-letterhead', 'invoice-continental'];

const bundles = new Map<LayoutId, { input: BornDigital; docs: ExtractedDocument[] }>();

beforeAll(async () => {
  for (const [i, kp] of KP_LAYOUTS.entries()) {
    const input = await bornDigital(
      [
        { type: 'kp_certificate', layout: kp },
        { type: 'invoice', layout: INVOICES[i % INVOICES.length] ?? 'invoice-lots' },
        { type: 'airway_bill', layout: 'awb-iata' },
        { type: 'packing_list', layout: 'packing-list' },
        { type: 'import_confirmation', layout: 'import-confirmation' },
      ],
      shipmentFor(kp),
    );
    bundles.set(kp, { input, docs: extractDocuments(input.pages) });
  }
}, 60_000);

describe('born-digital bundles of every layout', () => {
  it.each(KP_LAYOUTS)('%s bundle splits into its five documents by page', (kp) => {
    const b = bundles.get(kp);
    expect(b?.docs.map((d) => [d.type, d.pages])).toEqual(
      b?.input.truth.map((t) => [t.type, t.pages]),
    );
  });

  it.each(KP_LAYOUTS)('%s bundle: at least 95 %% of truth fields read exactly', (kp) => {
    const b = bundles.get(kp);
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const t of b?.input.truth ?? []) {
      const doc = b?.docs.find((d) => d.type === t.type && d.pages.includes(t.pages[0] ?? 0));
      for (const [k, v] of Object.entries(t.fields)) {
        total += 1;
        if (sameValue(doc?.fields[k]?.value, v)) right += 1;
        else wrong.push(`${t.type}.${k}`);
      }
    }
    expect(right / total, wrong.join(', ')).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every field a box on its page, a source text and a confidence', () => {
    for (const { docs } of bundles.values()) {
      for (const d of docs) {
        expect(d.confidence).toBeGreaterThan(0.5);
        for (const f of Object.values(d.fields)) {
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          expect(d.pages).toContain(f.page);
          const [x0, y0, x1, y1] = f.bbox;
          expect(x0).toBeLessThanOrEqual(x1);
          expect(y0).toBeLessThanOrEqual(y1);
        }
      }
    }
  });

  it('puts the certificate number box on the printed number', () => {
    const b = bundles.get('kp-hub');
    const kp = b?.docs.find((d) => d.type === 'kp_certificate');
    const f = kp?.fields.certificate_number;
    const words = b?.input.pages[0]?.words ?? [];
    const inside = words.filter(
      (w) =>
        f &&
        w.x0 >= f.bbox[0] - 1e-3 &&
        w.x1 <= f.bbox[2] + 1e-3 &&
        w.y0 >= f.bbox[1] - 1e-3 &&
        w.y1 <= f.bbox[3] + 1e-3,
    );
    expect(
      inside
        .map((w) => w.text)
        .join(' ')
        .replace(/\s|-/g, ''),
    ).toBe(typeof f?.value === 'string' ? f.value.replace(' ', '') : 'missing');
  });
});
