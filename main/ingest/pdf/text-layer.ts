import type { PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Word } from '../word';
import { pdfjs } from './pdfjs';

/** Why a text layer is or is not trusted; anything but `usable` sends the page to OCR. */
export type TextLayerVerdict = 'usable' | 'empty' | 'invisible' | 'letter_spaced' | 'undecodable';

export interface TextLayer {
  words: Word[];
  verdict: TextLayerVerdict;
}

/** Glyph-drawing operators whose visibility depends on the text rendering mode. */
const INVISIBLE_MODES = new Set([3, 7]); // neither fill nor stroke (7 adds clip)

/**
 * Share of text-showing operators drawn invisibly: scanners lay OCR text under the image
 * this way, and such a layer is only as good as somebody else's OCR.
 */
async function invisibleTextShare(page: PDFPageProxy): Promise<number> {
  const { OPS } = await pdfjs();
  const ops = await page.getOperatorList();
  const showOps = new Set<number>([
    OPS.showText,
    OPS.showSpacedText,
    OPS.nextLineShowText,
    OPS.nextLineSetSpacingShowText,
  ]);
  const stack: number[] = [];
  let mode = 0;
  let shown = 0;
  let hidden = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.save) stack.push(mode);
    else if (fn === OPS.restore) mode = stack.pop() ?? 0;
    else if (fn === OPS.setTextRenderingMode) mode = Number((ops.argsArray[i] as unknown[])[0]);
    else if (showOps.has(fn)) {
      shown += 1;
      if (INVISIBLE_MODES.has(mode)) hidden += 1;
    }
  });
  return shown === 0 ? 0 : hidden / shown;
}

// U+FFFD, C0/C1 controls (but not whitespace) and the private use area: what a font without
// a usable ToUnicode map decodes to.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const UNDECODABLE = /[\uFFFD\u0000-\u0008\u000E-\u001F\u007F-\u009F\uE000-\uF8FF]/gu;

function splitItem(
  item: TextItem,
  viewportTransform: number[],
  util: { transform: (a: number[], b: number[]) => number[] },
  pageW: number,
  pageH: number,
): Word[] {
  const tx = util.transform(viewportTransform, item.transform as number[]);
  const fontHeight = Math.hypot(tx[2] ?? 0, tx[3] ?? 0);
  const scaleX = Math.hypot(viewportTransform[0] ?? 1, viewportTransform[1] ?? 0);
  const left = tx[4] ?? 0;
  const baseline = tx[5] ?? 0;
  const totalWidth = item.width * scaleX;
  const str = item.str;
  // Without surrogate pairs (nearly always) code points are UTF-16 units: no counting.
  const wide = SURROGATE.test(str);
  const count = (s: string) => (wide ? codePoints(s).length : s.length);
  const length = count(str);
  if (length === 0) return [];
  const perChar = totalWidth / length;
  const words: Word[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(str); m; m = re.exec(str)) {
    const start = wide ? count(str.slice(0, m.index)) : m.index;
    const len = count(m[0]);
    const x0 = left + start * perChar;
    words.push({
      text: m[0],
      x0: clamp(x0 / pageW),
      y0: clamp((baseline - fontHeight * 0.8) / pageH),
      x1: clamp((x0 + len * perChar) / pageW),
      y1: clamp((baseline + fontHeight * 0.2) / pageH),
      confidence: 1,
    });
  }
  return words;
}

const SURROGATE = /[\uD800-\uDFFF]/; // no u flag: a pair must match too

/** Glyph positions follow code points (what a PDF font maps a glyph to), not UTF-16 units. */
function codePoints(s: string): string[] {
  return Array.from(s);
}

function clamp(v: number): number {
  return Math.min(1, Math.max(0, v));
}

/**
 * The page's own text as positioned words, and whether to trust it. Boxes come from the
 * text matrices (per-character width is spread evenly within an item, which is close enough
 * for locating fields and drawing highlights).
 */
export async function readTextLayer(
  page: PDFPageProxy,
  opts: {
    /** false when the file draws no text invisibly (mayDrawInvisibleText): no operator list. */
    mayBeInvisible?: boolean;
  } = {},
): Promise<TextLayer> {
  const lib = await pdfjs();
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.filter((i): i is TextItem => 'str' in i);
  const words = items.flatMap((i) =>
    splitItem(i, viewport.transform, lib.Util, viewport.width, viewport.height),
  );
  return { words, verdict: await judge(page, words, opts.mayBeInvisible ?? true) };
}

async function judge(
  page: PDFPageProxy,
  words: Word[],
  mayBeInvisible: boolean,
): Promise<TextLayerVerdict> {
  const text = words.map((w) => w.text).join(' ');
  const meaningful = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (meaningful < 3) return 'empty';
  const bad = text.match(UNDECODABLE)?.length ?? 0;
  if (bad / text.length > 0.1) return 'undecodable';
  if (
    words.length >= 10 &&
    words.filter((w) => codePoints(w.text).length === 1).length / words.length > 0.6
  ) {
    return 'letter_spaced';
  }
  if (mayBeInvisible && (await invisibleTextShare(page)) >= 0.5) return 'invisible';
  return 'usable';
}
