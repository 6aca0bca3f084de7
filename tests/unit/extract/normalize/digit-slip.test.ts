import { describe, expect, it } from 'vitest';
import { digitSlip } from '../../../../main/extract/normalize/digit-slip';

describe('digitSlip: can this printed figure be a misreading of that value', () => {
  it('accepts the value itself, however its marks were read', () => {
    expect(digitSlip('41,375.55', 41375.55)).toBe(true);
    expect(digitSlip('4137555', 41375.55)).toBe(true);
    expect(digitSlip('120', 120)).toBe(true);
    expect(digitSlip('0.06', 0.06)).toBe(true);
  });

  it('accepts marks read as digits ("41,375.55" → "413375755")', () => {
    expect(digitSlip('413375755', 41375.55)).toBe(true);
  });

  it('accepts one digit lost or added, or two look-alike digits', () => {
    expect(digitSlip('19.13', 119.13)).toBe(true);
    expect(digitSlip('1119.13', 119.13)).toBe(true);
    expect(digitSlip('876700.18', 876799.18)).toBe(true);
    expect(digitSlip('17,381.78', 17331.78)).toBe(true);
  });

  it('refuses a figure that differs in more or other digits', () => {
    // A price raised on paper (263.15 printed; carats and amount give 239.91).
    expect(digitSlip('263.15', 239.91)).toBe(false);
    expect(digitSlip('630.66', 604.64)).toBe(false);
    // 0 → 2 is no look-alike.
    expect(digitSlip('421.44', 401.44)).toBe(false);
    // Cents that were printed cannot all have been lost.
    expect(digitSlip('41,375', 41375.55)).toBe(false);
    // Three look-alikes is more than a slip.
    expect(digitSlip('876000.18', 876999.18)).toBe(false);
  });

  it('lets any value stand for a cell with no digits', () => {
    expect(digitSlip('Uc{orakal', 194.13)).toBe(true);
  });
});
