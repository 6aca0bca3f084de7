import { composeMatrix, type Matrix } from './matrix';

/**
 * What one drawing operator does, as far as telling whether a page is one image goes: read
 * from pdf.js's operator list (scan-image.ts) or from the content stream itself
 * (embedded-jpeg.ts), each by its own vocabulary, then judged here alike.
 */
export type DrawStep =
  | { kind: 'inert' } // state that does not touch an image, or marked content
  | { kind: 'save' }
  | { kind: 'restore' }
  | { kind: 'transform'; matrix: Matrix }
  | { kind: 'textMode'; mode: number }
  | { kind: 'showText' }
  | { kind: 'image'; id: string }
  | { kind: 'other' };

/** Text drawn neither filled nor stroked: a scanner's OCR layer under its image. */
const INVISIBLE = 3;

/**
 * The one image the steps draw (its id and matrix), when they draw nothing else: besides the
 * image, only invisible text and state that does not touch images. Null otherwise.
 */
export function soleImage(steps: Iterable<DrawStep>): { id: string; ctm: Matrix } | null {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let mode = 0;
  const saved: { ctm: Matrix; mode: number }[] = [];
  let image: { id: string; ctm: Matrix } | null = null;
  for (const step of steps) {
    switch (step.kind) {
      case 'inert':
        break;
      case 'save':
        saved.push({ ctm, mode });
        break;
      case 'restore':
        ({ ctm, mode } = saved.pop() ?? { ctm, mode });
        break;
      case 'transform':
        ctm = composeMatrix(step.matrix, ctm);
        break;
      case 'textMode':
        mode = step.mode;
        break;
      case 'showText':
        if (mode !== INVISIBLE) return null;
        break;
      case 'image':
        if (image) return null;
        image = { id: step.id, ctm };
        break;
      default:
        return null;
    }
  }
  return image;
}
