import { pickCompany } from '../model/companies';
import { addressOf } from '../model/docset';
import type { Injector } from './types';

// Another company of the same country appears as consignee (AWB) or buyer (invoice).
export const partyMismatch: Injector = {
  rule: 'party.mismatch',
  conflicts: ['party.restricted'],
  apply({ docs, shipment, rng }) {
    const other = pickCompany(rng, shipment.importer.country, shipment.importer.name);
    if (other.name === shipment.importer.name) {
      const seller = pickCompany(rng, shipment.exporter.country, shipment.exporter.name);
      docs.airway_bill.shipper_name =
        seller.name === shipment.exporter.name
          ? `${seller.name.split(' ')[0] ?? 'Global'} Logistics Ltd`
          : seller.name;
      return;
    }
    if (rng.chance(0.5)) {
      docs.airway_bill.consignee_name = other.name;
    } else {
      docs.invoice.buyer_name = other.name;
      docs.invoice.buyer_address = addressOf(other);
    }
  },
};
