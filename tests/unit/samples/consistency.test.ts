import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePlanned, composeShipments } from '../../../main/samples/compose/shipments';
import { planRules, type ShipmentPlan } from '../../../main/samples/inject/plan';
import { RULE_IDS, type RuleId } from '../../../main/samples/inject/types';
import { awbCheckDigit, isValidAwb } from '../../../main/samples/model/awb';
import { daysBetween } from '../../../main/samples/model/dates';
import { Rng } from '../../../main/samples/rng';
import { oracle } from './oracle';

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

describe('shipment model', () => {
  it('computes the IATA mod-7 check digit', () => {
    expect(awbCheckDigit('1234567')).toBe(1234567 % 7);
    expect(isValidAwb('17612345675')).toBe(true);
    expect(isValidAwb('17612345676')).toBe(false);
    expect(isValidAwb('1761234567')).toBe(false);
  });

  it('keeps clean shipments coherent: sums, check digits, date order, prefixes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const set = composeShipments(new Rng(seed), 12);
        for (const c of set.filter((x) => x.expected.length === 0)) {
          const { kp_certificate: k, invoice: inv, packing_list: pl, airway_bill: awb } = c.docs;
          const s = c.shipment;
          const cct = s.parcels.reduce((a, p) => a + p.cct, 0);
          expect(Math.round((k.carats ?? 0) * 100)).toBe(cct);
          expect(Math.round(pl.parcel_lines.reduce((a, l) => a + l.carats, 0) * 100)).toBe(cct);
          expect(Math.round(inv.lines.reduce((a, l) => a + l.carats, 0) * 100)).toBe(cct);
          expect(Math.round(inv.lines.reduce((a, l) => a + l.amount, 0) * 100)).toBe(
            Math.round(inv.total_amount * 100),
          );
          expect(k.value_usd).toBe(inv.total_amount);
          expect(isValidAwb(awb.awb_number)).toBe(true);
          const d = s.dates;
          expect(
            d.invoice <= d.issue &&
              d.issue <= d.flight &&
              d.flight <= d.receipt &&
              d.receipt <= d.expiry,
          ).toBe(true);
          expect(daysBetween(d.issue, d.expiry)).toBeLessThanOrEqual(60);
          if (s.issuer === 'US') expect(daysBetween(d.issue, d.expiry)).toBe(60);
          expect(k.certificate_number?.startsWith(`${s.issuer} `)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('makes about a third of shipments clean', () => {
    const set = composeShipments(new Rng('share'), 300);
    const clean = set.filter((c) => c.expected.length === 0).length / set.length;
    expect(clean).toBeGreaterThan(0.25);
    expect(clean).toBeLessThan(0.45);
  });
});

describe('rule injection', () => {
  it.each(RULE_IDS)('%s, injected alone, breaks exactly what it claims', (rule) => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const plans: ShipmentPlan[] =
        rule === 'certificate.duplicate'
          ? [{ rules: [rule] }, { rules: [rule], pair: { kind: 'duplicate', of: 0 } }]
          : rule === 'price.revaluation'
            ? [
                { rules: [], chainHead: true },
                { rules: [rule], pair: { kind: 'chain', of: 0, uplift: 1.7 } },
              ]
            : [{ rules: [rule] }];
      const set = composePlanned(new Rng(`${rule}:${String(seed)}`), plans);
      const last = set[set.length - 1];
      expect(last?.expected).toContain(rule);
      for (const c of set) expect(oracle(c, set)).toEqual(sorted(c.expected));
    }
  });

  it('agrees with the oracle on every shipment of mixed sets, and covers every rule', () => {
    const seen = new Set<RuleId>();
    for (const seed of [7, 8, 9, 10]) {
      const set = composeShipments(new Rng(seed), 80);
      for (const c of set) {
        expect({ id: c.shipment.id, rules: c.rules, found: oracle(c, set) }).toEqual({
          id: c.shipment.id,
          rules: c.rules,
          found: sorted(c.expected),
        });
        c.expected.forEach((r) => seen.add(r));
      }
    }
    expect(sorted([...seen])).toEqual(sorted(RULE_IDS));
  });

  it('combines rules: some shipments carry two or more', () => {
    const plans = planRules(new Rng(3), 200);
    expect(plans.filter((p) => p.rules.length >= 2 && !p.pair).length).toBeGreaterThan(10);
  });
});
