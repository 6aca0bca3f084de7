// Dates written without spaces, as airlines print them ("05MAY23", "14FEB2019"), read through
// OCR's usual confusions: a month's O read as 0 ("120CT22"), I as 1, S as 5, B as 8, and one
// stray digit in the day ("065MAY23"). Of the readings only an unambiguous one is returned: two
// different real dates from the same print are no answer.
import { monthNumber } from './month-names';

const AS_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B' };

function realDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

function readings(dayPart: string, monthPart: string, yearPart: string): string[] {
  if (!/^\d{1,3}$/u.test(dayPart) || !/^\d{2}$|^\d{4}$/u.test(yearPart)) return [];
  if (!/[A-Z]/u.test(monthPart)) return [];
  const month = monthNumber(monthPart.replace(/[0158]/gu, (c) => AS_LETTER[c] ?? c));
  if (month === null) return [];
  const y = Number(yearPart);
  const year = yearPart.length === 4 ? y : y < 70 ? 2000 + y : 1900 + y;
  const days =
    dayPart.length <= 2
      ? [dayPart]
      : [0, 1, 2].map((i) => dayPart.slice(0, i) + dayPart.slice(i + 1));
  return days
    .map(Number)
    .filter((d) => realDate(year, month, d))
    .map((d) => `${String(year)}-${pad(month)}-${pad(d)}`);
}

/** "05MAY23" → "2023-05-05"; null when unreadable or when two readings disagree. */
export function parseCompactDate(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (!/^\d[0-9A-Z]{4,10}$/u.test(t)) return null;
  const found = new Set<string>();
  // Every split into day, month (3–4 characters: "SEPT") and year.
  for (let d = 1; d <= 3; d++) {
    for (const m of [3, 4]) {
      const rest = t.slice(d + m);
      for (const r of readings(t.slice(0, d), t.slice(d, d + m), rest)) found.add(r);
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
