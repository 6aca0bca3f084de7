// A trading hub's certificate (also used by anglophone producers): a plain modern A4 form,
// shaded rows in its own order, number top right, authority header.
import type { Rgb } from '../draw/ops';
import { A4, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatInt, formatNumber } from '../format/numbers';
import { countryName } from '../model/places';
import { rows } from './common/blocks';
import { guillocheFrame } from './common/guilloche';
import { certNumberText, hsText, originText } from './common/print';
import { roundStamp, signature } from './common/stamp';
import type { CertificateLayout } from './types';

export const kpHub: CertificateLayout = ({ shipment: s, fields: f, rng }) => {
  const p = new Page(A4.width, A4.height);
  const accent: Rgb = rng.pick([
    [0.55, 0.4, 0.1],
    [0.1, 0.3, 0.45],
    [0.35, 0.1, 0.3],
  ] as const);
  const ds = rng.pick(['en-long', 'dmy-slash', 'iso'] as const);
  p.push(...guillocheFrame(rng, 24, 24, A4.width - 48, A4.height - 48, 10, accent, 3));
  p.rect(40, 40, A4.width - 80, 70, { fill: [0.95, 0.94, 0.9] });
  p.text(56, 66, countryName(s.issuer).toUpperCase(), {
    font: 'sans-bold',
    size: 14,
    color: accent,
  });
  p.text(56, 82, s.authority, { size: 8.5 });
  p.text(56, 98, 'Kimberley Process Certification Scheme', {
    size: 8.5,
    font: 'sans-oblique',
    color: [0.35, 0.35, 0.4],
  });
  p.text(A4.width - 56, 66, 'Certificate No.', {
    size: 8,
    align: 'right',
    color: [0.35, 0.35, 0.4],
  });
  p.text(
    A4.width - 56,
    86,
    certNumberText(f.certificate_number, rng.pick(['space', 'tight'] as const)),
    {
      font: 'sans-bold',
      size: 15,
      align: 'right',
      color: [0.6, 0.1, 0.1],
      field: 'certificate_number',
    },
  );
  p.text(297, 146, 'KIMBERLEY PROCESS CERTIFICATE', {
    font: 'sans-bold',
    size: 18,
    align: 'center',
  });
  p.text(297, 164, 'Certificate of origin/provenance for the export of rough diamonds', {
    size: 9,
    align: 'center',
    color: [0.35, 0.35, 0.4],
  });
  const n = 'en' as const;
  const list = [
    {
      label: 'Date of issue',
      value: f.issue_date ? formatDate(f.issue_date, ds) : undefined,
      field: 'issue_date',
    },
    {
      label: 'Valid until',
      value: f.expiry_date ? formatDate(f.expiry_date, ds) : undefined,
      field: 'expiry_date',
    },
    { label: 'Exporter', value: f.exporter_name, field: 'exporter_name' },
    { label: 'Exporter address', value: f.exporter_address, field: 'exporter_address' },
    { label: 'Consignee', value: f.importer_name, field: 'importer_name' },
    { label: 'Consignee address', value: f.importer_address, field: 'importer_address' },
    {
      label: 'Country of destination',
      value: f.destination_country ? countryName(f.destination_country) : undefined,
      field: 'destination_country',
    },
    {
      label: 'Country of origin / provenance',
      value: originText(f.country_of_origin, s),
      field: 'country_of_origin',
    },
    {
      label: 'Number of parcels',
      value: f.parcels !== undefined ? formatInt(f.parcels, n) : undefined,
      field: 'parcels',
    },
    {
      label: 'Weight (carats)',
      value: f.carats !== undefined ? formatNumber(f.carats, n) : undefined,
      field: 'carats',
    },
    {
      label: 'Value (US$)',
      value: f.value_usd !== undefined ? `US$ ${formatNumber(f.value_usd, n)}` : undefined,
      field: 'value_usd',
    },
    { label: 'HS classification', value: hsText(f.hs_codes), field: 'hs_codes' },
    { label: 'Issuing authority', value: f.issuing_authority, field: 'issuing_authority' },
  ];
  const shuffled = rng.chance(0.5)
    ? [...list.slice(7, 12), ...list.slice(0, 7), ...list.slice(12)]
    : list;
  const end = rows(p, 48, 186, 170, A4.width - 96 - 170, shuffled, {
    shade: [0.96, 0.96, 0.94],
    rowH: 27,
  });
  p.wrapped(
    56,
    end + 28,
    'The rough diamonds in this shipment have been handled in accordance with the provisions of the Kimberley Process Certification Scheme for rough diamonds. Any alteration renders this certificate void.',
    A4.width - 112,
    { size: 8.5, font: 'sans-oblique' },
    11,
  );
  p.text(56, end + 90, 'Authorised officer', { size: 8, color: [0.35, 0.35, 0.4] });
  p.line(56, end + 140, 220, end + 140, 0.5);
  p.push(...signature(rng, 70, end + 128, 120));
  p.push(
    ...roundStamp(rng, 430, end + 110, 44, `${countryName(s.issuer)} \u2022 Kimberley Process`, [
      'KP',
      'AUTHORITY',
    ]),
  );
  return p.spec();
};
