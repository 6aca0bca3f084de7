import { SMALL_PRODUCERS_2022 } from '../model/reference';
import type { Injector } from './types';

// More carats than a small producer's whole annual output (Cameroon, Côte d'Ivoire, 2022).
export const originProductionShare: Injector = {
  rule: 'origin.production_share',
  conflicts: ['origin.mismatch', 'origin.restricted', 'carats.mismatch'],
  scenario(rng) {
    const origin = rng.pick(['CM', 'CI'] as const);
    const annual = SMALL_PRODUCERS_2022[origin] ?? 3000;
    return {
      kind: 'producer',
      issuer: origin,
      origin: [origin],
      year: 2022,
      hs: '7102.31',
      totalCct: Math.round(annual * rng.float(1.3, 3) * 100),
    };
  },
};
