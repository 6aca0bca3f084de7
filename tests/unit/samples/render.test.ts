import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FORMATS, type FileFormat, type PlannedFile } from '../../../main/samples/compose/files';
import { composePlanned, type ComposedShipment } from '../../../main/samples/compose/shipments';
import { LAYOUTS_BY_TYPE, type LayoutId } from '../../../main/samples/layouts/registry';
import type { DocType } from '../../../main/samples/model/types';
import { renderFile } from '../../../main/samples/render/file';
import { PROFILES } from '../../../main/samples/render/quality';
import { Rng } from '../../../main/samples/rng';

// One shipment per certificate layout (issuer decides the form), with an import confirmation.
function shipmentFor(layout: LayoutId): ComposedShipment {
  const spec: Record<string, string> = {
    'kp-us-form': 'us',
    'kp-eu-style': 'eu',
    'kp-fr-producer': 'CD',
    'kp-pt-producer': 'AO',
    'kp-hub': 'hub',
  };
  for (let seed = 0; seed < 200; seed++) {
    const [c] = composePlanned(new Rng(`${layout}:${String(seed)}`), [{ rules: [] }]);
    if (!c?.docs.import_confirmation) continue;
    const want = spec[layout];
    if (
      !want ||
      (want.length === 2 && want.toUpperCase() === want
        ? c.shipment.issuer === want
        : c.shipment.kind === want)
    )
      return c;
  }
  throw new Error(`no shipment for ${layout}`);
}

const ALL: [DocType, LayoutId][] = (
  Object.entries(LAYOUTS_BY_TYPE) as [DocType, readonly LayoutId[]][]
).flatMap(([t, ls]) => ls.map((l): [DocType, LayoutId] => [t, l]));

async function pagesOf(
  format: FileFormat,
  bytes: Uint8Array,
): Promise<{ pages: number; width: number }> {
  if (format === 'pdf' || format === 'scan-pdf') {
    const pdf = await PDFDocument.load(bytes);
    return { pages: pdf.getPageCount(), width: pdf.getPage(0).getWidth() };
  }
  const meta = await sharp(bytes).metadata();
  return { pages: meta.pages ?? 1, width: meta.width };
}

describe('every layout in every rendering', () => {
  it.each(ALL)(
    '%s / %s renders in all five formats with boxes on the page',
    async (type, layout) => {
      const c = shipmentFor(type === 'kp_certificate' ? layout : 'kp-hub');
      const docs = {
        ...c,
        kpLayout:
          layout === 'kp-us-form' || layout.startsWith('kp-')
            ? (layout as ComposedShipment['kpLayout'])
            : c.kpLayout,
      };
      for (const format of FORMATS) {
        const file: PlannedFile = { name: `t.${format}`, format, docs: [{ type, layout }] };
        const r = await renderFile(file, docs, PROFILES.poor, new Rng(format), format === 'jpeg');
        expect(r.bytes.length).toBeGreaterThan(1000);
        const info = await pagesOf(format, r.bytes);
        expect(info.pages).toBe(1);
        const doc = r.documents[0];
        expect(doc?.layout).toBe(layout);
        expect(doc?.render).toBe(format === 'pdf' ? 'born-digital' : 'scan');
        const locs = Object.values(doc?.locations ?? {});
        expect(locs.length).toBeGreaterThan(3);
        for (const { bbox } of locs) {
          expect(bbox[0]).toBeLessThan(bbox[2]);
          expect(bbox[1]).toBeLessThan(bbox[3]);
          expect(Math.min(...bbox)).toBeGreaterThanOrEqual(0);
          expect(Math.max(...bbox)).toBeLessThanOrEqual(1);
        }
      }
    },
  );

  it('bundles several documents into one multi-page TIFF and PDF', async () => {
    const c = shipmentFor('kp-hub');
    for (const format of ['tiff', 'scan-pdf', 'pdf'] as const) {
      const file: PlannedFile = {
        name: `b.${format}`,
        format,
        docs: [
          { type: 'invoice', layout: c.invoiceLayout },
          { type: 'packing_list', layout: 'packing-list' },
          { type: 'airway_bill', layout: 'awb-iata' },
        ],
      };
      const r = await renderFile(file, c, PROFILES.office, new Rng(1), false);
      expect((await pagesOf(format, r.bytes)).pages).toBe(3);
      expect(r.documents.map((d) => d.pages[0])).toEqual([1, 2, 3]);
    }
  });

  it('puts a scanned field box where the ink is, through skew and a 90° turn', async () => {
    const c = shipmentFor('kp-eu-style');
    for (const turn of [false, true]) {
      const file: PlannedFile = {
        name: 'k.png',
        format: 'png',
        docs: [{ type: 'kp_certificate', layout: 'kp-eu-style' }],
      };
      const r = await renderFile(file, c, PROFILES.office, new Rng(turn ? 'turn' : 'flat'), turn);
      const img = sharp(r.bytes).greyscale();
      const { width, height } = await sharp(r.bytes).metadata();
      const overall = (await img.clone().stats()).channels[0]?.mean ?? 0;
      const doc = r.documents[0];
      if (turn) expect(doc?.scan?.[0]?.turn).not.toBe(0);
      const box = doc?.locations.carats?.bbox;
      expect(box).toBeDefined();
      if (!box) return;
      const region = {
        left: Math.floor(box[0] * width),
        top: Math.floor(box[1] * height),
        width: Math.max(1, Math.round((box[2] - box[0]) * width)),
        height: Math.max(1, Math.round((box[3] - box[1]) * height)),
      };
      const mean = async (r: typeof region): Promise<number> => {
        const px = await img.clone().extract(r).raw().toBuffer();
        return px.reduce((a, v) => a + v, 0) / px.length;
      };
      if (process.env.KIMB_DEBUG_BOXES) {
        const svg = `<svg width="${String(width)}" height="${String(height)}"><rect x="${String(region.left)}" y="${String(region.top)}" width="${String(region.width)}" height="${String(region.height)}" fill="none" stroke="red" stroke-width="3"/></svg>`;
        await sharp(r.bytes)
          .composite([{ input: Buffer.from(svg) }])
          .toFile(`${process.env.KIMB_DEBUG_BOXES}-${String(turn)}.png`);
      }
      const inside = await mean(region);
      // Text is dark: the box round the printed carats is darker than the page, and darker than
      // the same box moved off the text (a box computed without the skew/turn would miss).
      expect(inside).toBeLessThan(overall - 10);
      const moved = {
        ...region,
        left: Math.min(width - region.width, region.left + region.width + 4),
      };
      expect(inside).toBeLessThan((await mean(moved)) - 10);
    }
  });
});

