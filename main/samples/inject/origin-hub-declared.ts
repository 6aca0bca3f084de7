import type { Injector } from './types';

// A hub certifies its own country as origin (the laundering pattern of re-certification).
export const originHubDeclared: Injector = {
  rule: 'origin.hub_declared',
  conflicts: ['origin.mismatch', 'price.outlier', 'price.hs_inconsistent'],
  scenario(rng) {
    const hub = rng.pick(['AE', 'IN', 'HK', 'SG', 'BE'] as const);
    return { kind: hub === 'BE' ? 'eu' : 'hub', issuer: hub, origin: [hub], hs: '7102.31' };
  },
};
