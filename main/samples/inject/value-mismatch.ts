import { round2 } from '../money';
import type { Injector } from './types';

// The certificate's USD value differs from the invoice total by 3–20 % (well beyond 0.5 %).
export const valueMismatch: Injector = {
  rule: 'value.mismatch',
  conflicts: ['price.outlier', 'price.hs_inconsistent', 'price.revaluation'],
  apply({ docs, rng }) {
    const cert = docs.kp_certificate;
    if (cert.value_usd === undefined) return;
    const f = rng.float(0.03, 0.2);
    cert.value_usd = round2(cert.value_usd * (rng.chance(0.5) ? 1 + f : 1 - f));
  },
};
