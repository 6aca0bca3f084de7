import type { Injector } from './types';

// The certificate counts other parcels, or the packing list merges two parcels into one
// (same carats, one parcel fewer).
export const parcelsMismatch: Injector = {
  rule: 'parcels.mismatch',
  apply({ docs, rng }) {
    const pl = docs.packing_list;
    const cert = docs.kp_certificate;
    if (pl.parcel_lines.length >= 2 && rng.chance(0.5)) {
      const last = pl.parcel_lines.pop();
      const prev = pl.parcel_lines[pl.parcel_lines.length - 1];
      if (last && prev) prev.carats = Math.round((prev.carats + last.carats) * 100) / 100;
      pl.parcels = pl.parcel_lines.length;
      return;
    }
    const n = cert.parcels ?? 1;
    cert.parcels =
      n === 1 ? n + rng.int(1, 2) : n + (rng.chance(0.5) ? 1 : -1) * rng.int(1, Math.min(2, n - 1));
    if (docs.import_confirmation) docs.import_confirmation.parcels = cert.parcels;
  },
};
