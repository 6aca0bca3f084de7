// A continental-style bilingual invoice (French/English): 12.345,67 or 12 345,67, dates
// 14.03.2024 or 14 mars 2024, one consolidated line.
import { GREY } from '../draw/ops';
import { A4, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatNumber } from '../format/numbers';
import type { InvoiceFields } from '../model/types';
import { originText } from './common/print';
import { signature } from './common/stamp';
import { partyBlock, WDC_WARRANTY } from './invoice-common';
import type { Layout } from './types';

export const invoiceContinental: Layout<InvoiceFields> = ({ shipment: s, fields: f, rng }) => {
  const p = new Page(A4.width, A4.height);
  const num = rng.pick(['eu', 'fr'] as const);
  const ds = rng.pick(['dmy-dot', 'fr-long', 'dmy-slash'] as const);
  p.text(297, 60, 'FACTURE / INVOICE', { font: 'serif-bold', size: 18, align: 'center' });
  p.line(200, 68, 395, 68, 0.8);
  partyBlock(p, 50, 100, 230, 'Vendeur / Seller', f.seller_name, f.seller_address, 'seller', {
    font: 'serif',
  });
  partyBlock(p, 320, 100, 225, 'Acheteur / Buyer', f.buyer_name, f.buyer_address, 'buyer', {
    font: 'serif',
  });
  const facts: [string, string, string][] = [
    ['Facture n\u00b0 / Invoice no.', f.invoice_number, 'invoice_number'],
    ['Date', formatDate(f.invoice_date, ds), 'invoice_date'],
    [
      'Certificat PK / KP certificate',
      f.kp_certificate_numbers.join(', '),
      'kp_certificate_numbers',
    ],
    ['Origine / Origin', originText(f.country_of_origin, s, 'fr'), 'country_of_origin'],
    ['Code SH / HS code', f.hs_codes.join(', '), 'hs_codes'],
    ['Devise / Currency', f.currency, 'currency'],
  ];
  facts.forEach(([k, v, field], i) => {
    const y = 200 + i * 17;
    p.text(50, y, k, { size: 8.5, color: GREY });
    p.text(220, y, v, { size: 9.5, font: 'serif', field });
  });
  const y = 320;
  p.rect(50, y, 495, 40, { stroke: [0, 0, 0], width: 0.7 });
  p.line(50, y + 16, 545, y + 16, 0.5);
  const heads: [string, number][] = [
    ['D\u00e9signation', 56],
    ['Colis', 300],
    ['Carats', 380],
    ['USD/ct', 455],
    ['Montant USD', 540],
  ];
  heads.forEach(([h, x], i) =>
    p.text(x, y + 11, h, {
      size: 8,
      font: 'sans-bold',
      ...(i >= 1 ? { align: 'right' as const } : {}),
    }),
  );
  const line = f.lines[0];
  if (line) {
    p.wrapped(56, y + 31, line.description, 200, { size: 8, font: 'serif' }, 9);
    p.text(300, y + 31, String(f.parcels), { size: 9, align: 'right', field: 'parcels' });
    p.text(380, y + 31, formatNumber(line.carats, num), { size: 9, align: 'right' });
    p.text(455, y + 31, formatNumber(line.unit_price, num), { size: 9, align: 'right' });
    p.text(540, y + 31, formatNumber(line.amount, num), { size: 9, align: 'right' });
    p.mark('lines', [54, y + 22, 542, y + 36]);
  }
  p.text(380, y + 64, 'Total carats', { size: 9, align: 'right', color: GREY });
  p.text(540, y + 64, formatNumber(f.total_carats, num), {
    size: 10,
    align: 'right',
    font: 'serif-bold',
    field: 'total_carats',
  });
  p.text(380, y + 82, 'Total \u00e0 payer / Total due (USD)', {
    size: 9,
    align: 'right',
    color: GREY,
  });
  p.text(540, y + 82, formatNumber(f.total_amount, num), {
    size: 11,
    align: 'right',
    font: 'serif-bold',
    field: 'total_amount',
  });
  p.wrapped(50, y + 130, WDC_WARRANTY, 495, { size: 7.5, font: 'serif-italic' }, 9.5);
  p.text(
    50,
    y + 200,
    'Conditions : paiement comptant contre documents. Marchandise voyageant aux risques de l\u2019acheteur.',
    { size: 8, color: GREY },
  );
  p.text(380, y + 250, 'Signature et cachet / Signature and stamp', { size: 8, color: GREY });
  p.push(...signature(rng, 400, y + 290, 110));
  return p.spec();
};
