// Title wordings per document type (EN / FR / PT). A title is the strongest single cue; the
// label vocabulary of each type's extractor is the second.
import type { Phrase } from '../fields/labels';
import type { KnownDocType } from '../types';

export const TITLES: Record<KnownDocType, readonly Phrase[]> = {
  kp_certificate: [
    'kimberley process certificate',
    'certificat du processus de kimberley',
    'certificado do processo de kimberley',
    'certificado del proceso de kimberley',
    ['kp certificate', 0.7],
  ],
  invoice: [
    'commercial invoice',
    'invoice',
    'facture',
    'facture commerciale',
    'fatura',
    'fatura comercial',
    'factura',
    'tax invoice',
    'factuur',
    'rechnung',
    'nota fiscal',
    'proforma invoice',
    ['bill', 0.5],
  ],
  airway_bill: [
    'air waybill',
    'airway bill',
    'air consignment note',
    'lettre de transport aérien',
    'conhecimento aéreo',
    'conhecimento de transporte aéreo',
    ['waybill', 0.8],
  ],
  packing_list: [
    'packing list',
    'liste de colisage',
    'romaneio',
    'lista de embalagem',
    'packing slip',
    'parcel list',
  ],
  import_confirmation: [
    'confirmation of import',
    'import confirmation',
    "confirmation d'importation",
    "confirmation d'import",
    'confirmação de importação',
    'certificate of receipt',
    'confirmation of receipt',
  ],
};

/** A page that says it continues the one before. */
export const CONTINUATION =
  /\b(page|seite|pagina|página|blad|pág\.?)\s*[2-9]\d*\b|\bcontinued\b|\bcontinuation\b|\(suite\)|\bcont'?d\b/iu;
