// A European Union KP certificate as Antwerp issues it: numbered boxes on an A4 form with the
// circle of stars, a blue guilloche frame, the authority's stamp in box 13.
import type { Op, Rgb } from '../draw/ops';
import { A4, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatInt, formatNumber } from '../format/numbers';
import { countryName } from '../model/places';
import { captionBox } from './common/blocks';
import { guillocheFrame, rosette } from './common/guilloche';
import { certNumberText, hsText, originText } from './common/print';
import { roundStamp, signature } from './common/stamp';
import type { CertificateLayout } from './types';

const BLUE: Rgb = [0.12, 0.22, 0.55];

export const kpEuStyle: CertificateLayout = ({ shipment: s, fields: f, rng }) => {
  const p = new Page(A4.width, A4.height);
  const num = rng.pick(['en', 'eu'] as const);
  const ds = rng.pick(['dmy-slash', 'dmy-dot'] as const);
  p.push(...rosette(rng, 297, 430, 170, [0.7, 0.76, 0.9], 0.45));
  p.push(...guillocheFrame(rng, 18, 18, A4.width - 36, A4.height - 36, 14, BLUE, 4));
  p.push(...stars(297, 86, 26));
  p.text(297, 136, 'EUROPEAN UNION', { font: 'sans-bold', size: 13, align: 'center', color: BLUE });
  p.text(297, 158, 'KIMBERLEY PROCESS CERTIFICATE', {
    font: 'serif-bold',
    size: 17,
    align: 'center',
  });
  p.text(
    297,
    174,
    'Community certificate for the export of rough diamonds \u2014 Council Regulation (EC) No 2368/2002',
    { size: 7.5, align: 'center', color: [0.3, 0.3, 0.35] },
  );
  const x = 48;
  const w = A4.width - 96;
  const half = w / 2;
  const v = { font: 'sans' as const };
  captionBox(
    p,
    x,
    190,
    half,
    40,
    '1. Certificate No.',
    certNumberText(f.certificate_number, rng.pick(['space', 'tight'] as const)),
    'certificate_number',
    { font: 'sans-bold', size: 12 },
    BLUE,
  );
  captionBox(
    p,
    x + half,
    190,
    half,
    40,
    '2. Issuing authority',
    f.issuing_authority,
    'issuing_authority',
    { size: 8.5 },
    BLUE,
  );
  party(
    p,
    x,
    230,
    half,
    '3. Exporter (name and address)',
    f.exporter_name,
    f.exporter_address,
    'exporter',
  );
  party(
    p,
    x + half,
    230,
    half,
    '4. Importer (name and address)',
    f.importer_name,
    f.importer_address,
    'importer',
  );
  captionBox(
    p,
    x,
    320,
    half,
    40,
    '5. Country of origin',
    originText(f.country_of_origin, s),
    'country_of_origin',
    v,
    BLUE,
  );
  captionBox(
    p,
    x + half,
    320,
    half,
    40,
    '6. Country of destination',
    f.destination_country ? countryName(f.destination_country) : '',
    'destination_country',
    v,
    BLUE,
  );
  captionBox(p, x, 360, half / 2, 40, '7. HS code', hsText(f.hs_codes), 'hs_codes', v, BLUE);
  captionBox(
    p,
    x + half / 2,
    360,
    half / 2,
    40,
    '8. Number of parcels',
    f.parcels !== undefined ? formatInt(f.parcels, num) : '',
    'parcels',
    v,
    BLUE,
  );
  captionBox(
    p,
    x + half,
    360,
    half / 2,
    40,
    '9. Carat weight',
    f.carats !== undefined ? `${formatNumber(f.carats, num)} ct` : '',
    'carats',
    v,
    BLUE,
  );
  captionBox(
    p,
    x + half * 1.5,
    360,
    half / 2,
    40,
    '10. Value (USD)',
    f.value_usd !== undefined ? formatNumber(f.value_usd, num) : '',
    'value_usd',
    v,
    BLUE,
  );
  captionBox(
    p,
    x,
    400,
    half,
    40,
    '11. Date of issue',
    f.issue_date ? formatDate(f.issue_date, ds) : '',
    'issue_date',
    v,
    BLUE,
  );
  captionBox(
    p,
    x + half,
    400,
    half,
    40,
    '12. Date of expiry',
    f.expiry_date ? formatDate(f.expiry_date, ds) : '',
    'expiry_date',
    v,
    BLUE,
  );
  captionBox(
    p,
    x,
    440,
    w,
    130,
    '13. Validation by the exporting authority (stamp, signature, name)',
    undefined,
    undefined,
    {},
    BLUE,
  );
  p.text(x + 20, 545, 'For the Diamond Office:', { size: 8, color: [0.3, 0.3, 0.35] });
  p.push(...signature(rng, x + 40, 520, 120));
  p.push(
    ...roundStamp(rng, x + 330, 505, 44, 'Federale Overheidsdienst Economie', [
      'DIAMOND',
      'OFFICE',
      'ANTWERPEN',
    ]),
  );
  captionBox(p, x, 570, w, 70, '14. Statement', undefined, undefined, {}, BLUE);
  p.wrapped(
    x + 8,
    594,
    'The rough diamonds in this shipment have been handled in accordance with the provisions of the Kimberley Process Certification Scheme for rough diamonds. This certificate is valid only with the seal of the issuing authority and must accompany the shipment.',
    w - 16,
    { size: 8, font: 'serif-italic' },
    10,
  );
  captionBox(
    p,
    x,
    650,
    w,
    130,
    '15. Import confirmation (to be completed by the authority of the importing participant)',
    undefined,
    undefined,
    {},
    BLUE,
  );
  p.text(
    x + 10,
    690,
    'Received on: .......................................   Parcels: ..........   Carats: ..........................',
    { size: 8, color: [0.35, 0.35, 0.4] },
  );
  p.text(
    x + 10,
    720,
    'Authority: ...............................................................   Signature / stamp:',
    { size: 8, color: [0.35, 0.35, 0.4] },
  );
  p.text(297, 810, 'Original \u2014 to accompany the shipment', {
    size: 7,
    align: 'center',
    color: [0.4, 0.4, 0.45],
  });
  return p.spec();
};

