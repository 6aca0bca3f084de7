// A small builder the layouts use: text with alignment and wrapping, ruled lines, boxes,
// and recording of where each truth field lands.
import { ASCENT, DESCENT, textWidth } from './fonts';
import { BLACK, type Box, type FontKey, type Op, type PageSpec, type Rgb } from './ops';

export interface TextStyle {
  font?: FontKey;
  size?: number;
  color?: Rgb;
  align?: 'left' | 'right' | 'center';
  /** Records the drawn box under this truth field name. */
  field?: string;
  opacity?: number;
}

export class Page {
  readonly ops: Op[] = [];
  readonly fields: Record<string, Box[]> = {};

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** Draws one line of text; returns its box. */
  text(x: number, y: number, text: string, style: TextStyle = {}): Box {
    const font = style.font ?? 'sans';
    const size = style.size ?? 9;
    const w = textWidth(text, font, size);
    const left = style.align === 'right' ? x - w : style.align === 'center' ? x - w / 2 : x;
    this.ops.push({
      kind: 'text',
      x: left,
      y,
      text,
      font,
      size,
      color: style.color ?? BLACK,
      ...(style.opacity !== undefined ? { opacity: style.opacity } : {}),
    });
    const box: Box = [left, y - size * ASCENT, left + w, y + size * DESCENT];
    if (style.field && text.trim() !== '') (this.fields[style.field] ??= []).push(box);
    return box;
  }

  /** Draws text wrapped to maxWidth, lineHeight apart; returns the y of the last baseline. */
  wrapped(
    x: number,
    y: number,
    text: string,
    maxWidth: number,
    style: TextStyle = {},
    lineHeight?: number,
  ): number {
    const lines = wrap(text, style.font ?? 'sans', style.size ?? 9, maxWidth);
    const lh = lineHeight ?? (style.size ?? 9) * 1.25;
    lines.forEach((line, i) => this.text(x, y + i * lh, line, style));
    return y + (lines.length - 1) * lh;
  }

  line(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    width = 0.5,
    color: Rgb = BLACK,
    dash?: number[],
  ): void {
    this.ops.push({ kind: 'line', x1, y1, x2, y2, width, color, ...(dash ? { dash } : {}) });
  }

  rect(
    x: number,
    y: number,
    w: number,
    h: number,
    opts: { fill?: Rgb; stroke?: Rgb; width?: number; opacity?: number } = {},
  ): void {
    this.ops.push({ kind: 'rect', x, y, w, h, ...opts });
  }

  push(...ops: Op[]): void {
    this.ops.push(...ops);
  }

  /** Records a box for a field drawn by other means (tables). */
  mark(field: string, box: Box): void {
    (this.fields[field] ??= []).push(box);
  }

  spec(): PageSpec {
    return { width: this.width, height: this.height, ops: this.ops, fields: this.fields };
  }
}

export function wrap(text: string, font: FontKey, size: number, maxWidth: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur === '' ? w : `${cur} ${w}`;
    if (cur !== '' && textWidth(next, font, size) > maxWidth) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur !== '') lines.push(cur);
  return lines;
}

export const A4 = { width: 595.28, height: 841.89 };
export const LETTER = { width: 612, height: 792 };
export const LETTER_LANDSCAPE = { width: 792, height: 612 };
