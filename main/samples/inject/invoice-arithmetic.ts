import { round2 } from '../money';
import type { Injector } from './types';

// One line's amount (or USD/ct) is wrong while carats and the invoice total stay right, so
// only the arithmetic fails: carats and value still agree with the certificate.
export const invoiceArithmetic: Injector = {
  rule: 'invoice.arithmetic',
  apply({ docs, rng }) {
    const line = rng.pick(docs.invoice.lines);
    if (rng.chance(0.5)) {
      const delta = round2(Math.max(100, line.amount * rng.float(0.01, 0.05)));
      line.amount = round2(line.amount + (rng.chance(0.5) ? delta : -delta));
    } else {
      const delta = round2(Math.max(1, line.unit_price * rng.float(0.03, 0.12)));
      line.unit_price = round2(line.unit_price + delta);
    }
  },
};
