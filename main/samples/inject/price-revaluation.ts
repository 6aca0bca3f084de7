import type { Injector } from './types';

// The same parcels re-exported from the hub that imported them, at 60–90 % more per carat.
// The planner builds the pair; only the re-export expects this finding.
export const priceRevaluation: Injector = {
  rule: 'price.revaluation',
  pair: 'chain',
  conflicts: ['value.mismatch', 'carats.mismatch', 'origin.mismatch', 'price.outlier'],
};
