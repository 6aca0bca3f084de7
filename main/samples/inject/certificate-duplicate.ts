import type { Injector } from './types';

// Two shipments carry the same certificate number. The pair is built by the planner: the
// second shipment copies the first one's issuer and number, and both expect this finding.
export const certificateDuplicate: Injector = {
  rule: 'certificate.duplicate',
  pair: 'duplicate',
  conflicts: ['certificate.prefix_mismatch'],
};
