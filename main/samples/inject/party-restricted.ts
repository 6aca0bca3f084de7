import { pickRestrictedCompany } from '../model/companies';
import type { Injector } from './types';

// Alrosa or a subsidiary exports to a non-G7 hub (so no origin restriction fires with it).
export const partyRestricted: Injector = {
  rule: 'party.restricted',
  conflicts: ['origin.restricted', 'party.mismatch'],
  scenario(rng) {
    return {
      kind: 'producer',
      issuer: 'RU',
      origin: ['RU'],
      year: rng.int(2022, 2024),
      notBefore: '2022-06-01',
      hs: '7102.31',
      exporter: pickRestrictedCompany(rng),
      destination: rng.pick(['AE', 'IN', 'HK'] as const),
    };
  },
};
