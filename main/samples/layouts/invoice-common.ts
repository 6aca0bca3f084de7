// What the three invoice layouts share: the WDC warranty, party blocks, header facts.
import type { Page, TextStyle } from '../draw/page';
import { GREY } from '../draw/ops';

export const WDC_WARRANTY =
  'The diamonds herein invoiced have been purchased from legitimate sources not involved in funding conflict, in compliance with United Nations resolutions and corresponding national laws. The seller hereby guarantees that these diamonds are conflict free and confirms adherence to the WDC SoW Guidelines.';

export function partyBlock(
  p: Page,
  x: number,
  y: number,
  w: number,
  caption: string,
  name: string,
  address: string,
  key: 'seller' | 'buyer',
  style: TextStyle = {},
): number {
  p.text(x, y, caption, { size: 7.5, color: GREY, font: 'sans-bold' });
  const ny = p.wrapped(
    x,
    y + 14,
    name,
    w,
    { size: 10, font: 'sans-bold', ...style, field: `${key}_name` },
    12,
  );
  return p.wrapped(x, ny + 13, address, w, { size: 9, ...style, field: `${key}_address` }, 11);
}
