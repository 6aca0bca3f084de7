// The importing authority's confirmation of receipt (a letter with a table and a stamp).
import { GREY } from '../draw/ops';
import { A4, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatInt, formatNumber } from '../format/numbers';
import type { ConfirmationFields } from '../model/types';
import { country, countryName } from '../model/places';
import { rows } from './common/blocks';
import { boxStamp, roundStamp, signature } from './common/stamp';
import type { Layout } from './types';

export const importConfirmation: Layout<ConfirmationFields> = ({ shipment: s, fields: f, rng }) => {
  const p = new Page(A4.width, A4.height);
  const dest = s.importer.country;
  const num = dest === 'BE' ? rng.pick(['eu', 'en'] as const) : 'en';
  const ds = rng.pick(['en-long', 'dmy-slash', 'iso'] as const);
  p.text(60, 70, country(dest).authority, { font: 'sans-bold', size: 11 });
  p.text(60, 86, `Kimberley Process Authority of ${countryName(dest)}`, { size: 9, color: GREY });
  p.line(60, 96, 535, 96, 0.8);
  p.text(60, 140, 'CONFIRMATION OF IMPORT', { font: 'sans-bold', size: 15 });
  p.text(60, 158, 'Kimberley Process Certification Scheme \u2014 import confirmation', {
    size: 9,
    color: GREY,
  });
  p.wrapped(
    60,
    190,
    `To the Kimberley Process Authority of ${countryName(s.issuer)}: we confirm that the shipment of rough diamonds covered by the certificate below has been received and inspected.`,
    475,
    { size: 10, font: 'serif' },
    13,
  );
  rows(
    p,
    60,
    240,
    170,
    305,
    [
      { label: 'KP certificate number', value: f.certificate_number, field: 'certificate_number' },
      { label: 'Date of receipt', value: formatDate(f.receipt_date, ds), field: 'receipt_date' },
      { label: 'Number of parcels', value: formatInt(f.parcels, num), field: 'parcels' },
      { label: 'Carat weight', value: formatNumber(f.carats, num), field: 'carats' },
      { label: 'Exporter', value: f.exporter_name, field: 'exporter_name' },
      { label: 'Importer', value: f.importer_name, field: 'importer_name' },
    ],
    { rowH: 28 },
  );
  p.wrapped(
    60,
    440,
    'The seals were found intact. The original certificate is retained by this authority in accordance with the KPCS minimum requirements.',
    475,
    { size: 9.5, font: 'serif' },
    12,
  );
  p.text(60, 520, 'Inspecting officer', { size: 8.5, color: GREY });
  p.push(...signature(rng, 70, 560, 120));
  p.push(
    ...roundStamp(rng, 420, 545, 42, `${countryName(dest)} \u2022 Kimberley Process`, [
      'IMPORT',
      'CONTROL',
    ]),
  );
  p.push(
    ...boxStamp(rng, 300, 600, ['RECEIVED', formatDate(f.receipt_date, 'd-mon-y').toUpperCase()]),
  );
  return p.spec();
};
