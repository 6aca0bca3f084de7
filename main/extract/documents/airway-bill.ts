// Air waybill: IATA boxes, labels above their values; the number also stands alone in corners.
import type { DocSpec } from '../fields/engine';
import { CURRENCY, KP_NUMBERS } from './vocab';

export const AIRWAY_BILL: DocSpec = {
  fields: {
    awb_number: {
      kind: 'awb',
      labels: [
        'air waybill no',
        'awb no',
        'awb number',
        'air waybill number',
        'lta n°',
        ['awb', 0.8],
      ],
      scan: 0.6,
    },
    shipper_name: {
      kind: 'name',
      labels: ["shipper's name and address", 'shipper', 'expéditeur', 'expedidor', 'shipper name'],
    },
    consignee_name: {
      kind: 'name',
      labels: [
        "consignee's name and address",
        'consignee',
        'destinataire',
        'consignatário',
        'consignee name',
      ],
    },
    departure_airport: {
      kind: 'airport',
      labels: [
        'airport of departure',
        'departure airport',
        'aéroport de départ',
        'aeroporto de partida',
        ['from', 0.6],
      ],
    },
    destination_airport: {
      kind: 'airport',
      labels: [
        'airport of destination',
        'destination airport',
        'aéroport de destination',
        'aeroporto de destino',
        ['to', 0.5],
      ],
    },
    flight_date: {
      kind: 'date',
      labels: [
        'requested flight/date',
        'flight/date',
        'flight date',
        'date of flight',
        'vol/date',
        ['executed on (date)', 0.7],
      ],
    },
    pieces: {
      kind: 'count',
      labels: [
        'no. of pieces',
        'no. of pieces rcp',
        'number of pieces',
        'pieces',
        'pcs',
        'nombre de colis',
        'número de volumes',
      ],
    },
    gross_weight_kg: {
      kind: 'weight',
      labels: ['gross weight', 'poids brut', 'peso bruto', 'gross wt'],
    },
    declared_value: {
      kind: 'amount',
      labels: [
        'declared value for customs',
        'customs value',
        'valeur déclarée pour la douane',
        'valor declarado para alfândega',
        ['declared value', 0.8],
      ],
    },
    currency: {
      kind: 'currency',
      labels: [...CURRENCY, ['declared value for customs', 0.9]],
      shares: true,
      scan: 0.4,
    },
    kp_certificate_numbers: { kind: 'certificates', labels: KP_NUMBERS, scan: 0.45 },
  },
  ignore: [
    'chargeable weight',
    'declared value for carriage',
    'rate class',
    'total prepaid',
    'weight charge',
  ],
};
