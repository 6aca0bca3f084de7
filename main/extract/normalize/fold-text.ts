// Text folding shared by the name matchers (countries, currencies, parties, months): OCR and
// typists drop accents and vary case and punctuation, so comparisons happen on folded text.
import { rememberByText } from '../memo';

/** Without diacritics: "République" → "Republique". Length may change. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Lower case, no accents, punctuation as single spaces, trimmed: "Côte d'Ivoire" →
 * "cote d ivoire". The apostrophe becomes a space so "d'Ivoire" and "d Ivoire" fold alike.
 */
export const foldText = rememberByText((text: string): string =>
  stripAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);