describe('born-digital text layer', () => {
  it('contains the truth values of every document', async () => {
    const require = createRequire(import.meta.url);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const fonts = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
    for (const layout of [
      'kp-us-form',
      'kp-eu-style',
      'kp-fr-producer',
      'kp-pt-producer',
      'kp-hub',
    ] as const) {
      const c = shipmentFor(layout);
      const planned: PlannedFile = {
        name: 'all.pdf',
        format: 'pdf',
        docs: [
          { type: 'kp_certificate', layout },
          { type: 'invoice', layout: c.invoiceLayout },
          { type: 'airway_bill', layout: 'awb-iata' },
          { type: 'packing_list', layout: 'packing-list' },
          { type: 'import_confirmation', layout: 'import-confirmation' },
        ],
      };
      const r = await renderFile(planned, c, PROFILES.clean, new Rng(1), false);
      const doc = await pdfjs.getDocument({
        data: r.bytes,
        isEvalSupported: false,
        standardFontDataUrl: fonts,
      }).promise;
      for (const [i, d] of r.documents.entries()) {
        const page = await doc.getPage(i + 1);
        const text = (await page.getTextContent()).items
          .map((it) => ('str' in it ? it.str : ''))
          .join(' ');
        const digits = text.replace(/[\s.,]/g, '');
        const f = d.fields;
        const has = (v: unknown): void => {
          if (typeof v === 'number')
            expect(digits, `${layout} ${d.type} ${String(v)}`).toContain(
              String(Math.round(v * 100)).replace(/0+$/, ''),
            );
          else if (typeof v === 'string')
            expect(text.replace(/\s+/g, ' '), `${layout} ${d.type}`).toContain(v);
        };
        if (d.type === 'kp_certificate')
          [f.carats, f.value_usd, f.exporter_name, f.importer_name].forEach(has);
        if (d.type === 'kp_certificate')
          expect(digits).toContain(String(f.certificate_number).split(' ')[1]);
        if (d.type === 'invoice')
          [f.invoice_number, f.total_carats, f.total_amount, f.seller_name, f.buyer_name].forEach(
            has,
          );
        if (d.type === 'airway_bill')
          [f.shipper_name, f.consignee_name, f.declared_value].forEach(has);
        if (d.type === 'airway_bill')
          expect(digits.replace(/-/g, '')).toContain(String(f.awb_number));
        if (d.type === 'packing_list') [f.reference, f.total_carats].forEach(has);
        if (d.type === 'import_confirmation')
          [f.certificate_number, f.carats, f.importer_name].forEach(has);
      }
      await doc.destroy();
    }
  });
});
