import type { CertificateFields } from '../model/types';
import type { Injector } from './types';

// A mandatory Annex I field is left blank on the certificate (the label stays, the value is
// absent). Expiry is only dropped when no date rule is injected alongside.
export const certificateMissingFields: Injector = {
  rule: 'certificate.missing_fields',
  conflicts: ['dates.expiry_before_issue', 'dates.validity_too_long', 'dates.outside_validity'],
  apply({ docs, rng, rules }) {
    const candidates: (keyof CertificateFields)[] = [
      'issuing_authority',
      'exporter_address',
      'importer_address',
    ];
    if (![...rules].some((r) => r.startsWith('dates.'))) candidates.push('expiry_date');
    const field = rng.pick(candidates);
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
    delete docs.kp_certificate[field];
  },
};
