// A numeric date whose separators OCR lost ("15052023" for 15.05.2023, "20230515" for
// 2023-05-15). Eight digits alone are also an order or a serial number, so this is only for
// text already known to be a date (the value of a date caption), never for scanning a page.
import { parseDate } from './parse-date';

/** YYYY-MM-DD for one run of eight digits read day-first (DDMMYYYY) or year-first, or null. */
export function parseUnseparatedDate(text: string): string | null {
  const m = /^\s*(\d{2})(\d{2})(\d{4})\s*$/u.exec(text);
  if (!m) return null;
  const [, a = '', b = '', c = ''] = m;
  // Year first when the first four digits are a year; the other reading is never a real date
  // then (its month would be the year's "19" or "20").
  const yearFirst = /^(19|20)\d{2}$/u.test(`${a}${b}`)
    ? parseDate(`${a}${b}-${c.slice(0, 2)}-${c.slice(2)}`)
    : null;
  return yearFirst ?? parseDate(`${a}.${b}.${c}`);
}
