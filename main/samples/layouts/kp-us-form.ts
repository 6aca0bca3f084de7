// The US KP certificate, drawn after the public specimen (landscape letter): preprinted "US",
// title, statement in italics, guilloche frame, labelled lines, and the typed values at the
// positions domain.md gives (points from the bottom-left, converted to top-left here).
import { BLACK, GREY, type Rgb } from '../draw/ops';
import { LETTER_LANDSCAPE, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatInt, formatNumber } from '../format/numbers';
import { guillocheFrame, wavyTint } from './common/guilloche';
import { originText } from './common/print';
import { roundStamp, signature } from './common/stamp';
import type { CertificateLayout } from './types';

const FRAME: Rgb = [0.35, 0.38, 0.36];
const LABEL: Rgb = [0.22, 0.22, 0.25];
const H = LETTER_LANDSCAPE.height;
const top = (yFromBottom: number): number => H - yFromBottom;

export const kpUsForm: CertificateLayout = ({ shipment: s, fields: f, rng }) => {
  const p = new Page(LETTER_LANDSCAPE.width, LETTER_LANDSCAPE.height);
  p.push(...wavyTint(rng, 30, 30, 732, 430, [0.82, 0.84, 0.8], 9));
  p.push(...guillocheFrame(rng, 14, 14, 764, 584, 16, FRAME, 5));
  p.rect(30, 478, 732, 104, { fill: [0.86, 0.86, 0.85] });
  const dateStyle = rng.pick(['us-long', 'd-mon-y'] as const);
  const font = rng.pick(['sans', 'mono-bold'] as const);
  const typed = { font, size: font === 'sans' ? 10.5 : 9.5, color: BLACK };
  const lbl = { font: 'serif-italic' as const, size: 12.5, color: LABEL };
  const digits = f.certificate_number?.replace(/^\S+\s/, '') ?? '';
  const prefix = f.certificate_number?.includes(' ')
    ? (f.certificate_number.split(' ')[0] ?? '')
    : '';

  // Number: "US" is preprinted, the digits are typed after it.
  p.text(62, top(543), prefix, { font: 'sans-bold', size: 12, field: 'certificate_number' });
  p.text(95, top(543), digits, { ...typed, field: 'certificate_number' });
  p.line(62, top(525), 150, top(525), 0.5, LABEL);
  p.text(62, top(511), 'Country of Origin', { ...lbl, size: 9 });
  p.text(115, top(520) - 8, originText(f.country_of_origin, s), {
    ...typed,
    size: 9.5,
    field: 'country_of_origin',
  });
  p.text(466, top(572), 'AES Confirmation Number (ITN):', { ...lbl, size: 9 });
  p.text(466, top(562), 'Required for export pursuant to 31 CFR 592', { ...lbl, size: 7.5 });
  p.line(600, top(562) + 2, 760, top(562) + 2, 0.5, LABEL);
  p.text(665, top(551) - 10, s.aesItn, { ...typed, size: 9 });

  p.text(396, 118, 'KIMBERLEY PROCESS CERTIFICATE', {
    font: 'sans',
    size: 24,
    align: 'center',
    color: [0.1, 0.1, 0.12],
  });
  p.text(396, 142, 'UNITED STATES OF AMERICA', {
    font: 'sans',
    size: 15,
    align: 'center',
    color: [0.1, 0.1, 0.12],
  });
  const st = {
    font: 'serif-italic' as const,
    size: 19,
    align: 'center' as const,
    color: [0.15, 0.15, 0.17] as Rgb,
  };
  p.text(396, 188, 'The rough diamonds in this shipment have been handled', st);
  p.text(396, 214, 'in accordance with the provisions of the Kimberley', st);
  p.text(396, 240, 'Process Certification Scheme for Rough Diamonds.', st);

  // Row 1: y = 287.
  p.text(62, top(287), 'Date of Issue', lbl);
  p.line(132, top(287) + 2, 222, top(287) + 2, 0.5, LABEL);
  p.text(240, top(287), 'Date of Expiry', lbl);
  p.line(316, top(287) + 2, 468, top(287) + 2, 0.5, LABEL);
  p.text(508, top(287), 'Value in U.S. $', lbl);
  p.line(592, top(287) + 2, 760, top(287) + 2, 0.5, LABEL);
  if (f.issue_date)
    p.text(200, top(287) - 3, formatDate(f.issue_date, dateStyle), {
      ...typed,
      align: 'center',
      field: 'issue_date',
    });
  if (f.expiry_date)
    p.text(390, top(287) - 3, formatDate(f.expiry_date, dateStyle), {
      ...typed,
      field: 'expiry_date',
    });
  if (f.value_usd !== undefined)
    p.text(650, top(287) - 3, formatNumber(f.value_usd, 'en'), { ...typed, field: 'value_usd' });

  // Row 2: exporter, y = 250; row 3: consignee, y = 212.
  party(p, top(250), 'Exporter', 110, f.exporter_name, f.exporter_address, 'exporter', typed, lbl);
  p.text(508, top(250), 'Number of Parcels', lbl);
  p.line(610, top(250) + 2, 760, top(250) + 2, 0.5, LABEL);
  if (f.parcels !== undefined)
    p.text(650, top(250) - 3, formatInt(f.parcels, 'en'), { ...typed, field: 'parcels' });
  party(
    p,
    top(212),
    'Ultimate Consignee',
    168,
    f.importer_name,
    f.importer_address,
    'importer',
    typed,
    lbl,
  );
  p.text(508, top(212), 'Carat Weight/Mass', lbl);
  p.line(612, top(212) + 2, 760, top(212) + 2, 0.5, LABEL);
  if (f.carats !== undefined)
    p.text(650, top(212) - 3, formatNumber(f.carats, 'en'), { ...typed, field: 'carats' });

  p.text(62, top(175), 'Harmonized Commodity Code', lbl);
  p.line(218, top(175) + 2, 468, top(175) + 2, 0.5, LABEL);
  p.text(350, top(175) - 3, f.hs_codes?.join(', ') ?? '', { ...typed, field: 'hs_codes' });
  p.text(62, top(140), 'Issuing Authority:', lbl);
  p.text(162, top(140), f.issuing_authority ?? '', { ...lbl, field: 'issuing_authority' });

  const small = { font: 'serif-italic' as const, size: 7, align: 'center' as const, color: GREY };
  p.text(
    330,
    540,
    'U. S. K. P. A. accepts no responsibility relating to the accuracy of the data recorded on this Certificate.',
    small,
  );
  p.text(
    330,
    550,
    'Retain this document for 5 years from the date of issuance or receipt. See 31 CFR 592.301',
    small,
  );
  p.text(
    330,
    560,
    'Upon receipt, provide a copy of this certificate to the Kimberley Process office in the jurisdiction of import.',
    small,
  );
  p.rect(640, 500, 112, 68, { fill: [1, 1, 1] });
  p.rect(650, 510, 92, 14, { fill: [0.12, 0.12, 0.12] });
  p.text(665, top(55), f.certificate_number?.replace(' ', '') ?? '', {
    ...typed,
    size: 10,
    field: 'certificate_number',
  });

  p.push(...signature(rng, 560, 456, 110));
  p.push(
    ...roundStamp(rng, 708, 428, 36, 'United States Kimberley Process Authority', [
      'USKPA',
      'VALIDATED',
    ]),
  );
  return p.spec();
};

function party(
  p: Page,
  y: number,
  label: string,
  lineStart: number,
  name: string | undefined,
  address: string | undefined,
  key: 'exporter' | 'importer',
  typed: { font: 'sans' | 'mono-bold'; size: number; color: Rgb },
  lbl: { font: 'serif-italic'; size: number; color: Rgb },
): void {
  p.text(62, y, label, lbl);
  p.line(lineStart, y + 2, 290, y + 2, 0.5, LABEL);
  p.line(300, y + 2, 490, y + 2, 0.5, LABEL);
  p.text(210, y + 9, 'NAME', { font: 'serif', size: 5, color: GREY, align: 'center' });
  p.text(395, y + 9, 'ADDRESS', { font: 'serif', size: 5, color: GREY, align: 'center' });
  if (name)
    p.wrapped(
      lineStart + 2,
      y - 3 - (name.length > 30 ? 9 : 0),
      name,
      290 - lineStart - 4,
      { ...typed, size: 8.5, field: `${key}_name` },
      9,
    );
  if (address)
    p.wrapped(302, y - 12, address, 186, { ...typed, size: 7.5, field: `${key}_address` }, 8.5);
}
