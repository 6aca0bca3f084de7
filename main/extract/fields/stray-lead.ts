// A box rule or a speck just before a name comes back as one thin glyph ("i Comptoir
// Tshikapa Négoce SPRL", "1 Desert Light Diamonds FZE", "i .Cuango"): no company name opens
// with a lone "i", "l", "1", "|" or "!" before a capitalised word (marks OCR put before its
// capital aside), so it is not part of the name. A rule's corner read as a lone digit ("7
// Desert Light Diamonds FZE") is one too when OCR doubted it or its box is far wider than a
// character of the name: print of a digit is as wide as the name's letters.
import type { Word } from '../../ingest/word';

const THIN = /^[1il|!]$/u;
const DIGIT = /^\d$/u;

// Below this OCR confidence a lone digit before a name is not taken for print.
const SURE_DIGIT = 0.8;

const charWidth = (w: Word): number => (w.x1 - w.x0) / Math.max(1, Array.from(w.text).length);

function stray(w: Word | undefined, next: Word | undefined): boolean {
  if (!w || !next) return false;
  if (THIN.test(w.text)) return true;
  return DIGIT.test(w.text) && (w.confidence < SURE_DIGIT || w.x1 - w.x0 > 2 * charWidth(next));
}

/** The name's words without stray glyphs before its first capitalised word. */
export function dropStrayLead(words: readonly Word[]): Word[] {
  let i = 0;
  while (i + 1 < words.length && stray(words[i], words[i + 1])) i += 1;
  return i > 0 && /^[^\p{L}\d]*\p{Lu}/u.test(words[i]?.text ?? '') ? words.slice(i) : [...words];
}
