// The country an address ends with. Territories are written before the state they belong to
// ("Room 1203, …, Kowloon, Hong Kong, China"): the territory is the country of the address
// for trade and for the KP (Hong Kong and Macao are their own customs territories).
import { parseCountry } from './country';

/** Territory → the state printed after it. */
const TERRITORY_OF: Record<string, string> = { HK: 'CN', MO: 'CN' };

/** The country an address names last, and the text it was read from; null when none. */
export function addressCountry(address: string): { code: string; text: string } | null {
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const last = parts[parts.length - 1] ?? '';
  const state = last === '' ? null : parseCountry(last);
  if (!state) return null;
  const before = parts[parts.length - 2] ?? '';
  const territory = before === '' ? null : parseCountry(before);
  if (territory && TERRITORY_OF[territory] === state) {
    return { code: territory, text: `${before}, ${last}` };
  }
  return { code: state, text: last };
}
