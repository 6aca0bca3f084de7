import { resumPacking } from '../model/docset';
import { round2 } from '../money';
import type { Injector } from './types';

// Either the certificate (and the import confirmation that echoes it) or one packing-list
// parcel states other carats; the invoice stays untouched so its arithmetic still holds.
export const caratsMismatch: Injector = {
  rule: 'carats.mismatch',
  conflicts: [
    'price.outlier',
    'price.hs_inconsistent',
    'price.revaluation',
    'origin.production_share',
  ],
  apply({ docs, rng }) {
    const cert = docs.kp_certificate;
    if (rng.chance(0.5) && cert.carats !== undefined) {
      const delta = Math.max(1, round2(cert.carats * rng.float(0.01, 0.08)));
      cert.carats = round2(cert.carats + (rng.chance(0.5) ? delta : -delta));
      if (docs.import_confirmation) docs.import_confirmation.carats = cert.carats;
      return;
    }
    const line = rng.pick(docs.packing_list.parcel_lines);
    const delta = round2(rng.float(0.5, Math.max(1, line.carats * 0.2)));
    line.carats = round2(
      line.carats + (line.carats > delta + 1 && rng.chance(0.5) ? -delta : delta),
    );
    resumPacking(docs);
  },
};
