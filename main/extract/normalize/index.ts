// Normalisation: from printed text to the normalised values of contract.md. Every function is
// pure, synchronous, never throws on any string, and answers null (or []) when it cannot read a
// value — a wrong value is worse than a missing one.
//
//   parseNumber(text, { decimals?, decimalSeparator? })  → { value, text, index, ambiguous } | null
//   findNumbers(text, options)                         → every number in the text
//   numberReadings(text, { decimals? })                → [literal, …OCR-damaged readings]
//   parseDate(text, { locale? })                       → 'YYYY-MM-DD' | null  ('en-US': month-first)
//   parseCompactDate(text)                             → '05MAY23' → 'YYYY-MM-DD' | null (OCR-tolerant)
//   parseCountry(text)                                 → ISO alpha-2 | null
//   lookupCountry(text)                                → same, exact names and codes only
//   isIsoCountryCode(code)                             → boolean
//   parseOrigins(text)                                 → ['BW', 'NA'] | [MIXED] | []
//   parseCurrency(text)                                → ISO 4217 | null
//   parseHsCode(text) / parseHsCodes(text)             → '7102.31' | null / string[] (any
//                                                        chapter; parseHsCode prefers 7102.xx)
//   KP_HS_CODES, isKpHsCode(code)
//   parseCertificateNumber(text, { anyPrefix?, allowNoPrefix? }) → 'BW 0123456' | null
//   parseCertificateNumbers(text, options)            → string[]
//   repairCertificatePrefix(num)                       → 'AQ 646294' → 'AO 646294' (KP participants)
//   certificatePrefix(num)                             → 'BW' | 'ZZ' | null (no ISO check)
//   parseAwbNumber(text)                               → '17612345675' | null
//   awbCheckDigitValid(awb)                            → boolean
//   repairLegalForm(name)                              → 'Pvt. Lid.' → 'Pvt. Ltd.' (OCR)
//   repairTradeWords(name)                             → 'Rough Diamends' → 'Rough Diamonds' (OCR)
//   splitLegalForm(text)                               → { name, legalForm }
//   normalizePartyName(text)                           → 'kalahari rough trading'
//   partyNameSimilarity(a, b)                          → 0..1
//   monthNumber(name)                                  → 1..12 | null (EN/FR/PT/DE/NL/ES)
//   fixOcrDigits, foldText, stripAccents, editDistance, editSimilarity, jaroWinkler: helpers
//
// The decisions on ambiguous input (which separator is decimal, day-first dates, "Congo", "$")
// are written at the top of each file.
export { findNumbers, parseNumber } from './parse-number';
export { numberReadings } from './number-readings';
export type { NumberReadingOptions } from './number-readings';
export type { NumberOptions, ParsedNumber } from './parse-number';
export { parseDate } from './parse-date';
export { parseCompactDate } from './compact-date';
export type { DateOptions } from './parse-date';
export { isIsoCountryCode, lookupCountry, parseCountry } from './country';
export { MIXED, parseOrigins } from './parse-origins';
export { parseCurrency } from './currency';
export { isKpHsCode, KP_HS_CODES, parseHsCode, parseHsCodes } from './hs-code';
export type { KpHsCode } from './hs-code';
export {
  certificatePrefix,
  parseCertificateNumber,
  parseCertificateNumbers,
} from './certificate-number';
export type { CertificateNumberOptions } from './certificate-number';
export { awbCheckDigitValid, parseAwbNumber } from './awb-number';
export { KP_PARTICIPANTS, participantPrefix, repairCertificatePrefix } from './kp-participants';
export { normalizePartyName, partyNameSimilarity, splitLegalForm } from './party-name';
export { repairLegalForm } from './legal-form-ocr';
export { repairTradeWords } from './trade-word-ocr';
export type { PartyName } from './party-name';
export { fixOcrDigits } from './ocr-digits';
export { foldText, stripAccents } from './fold-text';
export { editDistance, editSimilarity, jaroWinkler } from './string-distance';
export { monthNumber } from './month-names';
