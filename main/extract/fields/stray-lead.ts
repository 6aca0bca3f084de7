// A box rule or a speck just before a name comes back as one thin glyph ("i Comptoir
// Tshikapa Négoce SPRL", "1 Desert Light Diamonds FZE", "i .Cuango"): no company name opens
// with a lone "i", "l", "1", "|" or "!" before a capitalised word (marks OCR put before its
// capital aside), so it is not part of the name.
import type { Word } from '../../ingest/word';

const THIN = /^[1il|!]$/u;

/** The name's words without thin glyphs before its first capitalised word. */
export function dropStrayLead(words: readonly Word[]): Word[] {
  let i = 0;
  while (i + 1 < words.length && THIN.test(words[i]?.text ?? '')) i += 1;
  return i > 0 && /^[^\p{L}\d]*\p{Lu}/u.test(words[i]?.text ?? '') ? words.slice(i) : [...words];
}
