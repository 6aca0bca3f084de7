import { addDays } from '../model/dates';
import type { Injector } from './types';

// Expiry printed before the issue date. The validity interval is then empty, so the flight
// date necessarily lies outside it: dates.outside_validity fires too, and is expected.
export const datesExpiryBeforeIssue: Injector = {
  rule: 'dates.expiry_before_issue',
  implies: ['dates.outside_validity'],
  conflicts: ['dates.validity_too_long', 'dates.outside_validity', 'certificate.missing_fields'],
  apply({ docs, shipment, rng }) {
    docs.kp_certificate.expiry_date = addDays(shipment.dates.issue, -rng.int(1, 40));
  },
};
