// What an address line looks like beside a company name: a house, plot or unit number with
// the street words or the comma-separated parts of a postal address. A name field whose
// caption sits over the party's block reads the address line when OCR lost the name line.

/** Street words of English, French and Portuguese addresses. */
export const STREET =
  /\b(boulevard|blvd|avenue|av|rue|street|st|road|rd|rua|avenida|plot|building|tower|suite|floor|p\.?o\.? box)\b/iu;

/** A number with street words or two commas: "Jumeirah Bay X2, Unit 3106, Dubai, …". */
export function looksLikeAddress(text: string): boolean {
  return /\d/u.test(text) && (STREET.test(text) || (text.match(/,/gu)?.length ?? 0) >= 2);
}
