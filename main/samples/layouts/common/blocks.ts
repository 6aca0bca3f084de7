// Building blocks shared by the layouts: labelled boxes, key–value rows, headers.
import { BLACK, GREY, type Rgb } from '../../draw/ops';
import type { Page, TextStyle } from '../../draw/page';

/** A ruled box with a small caption in its top-left corner and a value below it. */
export function captionBox(
  p: Page,
  x: number,
  y: number,
  w: number,
  h: number,
  caption: string,
  value: string | undefined,
  field?: string,
  valueStyle: TextStyle = {},
  stroke: Rgb = BLACK,
): void {
  p.rect(x, y, w, h, { stroke, width: 0.6 });
  p.text(x + 4, y + 9, caption, { size: 6.5, color: GREY });
  if (value !== undefined && value !== '')
    p.wrapped(
      x + 6,
      y + 22,
      value,
      w - 12,
      { size: 9.5, ...valueStyle, ...(field ? { field } : {}) },
      (valueStyle.size ?? 9.5) * 1.25,
    );
}

export interface Row {
  label: string;
  /** Second label line (translation), smaller. */
  sub?: string;
  value: string | undefined;
  field?: string;
}

/** Label | value rows with hairlines; returns the y after the last row. */
export function rows(
  p: Page,
  x: number,
  y: number,
  labelW: number,
  valueW: number,
  list: readonly Row[],
  opts: { shade?: Rgb; rowH?: number; valueStyle?: TextStyle; labelStyle?: TextStyle } = {},
): number {
  const h = opts.rowH ?? 26;
  list.forEach((r, i) => {
    const ry = y + i * h;
    if (opts.shade && i % 2 === 0) p.rect(x, ry, labelW + valueW, h, { fill: opts.shade });
    p.line(x, ry + h, x + labelW + valueW, ry + h, 0.4, GREY);
    p.text(x + 5, ry + (r.sub ? 11 : 16), r.label, {
      size: 8.5,
      font: 'sans-bold',
      ...opts.labelStyle,
    });
    if (r.sub) p.text(x + 5, ry + 21, r.sub, { size: 7, font: 'sans-oblique', color: GREY });
    if (r.value !== undefined && r.value !== '') {
      p.wrapped(
        x + labelW + 6,
        ry + (r.value.length > 60 ? 11 : 16),
        r.value,
        valueW - 10,
        { size: 9.5, ...opts.valueStyle, ...(r.field ? { field: r.field } : {}) },
        10,
      );
    }
  });
  p.line(x, y, x + labelW + valueW, y, 0.6, BLACK);
  p.line(x + labelW, y, x + labelW, y + list.length * h, 0.4, GREY);
  return y + list.length * h;
}
