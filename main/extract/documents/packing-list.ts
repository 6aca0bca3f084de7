// Packing list: a reference, the parcel table and its totals.
import type { DocSpec } from '../fields/engine';
import { KP_NUMBERS, ORIGIN, PARCELS, TOTAL_CARATS } from './vocab';

export const PACKING_LIST: DocSpec = {
  fields: {
    reference: {
      kind: 'reference',
      labels: [
        'reference',
        'ref',
        'ref.',
        'référence',
        'referência',
        'packing list no',
        'packing list number',
        'pl no',
      ],
    },
    parcels: { kind: 'count', labels: PARCELS },
    total_carats: { kind: 'carats', labels: TOTAL_CARATS },
    kp_certificate_numbers: { kind: 'certificates', labels: KP_NUMBERS },
    country_of_origin: { kind: 'origins', labels: ORIGIN },
  },
  ignore: ['seal no', 'parcel id', 'date'],
};
