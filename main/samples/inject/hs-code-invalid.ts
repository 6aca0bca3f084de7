import type { Injector } from './types';

// A worked-stone code (7102.39 / 7102.29), not KP goods, on the certificate and invoice.
export const hsCodeInvalid: Injector = {
  rule: 'hs_code.invalid',
  conflicts: ['price.hs_inconsistent', 'price.outlier'],
  apply({ docs, shipment }) {
    const code = shipment.hs === '7102.21' ? '7102.29' : '7102.39';
    docs.kp_certificate.hs_codes = [code];
    docs.invoice.hs_codes = [code];
  },
};
