// Label wordings shared by several document types (EN / FR / PT). Generic words carry a
// weight below 1 so a specific label nearby wins over them.
import type { Phrase } from '../fields/labels';

export const ORIGIN: readonly Phrase[] = [
  'country of origin',
  'country of origin / provenance',
  "pays d'origine",
  'país de origem',
  'origin',
  'origine',
  'origem',
  'countries of origin',
  'place of origin',
  ['provenance', 0.8],
];

export const CARATS: readonly Phrase[] = [
  'carat weight',
  'weight (carats)',
  'weight in carats',
  'carat weight/mass',
  'poids en carats',
  'poids (carats)',
  'peso em quilates',
  'peso (quilates)',
  'total carats',
  'carats',
  'quilates',
  ['weight', 0.7],
];

export const TOTAL_CARATS: readonly Phrase[] = [
  'total carats',
  'total weight',
  'total weight (carats)',
  'total carat weight',
  'poids total',
  'total des carats',
  'peso total',
  'total de quilates',
  ['carats', 0.8],
];

export const PARCELS: readonly Phrase[] = [
  'number of parcels',
  'no. of parcels',
  'nombre de colis',
  'número de volumes',
  'numero de parcelas',
  'total parcels',
  'parcels',
  ['colis', 0.9],
  ['volumes', 0.8],
];

export const HS: readonly Phrase[] = [
  'hs code',
  'code sh',
  'código sh',
  'hs classification',
  'harmonized commodity code',
  'harmonized system code',
  'tariff code',
  'code tarifaire',
  ['hs', 0.8],
];

export const KP_NUMBERS: readonly Phrase[] = [
  'kp certificate',
  'kp certificate no',
  'kp certificate number',
  'kp cert',
  'certificat pk',
  'certificat kp',
  'certificado kp',
  'certificado pk',
  'kimberley process certificate',
  'kimberley process certificate no',
  'certificate no',
  'kpc no',
];

export const EXPORTER: readonly Phrase[] = [
  'exporter',
  'exportateur',
  'exportador',
  'exporter (name and address)',
  'consignor',
  ['shipper', 0.8],
];

export const IMPORTER: readonly Phrase[] = [
  'importer',
  'importateur',
  'importador',
  'importer (name and address)',
  'ultimate consignee',
  'consignee',
  'destinataire',
  'consignatário',
];

export const ADDRESS: readonly Phrase[] = ['address', 'adresse', 'endereço', 'morada', 'domicile'];

export const CURRENCY: readonly Phrase[] = ['currency', 'devise', 'moeda', 'monnaie'];
