// What each document says when nothing is wrong: all derived from the one Shipment.
import { round2, sum, toCarats, toUsd } from '../money';
import { countryName } from './places';
import type { DocSet, InvoiceLayout, InvoiceLine, Party, Shipment } from './types';

export const addressOf = (p: Party): string => `${p.street}, ${p.city}, ${countryName(p.country)}`;

export function totalCct(s: Shipment): number {
  return sum(s.parcels.map((p) => p.cct));
}

export function totalCents(s: Shipment): number {
  return sum(s.parcels.map((p) => p.amountCents));
}

export function deriveDocs(
  s: Shipment,
  invoiceLayout: InvoiceLayout,
  withConfirmation: boolean,
): DocSet {
  const carats = toCarats(totalCct(s));
  const value = toUsd(totalCents(s));
  const parcels = s.parcels.length;
  const certs = [s.certificateNumber];
  const lines: InvoiceLine[] =
    invoiceLayout === 'invoice-lots'
      ? s.parcels.map((p) => ({
          description: p.description,
          carats: toCarats(p.cct),
          unit_price: toUsd(p.unitCents),
          amount: toUsd(p.amountCents),
        }))
      : [
          {
            description: consolidatedDescription(s),
            carats,
            unit_price: toUsd(s.parcels[0]?.unitCents ?? 0),
            amount: value,
          },
        ];
  const docs: DocSet = {
    kp_certificate: {
      certificate_number: s.certificateNumber,
      issuing_country: s.issuer,
      country_of_origin: [...s.origin],
      exporter_name: s.exporter.name,
      exporter_address: addressOf(s.exporter),
      importer_name: s.importer.name,
      importer_address: addressOf(s.importer),
      destination_country: s.destination,
      carats,
      value_usd: value,
      parcels,
      hs_codes: [s.hs],
      issue_date: s.dates.issue,
      expiry_date: s.dates.expiry,
      issuing_authority: s.authority,
    },
    invoice: {
      invoice_number: s.invoiceNumber,
      invoice_date: s.dates.invoice,
      seller_name: s.exporter.name,
      seller_address: addressOf(s.exporter),
      buyer_name: s.importer.name,
      buyer_address: addressOf(s.importer),
      currency: 'USD',
      total_amount: value,
      total_carats: carats,
      parcels,
      country_of_origin: [...s.origin],
      hs_codes: [s.hs],
      kp_certificate_numbers: [...certs],
      lines,
    },
    airway_bill: {
      awb_number: s.awb.number,
      shipper_name: s.exporter.name,
      consignee_name: s.importer.name,
      departure_airport: s.awb.from,
      destination_airport: s.awb.to,
      flight_date: s.dates.flight,
      pieces: s.awb.pieces,
      gross_weight_kg: s.awb.grossKg,
      declared_value: value,
      currency: 'USD',
      kp_certificate_numbers: [...certs],
    },
    packing_list: {
      reference: s.packingReference,
      parcels,
      total_carats: carats,
      parcel_lines: s.parcels.map((p) => ({ parcel_id: p.id, carats: toCarats(p.cct) })),
      kp_certificate_numbers: [...certs],
      country_of_origin: [...s.origin],
    },
  };
  if (withConfirmation) {
    docs.import_confirmation = {
      certificate_number: s.certificateNumber,
      parcels,
      carats,
      importer_name: s.importer.name,
      exporter_name: s.exporter.name,
      receipt_date: s.dates.receipt,
    };
  }
  return docs;
}

/** Re-sums packing-list totals from its lines (after an injection edits a line). */
export function resumPacking(docs: DocSet): void {
  const pl = docs.packing_list;
  pl.total_carats = round2(sum(pl.parcel_lines.map((l) => l.carats)));
  pl.parcels = pl.parcel_lines.length;
}

function consolidatedDescription(s: Shipment): string {
  const kind =
    s.hs === '7102.21' ? 'industrial' : s.hs === '7102.10' ? 'unsorted' : 'non-industrial';
  return `Rough diamonds, ${kind}, unworked, in ${String(s.parcels.length)} sealed parcel${s.parcels.length > 1 ? 's' : ''}`;
}
