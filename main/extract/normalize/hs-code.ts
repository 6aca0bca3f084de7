// HS codes → "7102.31", from 7102.31, 710231, 7102 31, 7102.31.00 (national extensions dropped),
// "HS 7102.31". KP goods are rough diamonds: 7102.10, 7102.21, 7102.31 (domain.md); 7102.29 and
// 7102.39 are worked stones and still parse, so the hs_code.invalid rule can flag them.
import { fixOcrDigits } from './ocr-digits';
import { DIGIT_LOOKALIKES, oneConfusionApart } from './one-confusion';

export const KP_HS_CODES = ['7102.10', '7102.21', '7102.31'] as const;
export type KpHsCode = (typeof KP_HS_CODES)[number];

export function isKpHsCode(code: string): code is KpHsCode {
  return (KP_HS_CODES as readonly string[]).includes(code);
}

// Heading (4 digits), subheading (2), optional national digits; one separator at most between.
const HS =
  /(?<![\d.,])(\d{4})(?:[.\s]|\s?-\s?)?(\d{2})(?:[.\s]?\d{2}(?:[.\s]?\d{2})?)?(?!\d|[.,]\d)/gu;

/** Every HS code in the text, in order, without repeats. */
export function parseHsCodes(text: string): string[] {
  if (text.length > 2000) text = text.slice(0, 2000);
  const found: string[] = [];
  for (const m of fixOcrDigits(text).matchAll(HS)) {
    const code = `${m[1] ?? ''}.${m[2] ?? ''}`;
    // Chapters run 01–97; a year or an amount ("2024 12", "1520.35") is not a code.
    const chapter = Number(code.slice(0, 2));
    if (chapter < 1 || chapter > 97) continue;
    if (!found.includes(code)) found.push(code);
  }
  return found;
}

/**
 * Whether a heading exists in the nomenclature, as far as a misread diamond heading can go:
 * chapter 71 ends at 7118, and chapter 77 is reserved (it has none).
 */
function headingExists(heading: string): boolean {
  const n = Number(heading);
  if (heading.startsWith('77')) return false;
  return !(heading.startsWith('71') && n > 7118);
}

/**
 * A code whose heading is no heading at all but the rough-diamond heading 7102 with one digit
 * misread ("7162.31", "7702.10"), read as 7102: null for any other code. A heading that
 * exists (7103, precious stones) is a different good, and stays.
 */
export function misreadDiamondCode(code: string): string | null {
  const [heading = '', sub = ''] = code.split('.');
  if (headingExists(heading) || !oneConfusionApart(heading, '7102', DIGIT_LOOKALIKES)) {
    return null;
  }
  return `7102.${sub}`;
}

/**
 * The HS code in the text, "7102.31" form, or null. Diamond codes (heading 7102) come first
 * when the text holds several numbers that look like codes.
 */
export function parseHsCode(text: string): string | null {
  const codes = parseHsCodes(text);
  return codes.find((c) => c.startsWith('7102')) ?? codes[0] ?? null;
}
