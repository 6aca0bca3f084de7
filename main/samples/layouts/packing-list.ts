// Packing list: one row per sealed parcel with its seal number and carats, the +1 ct note
// the EU G7 rule asks for, totals, origin.
import { GREY } from '../draw/ops';
import { A4, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatNumber } from '../format/numbers';
import type { PackingFields } from '../model/types';
import { originText } from './common/print';
import { signature } from './common/stamp';
import type { Layout } from './types';

export const packingList: Layout<PackingFields> = ({ shipment: s, fields: f, rng }) => {
  const p = new Page(A4.width, A4.height);
  const num = rng.pick(['en', 'en', 'eu', 'fr'] as const);
  const L = 56;
  const R = A4.width - 56;
  p.text(L, 64, s.exporter.name, { font: 'sans-bold', size: 12 });
  p.text(L, 78, `${s.exporter.street}, ${s.exporter.city}`, { size: 8, color: GREY });
  p.text(R, 64, 'PACKING LIST', { font: 'sans-bold', size: 16, align: 'right' });
  const facts: [string, string, string | undefined][] = [
    ['Reference', f.reference, 'reference'],
    ['Date', formatDate(s.dates.invoice, rng.pick(['dmy-slash', 'iso'] as const)), undefined],
    ['Consignee', s.importer.name, undefined],
    ['KP certificate', f.kp_certificate_numbers.join(', '), 'kp_certificate_numbers'],
    ['Origin', originText(f.country_of_origin, s), 'country_of_origin'],
    ['AWB', `${s.awb.number.slice(0, 3)}-${s.awb.number.slice(3)}`, undefined],
  ];
  facts.forEach(([k, v, field], i) => {
    p.text(L, 118 + i * 16, `${k}:`, { size: 9, color: GREY });
    p.text(L + 90, 118 + i * 16, v, { size: 9.5, ...(field ? { field } : {}) });
  });
  let y = 230;
  p.rect(L, y, R - L, 18, { fill: [0.92, 0.92, 0.92] });
  const cols: [string, number, boolean][] = [
    ['No.', L + 6, false],
    ['Parcel ID', L + 40, false],
    ['Seal No.', L + 140, false],
    ['Stones \u2265 1 ct', L + 250, false],
    ['Carats', R - 8, true],
  ];
  cols.forEach(([h, x, right]) =>
    p.text(x, y + 12.5, h.replace('\u2265', '>='), {
      size: 8,
      font: 'sans-bold',
      ...(right ? { align: 'right' as const } : {}),
    }),
  );
  y += 34;
  const first = y - 12;
  f.parcel_lines.forEach((line, i) => {
    p.text(L + 6, y, String(i + 1), { size: 9 });
    p.text(L + 40, y, line.parcel_id, { size: 9, font: 'mono' });
    p.text(L + 140, y, s.sealNumbers[i] ?? '', { size: 9, font: 'mono' });
    p.text(L + 250, y, line.carats > 25 && rng.chance(0.7) ? 'Yes' : 'No', { size: 9 });
    p.text(R - 8, y, formatNumber(line.carats, num), { size: 9, align: 'right' });
    p.line(L, y + 6, R, y + 6, 0.25, GREY);
    y += 18;
  });
  p.mark('parcel_lines', [L, first, R, y - 10]);
  p.line(L, y - 8, R, y - 8, 1);
  p.text(L + 6, y + 8, 'Total parcels:', { size: 9.5, font: 'sans-bold' });
  p.text(L + 90, y + 8, String(f.parcels), { size: 9.5, font: 'sans-bold', field: 'parcels' });
  p.text(L + 250, y + 8, 'Total carats:', { size: 9.5, font: 'sans-bold' });
  p.text(R - 8, y + 8, formatNumber(f.total_carats, num), {
    size: 9.5,
    font: 'sans-bold',
    align: 'right',
    field: 'total_carats',
  });
  p.wrapped(
    L,
    y + 50,
    'Parcels sealed in the presence of the exporting authority. Seal numbers as recorded on the KP certificate file. Net weight in metric carats.',
    R - L,
    { size: 8, color: GREY },
    10,
  );
  p.text(L, y + 110, 'Packed by:', { size: 8.5, color: GREY });
  p.push(...signature(rng, L + 60, y + 112, 100));
  return p.spec();
};
