import type { DocSet } from '../model/types';
import type { Injector } from './types';

const NEIGHBOUR: Record<string, string> = {
  BW: 'ZA',
  ZA: 'BW',
  NA: 'ZA',
  LS: 'ZA',
  AO: 'CD',
  CD: 'CG',
  SL: 'LR',
  ZW: 'ZM',
  TZ: 'KE',
  CA: 'US',
  US: 'CA',
  BE: 'NL',
  AE: 'OM',
  IN: 'LK',
  IL: 'JO',
  HK: 'CN',
  SG: 'MY',
  CH: 'LI',
};

// The certificate number carries another country's prefix, or none; every document quotes
// the number as printed, so the documents still link.
export const certificatePrefixMismatch: Injector = {
  rule: 'certificate.prefix_mismatch',
  conflicts: ['certificate.duplicate', 'dates.validity_too_long'],
  apply({ docs, shipment, rng }) {
    const [prefix = '', digits = ''] = shipment.certificateNumber.split(' ');
    const wrong = rng.chance(0.6) ? `${NEIGHBOUR[prefix] ?? 'ZZ'} ${digits}` : digits;
    renumber(docs, wrong);
  },
};

export function renumber(docs: DocSet, number: string): void {
  docs.kp_certificate.certificate_number = number;
  docs.invoice.kp_certificate_numbers = [number];
  docs.airway_bill.kp_certificate_numbers = [number];
  docs.packing_list.kp_certificate_numbers = [number];
  if (docs.import_confirmation) docs.import_confirmation.certificate_number = number;
}
