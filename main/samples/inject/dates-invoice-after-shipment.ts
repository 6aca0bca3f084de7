import { addDays } from '../model/dates';
import type { Injector } from './types';

// The invoice is dated days after the goods flew.
export const datesInvoiceAfterShipment: Injector = {
  rule: 'dates.invoice_after_shipment',
  apply({ docs, rng }) {
    const shipped = docs.airway_bill.flight_date;
    const received = docs.import_confirmation?.receipt_date ?? shipped;
    docs.invoice.invoice_date = addDays(received > shipped ? received : shipped, rng.int(2, 20));
  },
};
