// Air waybill numbers → 11 digits: 3-digit airline prefix, 7-digit serial, check digit
// (IATA: serial mod 7). Read from 176-12345675, 176 1234 5675, 17612345675.
// Parsing does not check the digit: a wrong one is a finding (awb.check_digit), not a misread.
import { fixOcrDigits } from './ocr-digits';

// Exactly 11 digits with at most one space, dash or dot between any two of them.
const AWB = /(?<![\d.,/-])\d(?:[ \-.]?\d){10}(?![\d]|[.,/-]\d)/gu;

/** Every 11-digit AWB number in the text, digits only, in order. Never throws. */
export function awbNumbersIn(text: string): string[] {
  if (text.length > 5000) text = text.slice(0, 5000);
  return [...fixOcrDigits(text).matchAll(AWB)].map((m) => m[0].replace(/\D/gu, ''));
}

/** The first 11-digit AWB number in the text, digits only, or null. Never throws. */
export function parseAwbNumber(text: string): string | null {
  return awbNumbersIn(text)[0] ?? null;
}

/** True when the last digit equals the 7-digit serial (digits 4–10) mod 7. */
export function awbCheckDigitValid(awb: string): boolean {
  const digits = awb.replace(/[\s.-]/gu, '');
  if (!/^\d{11}$/u.test(digits)) return false;
  return Number(digits.slice(3, 10)) % 7 === Number(digits.slice(10));
}
