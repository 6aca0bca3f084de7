import type { Injector } from './types';

// Declared USD/ct at 4–6× the origin's average (gem HS code, so the HS rule stays quiet).
export const priceOutlier: Injector = {
  rule: 'price.outlier',
  conflicts: ['value.mismatch', 'carats.mismatch', 'price.hs_inconsistent', 'hs_code.invalid'],
  scenario(rng) {
    const origin = rng.pick(['BW', 'ZA', 'CA', 'AO', 'SL', 'ZW'] as const);
    return {
      kind: 'producer',
      issuer: origin,
      origin: [origin],
      hs: '7102.31',
      priceFactor: rng.float(4, 6),
    };
  },
};
