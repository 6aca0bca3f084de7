import { pickCompany } from '../model/companies';
import type { Injector } from './types';

// An origin under a dated restriction on the issue date: CAR during its KP suspension, or
// Russia bound for the US (EO 14068) or the EU (from 2024).
export const originRestricted: Injector = {
  rule: 'origin.restricted',
  conflicts: [
    'origin.mismatch',
    'party.restricted',
    'origin.hub_declared',
    'origin.production_share',
  ],
  scenario(rng) {
    const variant = rng.pick(['CF', 'RU-US', 'RU-EU'] as const);
    if (variant === 'CF') {
      const year = rng.int(2019, 2024);
      return {
        kind: 'producer',
        issuer: 'CF',
        origin: ['CF'],
        year,
        notAfter: '2024-10-31',
        hs: '7102.31',
        totalCct: rng.int(200, 900) * 100,
      };
    }
    const toUs = variant === 'RU-US';
    return {
      kind: 'producer',
      issuer: 'RU',
      origin: ['RU'],
      year: toUs ? rng.int(2022, 2024) : 2024,
      notBefore: toUs ? '2022-04-01' : '2024-01-02',
      hs: '7102.31',
      exporter: pickCompany(rng, 'RU'),
      destination: toUs ? 'US' : 'BE',
    };
  },
};
