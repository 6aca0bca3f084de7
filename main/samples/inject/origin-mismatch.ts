import { averagePrice } from '../model/reference';
import type { Injector } from './types';

const SIMILAR = ['BW', 'ZA', 'CA', 'AO', 'SL', 'ZW', 'TZ', 'NA', 'LS'] as const;

// The invoice or packing list names another producer (one of similar price, so no price rule
// fires), or a single country where the certificate says mixed.
export const originMismatch: Injector = {
  rule: 'origin.mismatch',
  conflicts: [
    'origin.hub_declared',
    'origin.restricted',
    'origin.production_share',
    'price.revaluation',
  ],
  apply({ docs, shipment, rng }) {
    const cert = shipment.origin;
    const year = Number(shipment.dates.issue.slice(0, 4));
    const ref =
      averagePrice(cert[0] === 'MIXED' || cert.length > 1 ? 'WORLD' : (cert[0] ?? 'WORLD'), year) ??
      120;
    const near = SIMILAR.filter((c) => !cert.includes(c)).filter((c) => {
      const p = averagePrice(c, year);
      return p !== undefined && p / ref < 2 && ref / p < 2;
    });
    const other = [rng.pick(near.length > 0 ? near : ['BW'])];
    if (rng.chance(0.5)) docs.invoice.country_of_origin = other;
    else docs.packing_list.country_of_origin = other;
  },
};
