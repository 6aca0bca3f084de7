// Layout ids (as written to truth.json) and the functions that draw them.
import type { PageSpec } from '../draw/ops';
import type { Rng } from '../rng';
import type { DocSet, DocType, InvoiceLayout, KpLayout, Shipment } from '../model/types';
import { awbIata } from './awb';
import { importConfirmation } from './import-confirmation';
import { invoiceContinental } from './invoice-continental';
import { invoiceLetterhead } from './invoice-letterhead';
import { invoiceLots } from './invoice-lots';
import { kpEuStyle } from './kp-eu-style';
import { kpHub } from './kp-hub';
import { kpProducer } from './kp-producer';
import { kpUsForm } from './kp-us-form';
import { packingList } from './packing-list';

export type LayoutId =
  KpLayout | InvoiceLayout | 'awb-iata' | 'packing-list' | 'import-confirmation';

export const LAYOUTS_BY_TYPE: Record<DocType, readonly LayoutId[]> = {
  kp_certificate: ['kp-us-form', 'kp-eu-style', 'kp-fr-producer', 'kp-pt-producer', 'kp-hub'],
  invoice: ['invoice-lots', 'invoice-letterhead', 'invoice-continental'],
  airway_bill: ['awb-iata'],
  packing_list: ['packing-list'],
  import_confirmation: ['import-confirmation'],
};

const frProducer = kpProducer('fr');
const ptProducer = kpProducer('pt');

/** Draws one document; throws when the shipment has no such document. */
export function drawDocument(
  layout: LayoutId,
  shipment: Shipment,
  docs: DocSet,
  rng: Rng,
): PageSpec {
  const base = { shipment, rng };
  switch (layout) {
    case 'kp-us-form':
      return kpUsForm({ ...base, fields: docs.kp_certificate });
    case 'kp-eu-style':
      return kpEuStyle({ ...base, fields: docs.kp_certificate });
    case 'kp-fr-producer':
      return frProducer({ ...base, fields: docs.kp_certificate });
    case 'kp-pt-producer':
      return ptProducer({ ...base, fields: docs.kp_certificate });
    case 'kp-hub':
      return kpHub({ ...base, fields: docs.kp_certificate });
    case 'invoice-lots':
      return invoiceLots({ ...base, fields: docs.invoice });
    case 'invoice-letterhead':
      return invoiceLetterhead({ ...base, fields: docs.invoice });
    case 'invoice-continental':
      return invoiceContinental({ ...base, fields: docs.invoice });
    case 'awb-iata':
      return awbIata({ ...base, fields: docs.airway_bill });
    case 'packing-list':
      return packingList({ ...base, fields: docs.packing_list });
    case 'import-confirmation': {
      if (!docs.import_confirmation) throw new Error(`${shipment.id} has no import confirmation`);
      return importConfirmation({ ...base, fields: docs.import_confirmation });
    }
  }
}
