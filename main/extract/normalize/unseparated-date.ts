// A numeric date whose separators OCR lost, all ("15052023" for 15.05.2023, "20230515" for
// 2023-05-15) or all but one ("2019-0217", "15.052023"). Eight digits alone are also an order
// or a serial number, so this is only for text already known to be a date (the value of a
// date caption), never for scanning a page.
import { parseDate } from './parse-date';

/**
 * YYYY-MM-DD for eight digits read day-first (DDMMYYYY) or year-first, with at most one
 * separator left where the reading has one, or null.
 */
export function parseUnseparatedDate(text: string): string | null {
  const m = /^\s*(\d+)(?:[-./](\d+))?\s*$/u.exec(text);
  if (!m) return null;
  const [, head = '', tail] = m;
  const digits = head + (tail ?? '');
  if (digits.length !== 8) return null;
  // Where the one separator left stands: after the year or month (year first), or after the
  // day or month (day first).
  const cut = tail === undefined ? null : head.length;
  const [a, b, c] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)];
  // Year first when the first four digits are a year; the other reading is never a real date
  // then (its month would be the year's "19" or "20").
  const yearFirst =
    /^(19|20)\d{2}$/u.test(`${a}${b}`) && (cut === null || cut === 4 || cut === 6)
      ? parseDate(`${a}${b}-${c.slice(0, 2)}-${c.slice(2)}`)
      : null;
  if (yearFirst) return yearFirst;
  return cut === null || cut === 2 || cut === 4 ? parseDate(`${a}.${b}.${c}`) : null;
}
