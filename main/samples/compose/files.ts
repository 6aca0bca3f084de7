// Which files a shipment's documents end up in, and how each file is rendered: born-digital
// PDF, scanned PDF, PNG, JPEG or multi-page TIFF; some files bundle several documents.
import { Deck, type Rng } from '../rng';
import type { DocType } from '../model/types';
import type { LayoutId } from '../layouts/registry';
import type { ComposedShipment } from './shipments';

export type FileFormat = 'pdf' | 'scan-pdf' | 'png' | 'jpeg' | 'tiff';

export interface PlannedDoc {
  type: DocType;
  layout: LayoutId;
}

export interface PlannedFile {
  name: string;
  format: FileFormat;
  docs: PlannedDoc[];
}

const SHORT: Record<DocType, string> = {
  kp_certificate: 'kp',
  invoice: 'invoice',
  airway_bill: 'awb',
  packing_list: 'packing',
  import_confirmation: 'import',
};
const EXT: Record<FileFormat, string> = {
  pdf: 'pdf',
  'scan-pdf': 'pdf',
  png: 'png',
  jpeg: 'jpg',
  tiff: 'tif',
};
export const FORMATS: readonly FileFormat[] = ['pdf', 'scan-pdf', 'png', 'jpeg', 'tiff'];
const MULTI_PAGE: readonly FileFormat[] = ['pdf', 'scan-pdf', 'tiff'];

export class FilePlanner {
  private readonly formats: Deck<FileFormat>;
  private readonly bundles: Deck<FileFormat>;

  constructor(
    private readonly rng: Rng,
    private readonly only?: readonly FileFormat[],
  ) {
    this.formats = new Deck(
      rng.fork('formats'),
      only ?? ['pdf', 'pdf', 'scan-pdf', 'scan-pdf', 'jpeg', 'jpeg', 'png', 'tiff'],
    );
    const multi = (only ?? MULTI_PAGE).filter((f) => MULTI_PAGE.includes(f));
    this.bundles = new Deck(rng.fork('bundles'), multi.length > 0 ? multi : MULTI_PAGE);
  }

  plan(c: ComposedShipment): PlannedFile[] {
    const id = c.shipment.id;
    const docs: PlannedDoc[] = [
      { type: 'kp_certificate', layout: c.kpLayout },
      { type: 'invoice', layout: c.invoiceLayout },
      { type: 'airway_bill', layout: 'awb-iata' },
      { type: 'packing_list', layout: 'packing-list' },
    ];
    if (c.docs.import_confirmation)
      docs.push({ type: 'import_confirmation', layout: 'import-confirmation' });
    const files: PlannedFile[] = [];
    const bundle =
      this.rng.chance(0.3) && (!this.only || this.only.some((f) => MULTI_PAGE.includes(f)));
    let rest = docs;
    if (bundle) {
      const withAwb = this.rng.chance(0.5);
      const grouped = docs.filter(
        (d) =>
          d.type === 'invoice' ||
          d.type === 'packing_list' ||
          (withAwb && d.type === 'airway_bill'),
      );
      const format = this.bundles.draw();
      files.push({
        name: `${id}-${grouped.map((d) => SHORT[d.type]).join('-')}.${EXT[format]}`,
        format,
        docs: grouped,
      });
      rest = docs.filter((d) => !grouped.includes(d));
    }
    for (const d of rest) {
      const format = this.formats.draw();
      files.push({ name: `${id}-${SHORT[d.type]}.${EXT[format]}`, format, docs: [d] });
    }
    const order: DocType[] = [
      'kp_certificate',
      'invoice',
      'airway_bill',
      'packing_list',
      'import_confirmation',
    ];
    return files.sort(
      (a, b) =>
        order.indexOf(a.docs[0]?.type ?? 'invoice') - order.indexOf(b.docs[0]?.type ?? 'invoice'),
    );
  }
}
