// Import confirmation: the importing authority's slip or letter.
import type { DocSpec } from '../fields/engine';
import { CARATS, EXPORTER, IMPORTER, PARCELS } from './vocab';

export const IMPORT_CONFIRMATION: DocSpec = {
  fields: {
    certificate_number: {
      kind: 'certificate',
      labels: [
        'kp certificate number',
        'certificate number',
        'certificate no',
        'kp certificate',
        'certificat n°',
        'certificado n.º',
      ],
      scan: 0.5,
    },
    parcels: { kind: 'count', labels: PARCELS },
    carats: { kind: 'carats', labels: CARATS },
    importer_name: { kind: 'name', labels: IMPORTER },
    exporter_name: { kind: 'name', labels: EXPORTER },
    receipt_date: {
      kind: 'date',
      labels: [
        'date of receipt',
        'receipt date',
        'received on',
        'date de réception',
        'data de recepção',
        'data de receção',
        ['received', 0.75],
        ['date', 0.6],
      ],
    },
  },
};