function party(
  p: Page,
  x: number,
  y: number,
  w: number,
  caption: string,
  name: string | undefined,
  address: string | undefined,
  key: string,
): void {
  p.rect(x, y, w, 90, { stroke: BLUE, width: 0.6 });
  p.text(x + 4, y + 9, caption, { size: 6.5, color: [0.38, 0.38, 0.42] });
  if (name)
    p.wrapped(
      x + 6,
      y + 24,
      name,
      w - 12,
      { size: 9.5, font: 'sans-bold', field: `${key}_name` },
      11,
    );
  if (address)
    p.wrapped(x + 6, y + 50, address, w - 12, { size: 8.5, field: `${key}_address` }, 10.5);
}

/** Twelve five-pointed stars on a circle. */
function stars(cx: number, cy: number, r: number): Op[] {
  const ops: Op[] = [{ kind: 'circle', cx, cy, r: r + 9, width: 0.8, color: BLUE }];
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * 2 * Math.PI;
    const sx = cx + r * Math.sin(a);
    const sy = cy - r * Math.cos(a);
    const pts: number[] = [];
    for (let k = 0; k < 10; k++) {
      const rr = k % 2 === 0 ? 3.6 : 1.5;
      const b = (k / 10) * 2 * Math.PI;
      pts.push(sx + rr * Math.sin(b), sy - rr * Math.cos(b));
    }
    ops.push({ kind: 'path', points: pts, closed: true, width: 1.2, color: [0.85, 0.7, 0.1] });
  }
  return ops;
}
