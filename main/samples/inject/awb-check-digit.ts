import { awbCheckDigit } from '../model/awb';
import type { Injector } from './types';

// The AWB's last digit is not serial mod 7 (a typo or an invented number).
export const awbCheckDigitWrong: Injector = {
  rule: 'awb.check_digit',
  apply({ docs, rng }) {
    const awb = docs.airway_bill.awb_number;
    const good = awbCheckDigit(awb.slice(3, 10));
    const bad = rng.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => d !== good));
    docs.airway_bill.awb_number = `${awb.slice(0, 10)}${String(bad)}`;
  },
};
