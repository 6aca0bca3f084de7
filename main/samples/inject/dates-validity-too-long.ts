import { addDays } from '../model/dates';
import type { Injector } from './types';

// A US certificate (the only issuer with a confirmed maximum: 60 days) valid 75–180 days.
export const datesValidityTooLong: Injector = {
  rule: 'dates.validity_too_long',
  conflicts: [
    'dates.expiry_before_issue',
    'dates.outside_validity',
    'certificate.missing_fields',
    'certificate.prefix_mismatch',
  ],
  scenario() {
    return { kind: 'us', issuer: 'US' };
  },
  apply({ docs, shipment, rng }) {
    docs.kp_certificate.expiry_date = addDays(shipment.dates.issue, rng.int(75, 180));
  },
};
