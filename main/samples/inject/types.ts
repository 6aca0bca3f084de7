// An injection makes one rule of domain.md's table fire on a shipment, and nothing else.
import type { Rng } from '../rng';
import type { ScenarioSpec } from '../model/shipment';
import type { DocSet, Shipment } from '../model/types';

export const RULE_IDS = [
  'carats.mismatch',
  'value.mismatch',
  'parcels.mismatch',
  'party.mismatch',
  'origin.mismatch',
  'origin.hub_declared',
  'origin.restricted',
  'party.restricted',
  'price.outlier',
  'price.hs_inconsistent',
  'price.revaluation',
  'dates.expiry_before_issue',
  'dates.validity_too_long',
  'dates.outside_validity',
  'dates.invoice_after_shipment',
  'certificate.duplicate',
  'certificate.prefix_mismatch',
  'certificate.missing_fields',
  'hs_code.invalid',
  'awb.check_digit',
  'invoice.arithmetic',
  'origin.production_share',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface InjectContext {
  docs: DocSet;
  shipment: Shipment;
  rng: Rng;
  /** Every rule injected into this shipment (some edits avoid what others touch). */
  rules: ReadonlySet<RuleId>;
}

export interface Injector {
  rule: RuleId;
  /** A primary rule shapes the scenario (origin, issuer, year…); at most one per shipment. */
  scenario?: (rng: Rng) => ScenarioSpec;
  /** Needs a second shipment: the same certificate number, or the same goods re-exported. */
  pair?: 'duplicate' | 'chain';
  /** Rules this one must not be combined with. */
  conflicts?: readonly RuleId[];
  /** Rules that necessarily fire with this one (listed in expected_findings too). */
  implies?: readonly RuleId[];
  /** Edits what the documents say. */
  apply?: (ctx: InjectContext) => void;
}
