// KP certificate: Annex I content in whatever order and language the issuer prints it.
import type { DocSpec } from '../fields/engine';
import { ADDRESS, CARATS, EXPORTER, HS, IMPORTER, ORIGIN, PARCELS } from './vocab';

export const KP_CERTIFICATE: DocSpec = {
  fields: {
    certificate_number: {
      kind: 'certificate',
      labels: [
        'certificate no',
        'certificate number',
        'certificate n°',
        'certificat n°',
        'certificado n.º',
        'numéro du certificat',
        'número do certificado',
        'kp certificate no',
        ['no.', 0.7],
        ['n°', 0.7],
        ['n.º', 0.7],
      ],
      scan: 0.55,
    },
    country_of_origin: { kind: 'origins', labels: ORIGIN },
    exporter_name: { kind: 'name', labels: EXPORTER },
    exporter_address: {
      kind: 'address',
      labels: ['exporter address', "adresse de l'exportateur", 'endereço do exportador'],
      maxLines: 4,
    },
    importer_name: { kind: 'name', labels: IMPORTER },
    importer_address: {
      kind: 'address',
      labels: [
        'importer address',
        'consignee address',
        "adresse de l'importateur",
        'endereço do importador',
      ],
      maxLines: 4,
    },
    destination_country: {
      kind: 'country',
      labels: [
        'country of destination',
        'pays de destination',
        'país de destino',
        'destination country',
        ['destination', 0.85],
      ],
    },
    carats: { kind: 'carats', labels: CARATS },
    value_usd: {
      kind: 'amount',
      labels: [
        'value (usd)',
        'value in u.s. $',
        'value (us$)',
        'value in usd',
        'valeur en usd',
        'valeur (usd)',
        'valor (usd)',
        'valor em usd',
        ['value', 0.85],
        ['valeur', 0.85],
        ['valor', 0.85],
      ],
    },
    parcels: { kind: 'count', labels: PARCELS },
    hs_codes: { kind: 'hs_codes', labels: HS, scan: 0.5 },
    issue_date: {
      kind: 'date',
      labels: [
        'date of issue',
        'issue date',
        'date of issuance',
        'issued on',
        "date d'émission",
        'date de délivrance',
        'data de emissão',
      ],
    },
    expiry_date: {
      kind: 'date',
      labels: [
        'date of expiry',
        'expiry date',
        'expiration date',
        'valid until',
        "date d'expiration",
        "valable jusqu'au",
        'data de validade',
        'válido até',
      ],
    },
    issuing_authority: {
      kind: 'text',
      labels: ['issuing authority', 'autorité émettrice', 'autoridade emissora', 'issued by'],
    },
  },
  addressOf: {
    labels: ADDRESS,
    parties: { exporter_name: 'exporter_address', importer_name: 'importer_address' },
  },
};
