// An IATA air waybill: the ruled grid of boxes, the AWB number in the corners, handling
// information quoting the KP certificate, values in the carrier's typeface.
import type { Rgb } from '../draw/ops';
import { A4, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatNumber } from '../format/numbers';
import type { AwbFields } from '../model/types';
import type { Layout } from './types';

export const awbIata: Layout<AwbFields> = ({ shipment: s, fields: f, rng }) => {
  const p = new Page(A4.width, A4.height);
  const ink: Rgb = rng.pick([
    [0.1, 0.35, 0.2],
    [0.12, 0.25, 0.5],
    [0.5, 0.12, 0.12],
  ] as const);
  const typed = { font: 'mono-bold' as const, size: 9.5 };
  const num = `${f.awb_number.slice(0, 3)}-${f.awb_number.slice(3, 7)} ${f.awb_number.slice(7)}`;
  const L = 30;
  const W = A4.width - 60;
  const box = (x: number, y: number, w: number, h: number, cap: string): void => {
    p.rect(x, y, w, h, { stroke: ink, width: 0.6 });
    p.text(x + 3, y + 7.5, cap, { size: 5.5, color: ink });
  };
  p.text(L, 40, num, { ...typed, size: 13, field: 'awb_number' });
  p.text(L + W, 40, num, { ...typed, size: 13, align: 'right' });
  box(L, 50, W / 2, 80, "Shipper's Name and Address");
  p.text(L + 8, 72, f.shipper_name, { ...typed, field: 'shipper_name' });
  p.wrapped(
    L + 8,
    86,
    `${s.exporter.street}, ${s.exporter.city}`,
    W / 2 - 16,
    { font: 'mono', size: 8.5 },
    10,
  );
  box(L + W / 2, 50, W / 2, 80, 'Not negotiable');
  p.text(L + W / 2 + 10, 78, 'Air Waybill', { font: 'sans-bold', size: 14, color: ink });
  p.text(L + W / 2 + 10, 94, `Issued by ${s.awb.airline}`, { size: 8.5, color: ink });
  p.text(L + W / 2 + 10, 110, 'Copies 1, 2 and 3 of this Air Waybill are originals', {
    size: 6,
    color: ink,
  });
  box(L, 130, W / 2, 80, "Consignee's Name and Address");
  p.text(L + 8, 152, f.consignee_name, { ...typed, field: 'consignee_name' });
  p.wrapped(
    L + 8,
    166,
    `${s.importer.street}, ${s.importer.city}`,
    W / 2 - 16,
    { font: 'mono', size: 8.5 },
    10,
  );
  box(L + W / 2, 130, W / 2, 80, 'Issuing Carrier\u2019s Agent Name and City');
  p.text(
    L + W / 2 + 8,
    152,
    rng.pick([
      'MALCA-AMIT',
      'BRINK\u2019S GLOBAL SERVICES',
      'FERRARI GROUP',
      'LOOMIS INTERNATIONAL',
    ]),
    typed,
  );
  box(L, 210, W / 2, 30, 'Airport of Departure (Addr. of First Carrier) and Requested Routing');
  p.text(L + 8, 232, f.departure_airport, { ...typed, field: 'departure_airport' });
  box(L + W / 2, 210, W / 2, 30, 'Accounting Information');
  p.text(L + W / 2 + 8, 232, 'FREIGHT PREPAID', typed);
  box(L, 240, W / 4, 30, 'Airport of Destination');
  p.text(L + 8, 262, f.destination_airport, { ...typed, field: 'destination_airport' });
  box(L + W / 4, 240, W / 4, 30, 'Requested Flight/Date');
  p.text(L + W / 4 + 8, 262, `${s.awb.flight}/`, typed);
  p.text(L + W / 4 + 8 + (s.awb.flight.length + 1) * 5.7, 262, formatDate(f.flight_date, 'awb'), {
    ...typed,
    field: 'flight_date',
  });
  box(L + W / 2, 240, W / 4, 30, 'Declared Value for Carriage');
  p.text(L + W / 2 + 8, 262, 'NVD', typed);
  box(L + (3 * W) / 4, 240, W / 4, 30, 'Declared Value for Customs');
  p.text(L + (3 * W) / 4 + 8, 262, f.currency, { ...typed, field: 'currency' });
  p.text(L + (3 * W) / 4 + 36, 262, formatNumber(f.declared_value, 'plain'), {
    ...typed,
    field: 'declared_value',
  });
  box(L, 270, W, 50, 'Handling Information');
  p.text(L + 8, 292, 'VALUABLE CARGO - ROUGH DIAMONDS - KP CERTIFICATE NO.', typed);
  p.text(L + 8 + 52 * 5.72, 292, f.kp_certificate_numbers.join(' '), {
    ...typed,
    field: 'kp_certificate_numbers',
  });
  p.text(L + 8, 306, 'ORIGINAL KP CERT AND INVOICE ATTACHED. ESCORT ON DELIVERY.', typed);
  const y = 320;
  const cols = [0, 50, 130, 190, 300, W];
  [
    'No. of Pieces RCP',
    'Gross Weight',
    'kg lb',
    'Chargeable Weight',
    'Nature and Quantity of Goods (incl. Dimensions or Volume)',
  ].forEach((h, i) => box(L + (cols[i] ?? 0), y, (cols[i + 1] ?? 0) - (cols[i] ?? 0), 120, h));
  p.text(L + 10, y + 30, String(f.pieces), { ...typed, field: 'pieces' });
  p.text(L + 58, y + 30, formatNumber(f.gross_weight_kg, 'plain', 1), {
    ...typed,
    field: 'gross_weight_kg',
  });
  p.text(L + 140, y + 30, 'K', typed);
  p.text(
    L + 198,
    y + 30,
    formatNumber(Math.max(1, Math.ceil(f.gross_weight_kg)), 'plain', 1),
    typed,
  );
  p.text(L + 308, y + 30, 'ROUGH DIAMONDS', typed);
  p.text(L + 308, y + 44, `${String(s.parcels.length)} SEALED PARCEL(S)`, typed);
  p.text(L + 308, y + 58, `HS ${s.hs}`, typed);
  p.text(L + 308, y + 72, `DIMS 30X20X15 CM`, typed);
  box(L, 440, W / 2, 70, 'Prepaid   Weight Charge   Valuation Charge   Tax');
  p.text(L + 8, 470, `${f.currency} ${formatNumber(rng.int(180, 1400), 'plain')}`, typed);
  box(
    L + W / 2,
    440,
    W / 2,
    70,
    'Shipper certifies that the particulars on the face hereof are correct',
  );
  p.text(L + W / 2 + 8, 492, f.shipper_name, { font: 'mono', size: 7.5 });
  box(
    L,
    510,
    W,
    60,
    'Executed on (date)        at (place)        Signature of Issuing Carrier or its Agent',
  );
  p.text(L + 8, 540, formatDate(f.flight_date, 'awb'), typed);
  p.text(L + 120, 540, f.departure_airport, typed);
  p.text(L + W - 8, 560, num, { ...typed, size: 12, align: 'right' });
  p.text(L, 592, 'ORIGINAL 3 (FOR SHIPPER)', { font: 'sans-bold', size: 9, color: ink });
  p.wrapped(
    L,
    612,
    'It is agreed that the goods described herein are accepted in apparent good order and condition (except as noted) for carriage SUBJECT TO THE CONDITIONS OF CONTRACT ON THE REVERSE HEREOF. THE SHIPPER\u2019S ATTENTION IS DRAWN TO THE NOTICE CONCERNING CARRIER\u2019S LIMITATION OF LIABILITY.',
    W,
    { size: 6.5, color: ink },
    8,
  );
  return p.spec();
};
