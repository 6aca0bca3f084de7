import type { Injector } from './types';

// Gem-priced goods declared industrial (7102.21), or DRC boart declared non-industrial (7102.31).
export const priceHsInconsistent: Injector = {
  rule: 'price.hs_inconsistent',
  conflicts: ['hs_code.invalid', 'price.outlier', 'value.mismatch', 'carats.mismatch'],
  scenario(rng) {
    if (rng.chance(0.3)) return { kind: 'producer', issuer: 'CD', origin: ['CD'], hs: '7102.21' };
    const origin = rng.pick(['NA', 'LS', 'SL', 'BW', 'AO'] as const);
    return { kind: 'producer', issuer: origin, origin: [origin], hs: '7102.31' };
  },
  apply({ docs }) {
    const declared = docs.kp_certificate.hs_codes?.[0] === '7102.21' ? '7102.31' : '7102.21';
    docs.kp_certificate.hs_codes = [declared];
    docs.invoice.hs_codes = [declared];
  },
};
