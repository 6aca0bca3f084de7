// Decides, per shipment, which rules to inject: about a third clean, every rule drawn from a
// deck so a large enough set covers them all, pairs for the two cross-shipment rules.
import { Deck, type Rng } from '../rng';
import { compatible, INJECTORS } from './registry';
import { RULE_IDS, type RuleId } from './types';

export interface ShipmentPlan {
  rules: RuleId[];
  /** Second of a pair: shares the certificate number of, or re-exports the goods of, shipment `of`. */
  pair?: { kind: 'duplicate' | 'chain'; of: number; uplift?: number };
  /** First of a pair: constrained so the second can follow (chain: a producer export to a hub). */
  chainHead?: boolean;
}

const SECONDARY = RULE_IDS.filter((r) => !INJECTORS[r].scenario && !INJECTORS[r].pair);

export function planRules(rng: Rng, count: number, cleanShare = 1 / 3): ShipmentPlan[] {
  const deck = new Deck(rng, RULE_IDS);
  const plans: ShipmentPlan[] = [];
  while (plans.length < count) {
    const room = count - plans.length;
    if (rng.chance(cleanShare)) {
      // A clean re-export now and then, so revaluation has negatives (uplift ≤ 30 %).
      if (room >= 2 && rng.chance(0.12)) {
        plans.push({ rules: [], chainHead: true });
        plans.push({
          rules: [],
          pair: { kind: 'chain', of: plans.length - 1, uplift: rng.float(1.05, 1.3) },
        });
      } else {
        plans.push({ rules: [] });
      }
      continue;
    }
    let primary = deck.draw();
    while (INJECTORS[primary].pair && room < 2) primary = deck.draw();
    const pair = INJECTORS[primary].pair;
    if (pair === 'duplicate') {
      plans.push({ rules: ['certificate.duplicate'] });
      plans.push({
        rules: ['certificate.duplicate'],
        pair: { kind: 'duplicate', of: plans.length - 1 },
      });
      continue;
    }
    if (pair === 'chain') {
      plans.push({ rules: [], chainHead: true });
      plans.push({
        rules: ['price.revaluation'],
        pair: { kind: 'chain', of: plans.length - 1, uplift: rng.float(1.6, 1.9) },
      });
      continue;
    }
    const rules: RuleId[] = [primary];
    if (rng.chance(0.35)) {
      const extra = rng.chance(0.3) ? 2 : 1;
      for (let i = 0; i < extra; i++) {
        const options = SECONDARY.filter((r) => rules.every((x) => compatible(x, r)));
        if (options.length > 0) rules.push(rng.pick(options));
      }
    }
    plans.push({ rules });
  }
  return plans;
}

/** The rules a shipment must trigger: the injected ones plus what they necessarily imply. */
export function expectedFindings(rules: readonly RuleId[]): RuleId[] {
  const out = new Set<RuleId>(rules);
  for (const r of rules) for (const i of INJECTORS[r].implies ?? []) out.add(i);
  return RULE_IDS.filter((r) => out.has(r));
}
