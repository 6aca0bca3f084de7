import { addDays } from '../model/dates';
import type { Injector } from './types';

// The goods fly (or arrive) after the certificate expired. The invoice keeps its date, which
// is before the flight, so dates.invoice_after_shipment stays quiet.
export const datesOutsideValidity: Injector = {
  rule: 'dates.outside_validity',
  conflicts: ['dates.expiry_before_issue', 'dates.validity_too_long', 'certificate.missing_fields'],
  apply({ docs, shipment, rng }) {
    const expiry = shipment.dates.expiry;
    const conf = docs.import_confirmation;
    if (conf && rng.chance(0.4)) {
      conf.receipt_date = addDays(expiry, rng.int(1, 25));
      return;
    }
    docs.airway_bill.flight_date = addDays(expiry, rng.int(2, 30));
    if (conf) conf.receipt_date = addDays(docs.airway_bill.flight_date, rng.int(0, 3));
  },
};
