// Commercial invoice with a lot breakdown: one line per parcel with carats, USD/ct, amount.
import { BLACK, GREY } from '../draw/ops';
import { A4, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatNumber } from '../format/numbers';
import type { InvoiceFields } from '../model/types';
import { countryName } from '../model/places';
import { originText } from './common/print';
import { signature } from './common/stamp';
import { partyBlock, WDC_WARRANTY } from './invoice-common';
import type { Layout } from './types';

export const invoiceLots: Layout<InvoiceFields> = ({ shipment: s, fields: f, rng }) => {
  const p = new Page(A4.width, A4.height);
  const ds = rng.pick(['d-mon-y', 'en-long', 'dmy-slash'] as const);
  const L = 50;
  const R = A4.width - 50;
  p.text(L, 62, f.seller_name, { font: 'serif-bold', size: 17 });
  p.text(
    L,
    78,
    `${s.exporter.street} \u2022 ${s.exporter.city} \u2022 ${countryName(s.exporter.country)}`,
    { size: 8, color: GREY },
  );
  p.line(L, 88, R, 88, 1.2);
  p.text(R, 118, 'COMMERCIAL INVOICE', { font: 'sans-bold', size: 15, align: 'right' });
  const facts: [string, string, string][] = [
    ['Invoice No.', f.invoice_number, 'invoice_number'],
    ['Date', formatDate(f.invoice_date, ds), 'invoice_date'],
    ['KP Certificate', f.kp_certificate_numbers.join(', '), 'kp_certificate_numbers'],
    ['Currency', f.currency, 'currency'],
  ];
  facts.forEach(([k, v, field], i) => {
    p.text(R - 190, 140 + i * 14, k, { size: 8.5, color: GREY });
    p.text(R, 140 + i * 14, v, { size: 9, align: 'right', field });
  });
  partyBlock(p, L, 118, 180, 'SELLER', f.seller_name, f.seller_address, 'seller');
  partyBlock(p, L, 196, 240, 'SOLD TO', f.buyer_name, f.buyer_address, 'buyer');
  const cols = [L, L + 40, L + 250, L + 330, L + 410];
  const y0 = 272;
  p.rect(L, y0, R - L, 18, { fill: [0.9, 0.9, 0.9] });
  ['Lot', 'Description', 'Carats', 'USD/ct', 'Amount USD'].forEach((h, i) => {
    const right = i >= 2;
    p.text(right ? (cols[i + 1] ?? R) - 6 : (cols[i] ?? L) + 4, y0 + 12.5, h, {
      size: 8,
      font: 'sans-bold',
      ...(right ? { align: 'right' as const } : {}),
    });
  });
  let y = y0 + 32;
  const first = y - 12;
  f.lines.forEach((line, i) => {
    p.text((cols[0] ?? L) + 4, y, String(i + 1), { size: 9 });
    p.text((cols[1] ?? L) + 4, y, line.description, { size: 9 });
    p.text((cols[3] ?? 0) - 6, y, formatNumber(line.carats, 'en'), { size: 9, align: 'right' });
    p.text((cols[4] ?? 0) - 6, y, formatNumber(line.unit_price, 'en'), { size: 9, align: 'right' });
    p.text(R - 6, y, formatNumber(line.amount, 'en'), { size: 9, align: 'right' });
    p.line(L, y + 6, R, y + 6, 0.25, GREY, [1, 2]);
    y += 18;
  });
  p.mark('lines', [L, first, R, y - 10]);
  p.line(L, y - 8, R, y - 8, 0.8, BLACK);
  p.text(cols[1] ?? L, y + 8, `Total: ${String(f.parcels)} parcel(s)`, {
    size: 9,
    font: 'sans-bold',
  });
  p.mark('parcels', [(cols[1] ?? L) + 24, y + 1, (cols[1] ?? L) + 40, y + 10]);
  p.text((cols[3] ?? 0) - 6, y + 8, formatNumber(f.total_carats, 'en'), {
    size: 9.5,
    font: 'sans-bold',
    align: 'right',
    field: 'total_carats',
  });
  p.text(R - 6, y + 8, formatNumber(f.total_amount, 'en'), {
    size: 9.5,
    font: 'sans-bold',
    align: 'right',
    field: 'total_amount',
  });
  y += 36;
  p.text(L, y, 'Country of origin:', { size: 9, color: GREY });
  p.text(L + 90, y, originText(f.country_of_origin, s), { size: 9, field: 'country_of_origin' });
  p.text(L, y + 14, 'HS code:', { size: 9, color: GREY });
  p.text(L + 90, y + 14, f.hs_codes.join(', '), { size: 9, field: 'hs_codes' });
  p.text(L, y + 28, 'Terms:', { size: 9, color: GREY });
  p.text(
    L + 90,
    y + 28,
    rng.pick(['CIP destination, insured', 'FCA, payment 30 days', 'Cash against documents']),
    { size: 9 },
  );
  p.wrapped(L, y + 60, WDC_WARRANTY, R - L, { size: 7.5, font: 'sans-oblique' }, 9.5);
  p.text(R - 160, y + 150, 'For and on behalf of the seller', { size: 8, color: GREY });
  p.push(...signature(rng, R - 150, y + 185, 110));
  p.line(R - 160, y + 195, R, y + 195, 0.5);
  return p.spec();
};
