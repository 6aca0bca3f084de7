// From rule plans to concrete shipments: scenario per shipment (decks so small sets still
// cover every layout), pairs built against their partner, injections applied in table order.
import { Deck, type Rng } from '../rng';
import { deriveDocs } from '../model/docset';
import { addDays } from '../model/dates';
import { buildShipment, type ScenarioSpec } from '../model/shipment';
import { FRENCH_PRODUCERS } from '../model/reference';
import type { DocSet, InvoiceLayout, KpLayout, Shipment } from '../model/types';
import { expectedFindings, planRules, type ShipmentPlan } from '../inject/plan';
import { INJECTORS } from '../inject/registry';
import { RULE_IDS, type RuleId } from '../inject/types';

export interface ComposedShipment {
  shipment: Shipment;
  docs: DocSet;
  rules: RuleId[];
  expected: RuleId[];
  kpLayout: KpLayout;
  invoiceLayout: InvoiceLayout;
  related?: { shipment: string; relation: 'reexport_of' | 'duplicate_of' };
}

const KINDS: readonly ScenarioSpec[] = [
  { kind: 'producer' },
  { kind: 'producer', issuer: 'CD', origin: ['CD'] },
  { kind: 'producer', issuer: 'AO', origin: ['AO'] },
  { kind: 'hub' },
  { kind: 'us' },
  { kind: 'eu' },
  { kind: 'producer' },
];
const INVOICES: readonly InvoiceLayout[] = [
  'invoice-lots',
  'invoice-letterhead',
  'invoice-continental',
];
const CHAIN_HUBS = ['BE', 'AE', 'IN', 'IL', 'HK'] as const;

export function kpLayoutFor(issuer: string): KpLayout {
  if (issuer === 'US') return 'kp-us-form';
  if (issuer === 'BE') return 'kp-eu-style';
  if (issuer === 'AO') return 'kp-pt-producer';
  if ((FRENCH_PRODUCERS as readonly string[]).includes(issuer)) return 'kp-fr-producer';
  return 'kp-hub';
}

export function composeShipments(rng: Rng, count: number): ComposedShipment[] {
  return composePlanned(rng, planRules(rng.fork('plan'), count));
}

/** Composes shipments for given rule plans (tests inject one rule at a time with this). */
export function composePlanned(rng: Rng, plans: readonly ShipmentPlan[]): ComposedShipment[] {
  const kinds = new Deck(rng.fork('kinds'), KINDS);
  const invoices = new Deck(rng.fork('invoices'), INVOICES);
  const usedNumbers = new Set<string>();
  const out: ComposedShipment[] = [];
  plans.forEach((plan, i) => {
    const id = `S${String(i + 1)}`;
    const srng = rng.fork(id);
    const invoiceLayout = invoices.draw();
    const primary = plan.rules.find((r) => INJECTORS[r].scenario);
    let spec: ScenarioSpec = primary
      ? (INJECTORS[primary].scenario?.(srng) ?? kinds.draw())
      : kinds.draw();
    let related: ComposedShipment['related'];
    if (plan.chainHead) {
      const origin = srng.pick(['BW', 'ZA', 'CA', 'NA', 'SL'] as const);
      const year = srng.int(2019, 2024);
      spec = {
        kind: 'producer',
        issuer: origin,
        origin: [origin],
        year,
        notAfter: `${String(year)}-09-30`,
        destination: srng.pick(CHAIN_HUBS),
      };
    }
    const head = plan.pair ? out[plan.pair.of] : undefined;
    if (plan.pair?.kind === 'chain' && head) {
      const a = head.shipment;
      const hub = a.importer.country;
      spec = {
        kind: hub === 'BE' ? 'eu' : hub === 'US' ? 'us' : 'hub',
        issuer: hub,
        origin: [...a.origin],
        exporter: a.importer,
        destination: srng.pick(CHAIN_HUBS.filter((c) => c !== hub)),
        year: Number(a.dates.receipt.slice(0, 4)),
        notBefore: addDays(a.dates.receipt, 3),
        hs: a.hs,
        reexport: {
          parcels: a.parcels,
          uplift: plan.pair.uplift ?? 1.1,
          previousCertificate: a.certificateNumber,
          notBefore: a.dates.receipt,
        },
      };
      related = { shipment: a.id, relation: 'reexport_of' };
    }
    if (plan.pair?.kind === 'duplicate' && head) {
      const a = head.shipment;
      spec = {
        kind: a.kind,
        issuer: a.issuer,
        ...(a.kind === 'producer' ? { origin: [...a.origin] } : {}),
      };
      related = { shipment: a.id, relation: 'duplicate_of' };
    }
    spec = { ...spec, uniformPrice: invoiceLayout !== 'invoice-lots' };
    let shipment = buildShipment(srng, id, spec);
    for (let k = 0; k < 20 && usedNumbers.has(shipment.certificateNumber); k++)
      shipment = buildShipment(srng, id, spec);
    if (plan.pair?.kind === 'duplicate' && head)
      shipment = { ...shipment, certificateNumber: head.shipment.certificateNumber };
    usedNumbers.add(shipment.certificateNumber);
    const docs = deriveDocs(shipment, invoiceLayout, srng.chance(0.6));
    const rules = RULE_IDS.filter((r) => plan.rules.includes(r));
    const set = new Set(rules);
    for (const r of rules) INJECTORS[r].apply?.({ docs, shipment, rng: srng.fork(r), rules: set });
    out.push({
      shipment,
      docs,
      rules,
      expected: expectedFindings(rules),
      kpLayout: kpLayoutFor(shipment.issuer),
      invoiceLayout,
      ...(related ? { related } : {}),
    });
  });
  return out;
}
