// A short invoice on letterhead with one consolidated line (no lot breakdown).
import type { Rgb } from '../draw/ops';
import { GREY } from '../draw/ops';
import { LETTER, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatNumber } from '../format/numbers';
import type { InvoiceFields } from '../model/types';
import { originText } from './common/print';
import { roundStamp, signature } from './common/stamp';
import { partyBlock, WDC_WARRANTY } from './invoice-common';
import type { Layout } from './types';

export const invoiceLetterhead: Layout<InvoiceFields> = ({ shipment: s, fields: f, rng }) => {
  const p = new Page(LETTER.width, LETTER.height);
  const band: Rgb = rng.pick([
    [0.1, 0.2, 0.35],
    [0.2, 0.2, 0.2],
    [0.05, 0.3, 0.3],
  ] as const);
  const ds = rng.pick(['us-long', 'iso', 'en-long'] as const);
  p.rect(0, 0, LETTER.width, 80, { fill: band });
  p.text(40, 44, f.seller_name.toUpperCase(), { font: 'sans-bold', size: 15, color: [1, 1, 1] });
  p.text(40, 62, 'Rough diamond trading', { size: 9, color: [0.85, 0.85, 0.9] });
  p.text(572, 52, 'INVOICE', { font: 'sans-bold', size: 22, align: 'right', color: [1, 1, 1] });
  partyBlock(p, 40, 112, 250, 'FROM', f.seller_name, f.seller_address, 'seller');
  partyBlock(p, 320, 112, 250, 'BILL TO', f.buyer_name, f.buyer_address, 'buyer');
  const meta: [string, string, string][] = [
    ['Invoice number', f.invoice_number, 'invoice_number'],
    ['Invoice date', formatDate(f.invoice_date, ds), 'invoice_date'],
    ['KP certificate no.', f.kp_certificate_numbers.join(', '), 'kp_certificate_numbers'],
    ['Origin', originText(f.country_of_origin, s), 'country_of_origin'],
  ];
  meta.forEach(([k, v, field], i) => {
    p.text(40 + (i % 2) * 280, 210 + Math.floor(i / 2) * 30, k, { size: 7.5, color: GREY });
    p.text(40 + (i % 2) * 280, 222 + Math.floor(i / 2) * 30, v, { size: 10, field });
  });
  const y = 290;
  p.rect(40, y, 532, 20, { fill: [0.93, 0.93, 0.93] });
  const heads: [string, number][] = [
    ['Description', 46],
    ['HS code', 300],
    ['Carats', 410],
    ['Price/ct (USD)', 490],
    ['Amount (USD)', 566],
  ];
  heads.forEach(([h, x], i) =>
    p.text(x, y + 14, h, {
      size: 8,
      font: 'sans-bold',
      ...(i >= 2 ? { align: 'right' as const } : {}),
    }),
  );
  const line = f.lines[0];
  if (line) {
    p.wrapped(46, y + 38, line.description, 240, { size: 9 }, 11);
    p.text(300, y + 38, f.hs_codes.join(', '), { size: 9, field: 'hs_codes' });
    p.text(410, y + 38, formatNumber(line.carats, 'en'), { size: 9, align: 'right' });
    p.text(490, y + 38, formatNumber(line.unit_price, 'en'), { size: 9, align: 'right' });
    p.text(566, y + 38, formatNumber(line.amount, 'en'), { size: 9, align: 'right' });
    p.mark('lines', [44, y + 28, 568, y + 52]);
  }
  p.line(40, y + 70, 572, y + 70, 0.5, GREY);
  const tot: [string, string, string][] = [
    ['Number of parcels', String(f.parcels), 'parcels'],
    ['Total carats', formatNumber(f.total_carats, 'en'), 'total_carats'],
    [`Total ${f.currency}`, formatNumber(f.total_amount, 'en'), 'total_amount'],
  ];
  tot.forEach(([k, v, field], i) => {
    p.text(440, y + 92 + i * 18, k, { size: 9, align: 'right', color: GREY });
    p.text(566, y + 92 + i * 18, v, {
      size: i === 2 ? 11 : 9.5,
      font: i === 2 ? 'sans-bold' : 'sans',
      align: 'right',
      field,
    });
  });
  p.text(
    40,
    y + 100,
    'Payment: wire transfer within 30 days. Goods shipped insured, sealed parcels.',
    { size: 8, color: GREY },
  );
  p.wrapped(40, y + 170, WDC_WARRANTY, 532, { size: 7.5, font: 'sans-oblique' }, 9.5);
  p.push(...signature(rng, 380, y + 260, 120));
  p.push(...roundStamp(rng, 200, y + 255, 34, f.seller_name, ['EXPORT']));
  p.text(40, LETTER.height - 40, `${s.exporter.street}, ${s.exporter.city}`, {
    size: 7,
    color: GREY,
  });
  return p.spec();
};
