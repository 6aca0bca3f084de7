// Text metrics of the PDF standard fonts. The scan renderer draws with the Liberation fonts,
// which are metric-compatible (Helvetica/Times/Courier), so boxes agree in both renderings.
import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';
import type { FontKey } from './ops';

export const STANDARD_FONT: Record<FontKey, StandardFonts> = {
  sans: StandardFonts.Helvetica,
  'sans-bold': StandardFonts.HelveticaBold,
  'sans-oblique': StandardFonts.HelveticaOblique,
  serif: StandardFonts.TimesRoman,
  'serif-bold': StandardFonts.TimesRomanBold,
  'serif-italic': StandardFonts.TimesRomanItalic,
  mono: StandardFonts.Courier,
  'mono-bold': StandardFonts.CourierBold,
};

const embedders = new Map<FontKey, StandardFontEmbedder>();

export function textWidth(text: string, font: FontKey, size: number): number {
  let e = embedders.get(font);
  if (!e) {
    // pdf-lib's StandardFonts values are the AFM font names the embedder expects.
    e = StandardFontEmbedder.for(
      STANDARD_FONT[font] as unknown as Parameters<typeof StandardFontEmbedder.for>[0],
    );
    embedders.set(font, e);
  }
  return e.widthOfTextAtSize(text, size);
}

/** Ascent and descent used for field boxes (cap height plus a little, descender). */
export const ASCENT = 0.76;
export const DESCENT = 0.22;
