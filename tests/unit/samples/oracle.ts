// An independent, deliberately plain reading of domain.md's rules over what the documents
// say. The tests demand that it flags exactly each shipment's expected_findings, so an
// injection that breaks more (or less) than it claims fails.
import { isValidAwb } from '../../../main/samples/model/awb';
import { daysBetween } from '../../../main/samples/model/dates';
import { annualProduction, averagePrice, HUBS } from '../../../main/samples/model/reference';
import type { ComposedShipment } from '../../../main/samples/compose/shipments';
import type { RuleId } from '../../../main/samples/inject/types';

const VALID_HS = ['7102.10', '7102.21', '7102.31'];
const MANDATORY = [
  'certificate_number',
  'country_of_origin',
  'exporter_name',
  'exporter_address',
  'importer_name',
  'importer_address',
  'carats',
  'value_usd',
  'parcels',
  'hs_codes',
  'issue_date',
  'expiry_date',
  'issuing_authority',
];
const EU_G7 = ['US', 'BE', 'GB', 'CA', 'JP', 'DE', 'FR', 'IT', 'NL'];
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const differ = (xs: (number | undefined)[], tol: number): boolean => {
  const v = xs.filter((x): x is number => x !== undefined);
  return Math.max(...v) - Math.min(...v) > tol;
};

export function oracle(c: ComposedShipment, all: readonly ComposedShipment[]): RuleId[] {
  const {
    kp_certificate: k,
    invoice: inv,
    airway_bill: awb,
    packing_list: pl,
    import_confirmation: ic,
  } = c.docs;
  const out = new Set<RuleId>();
  const flag = (r: RuleId, cond: boolean): void => {
    if (cond) out.add(r);
  };
  flag(
    'carats.mismatch',
    differ(
      [
        k.carats,
        inv.total_carats,
        sum(inv.lines.map((l) => l.carats)),
        pl.total_carats,
        sum(pl.parcel_lines.map((l) => l.carats)),
      ],
      0.01,
    ),
  );
  flag(
    'value.mismatch',
    k.value_usd !== undefined &&
      Math.abs(k.value_usd - inv.total_amount) / inv.total_amount > 0.005,
  );
  flag('parcels.mismatch', differ([k.parcels, inv.parcels, pl.parcels, pl.parcel_lines.length], 0));
  const names = (xs: (string | undefined)[]): boolean =>
    new Set(xs.filter((x) => x !== undefined).map((x) => x.toLowerCase())).size > 1;
  flag(
    'party.mismatch',
    names([k.exporter_name, inv.seller_name, awb.shipper_name]) ||
      names([k.importer_name, inv.buyer_name, awb.consignee_name]),
  );
  const origins = [k.country_of_origin, inv.country_of_origin, pl.country_of_origin]
    .filter((o) => o !== undefined)
    .map((o) => [...o].sort().join(','));
  flag('origin.mismatch', new Set(origins).size > 1);
  const origin = k.country_of_origin ?? [];
  flag(
    'origin.hub_declared',
    origin.some((o) => (HUBS as readonly string[]).includes(o)),
  );
  const issue = k.issue_date ?? '';
  const dest = k.destination_country ?? '';
  flag(
    'origin.restricted',
    (origin.includes('CF') && issue >= '2013-05-23' && issue <= '2024-11-15') ||
      (origin.includes('RU') && dest === 'US' && issue >= '2022-03-11') ||
      (origin.includes('RU') && EU_G7.includes(dest) && issue >= '2024-01-01'),
  );
  flag(
    'party.restricted',
    [
      k.exporter_name,
      k.importer_name,
      inv.seller_name,
      inv.buyer_name,
      awb.shipper_name,
      awb.consignee_name,
    ].some((n) => n !== undefined && /alrosa|almazy anabara/i.test(n)),
  );
  const year = Number(issue.slice(0, 4));
  const perCt = k.value_usd !== undefined && k.carats ? k.value_usd / k.carats : undefined;
  const ref = origin.length === 1 ? averagePrice(origin[0] ?? '', year) : undefined;
  flag(
    'price.outlier',
    perCt !== undefined && ref !== undefined && (perCt / ref > 3 || perCt / ref < 1 / 3),
  );
  const hs = k.hs_codes ?? [];
  flag(
    'price.hs_inconsistent',
    perCt !== undefined &&
      ((hs.includes('7102.21') && perCt >= 60) || (hs.includes('7102.31') && perCt < 20)),
  );
  if (c.related?.relation === 'reexport_of') {
    const head = all.find((x) => x.shipment.id === c.related?.shipment);
    const before = head
      ? head.docs.invoice.total_amount / head.docs.invoice.total_carats
      : undefined;
    const now = inv.total_amount / inv.total_carats;
    flag('price.revaluation', before !== undefined && (now / before > 1.5 || now / before < 0.5));
  }
  const expiry = k.expiry_date;
  flag('dates.expiry_before_issue', expiry !== undefined && expiry < issue);
  flag(
    'dates.validity_too_long',
    expiry !== undefined && k.issuing_country === 'US' && daysBetween(issue, expiry) > 60,
  );
  const inside = (d: string | undefined): boolean =>
    d === undefined || expiry === undefined || (d >= issue && d <= expiry);
  flag('dates.outside_validity', !inside(awb.flight_date) || !inside(ic?.receipt_date));
  flag(
    'dates.invoice_after_shipment',
    inv.invoice_date > awb.flight_date || (ic !== undefined && inv.invoice_date > ic.receipt_date),
  );
  flag(
    'certificate.duplicate',
    all.some((x) => x !== c && x.docs.kp_certificate.certificate_number === k.certificate_number),
  );
  flag(
    'certificate.prefix_mismatch',
    k.certificate_number?.split(' ')[0] !== k.issuing_country ||
      !(k.certificate_number ?? '').includes(' '),
  );
  flag(
    'certificate.missing_fields',
    MANDATORY.some((f) => !(f in k)),
  );
  flag(
    'hs_code.invalid',
    [...hs, ...inv.hs_codes].some((h) => !VALID_HS.includes(h)),
  );
  flag('awb.check_digit', !isValidAwb(awb.awb_number));
  flag(
    'invoice.arithmetic',
    Math.abs(sum(inv.lines.map((l) => l.amount)) - inv.total_amount) > 0.011 ||
      inv.lines.some((l) => Math.abs(l.carats * l.unit_price - l.amount) > 0.011),
  );
  const production = origin.length === 1 ? annualProduction(origin[0] ?? '', year) : undefined;
  flag(
    'origin.production_share',
    production !== undefined && k.carats !== undefined && k.carats / production > 0.25,
  );
  return [...out].sort();
}
