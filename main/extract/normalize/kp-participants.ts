// Who can issue a KP certificate: the Kimberley Process participants (kimberleyprocess.com,
// "Participants", read 2024: 60 participants with the European Union counting as one). A
// certificate number's prefix outside this list is either a forgery (certificate.prefix_mismatch
// judges that) or an OCR misreading of a participant's code ("AQ" for AO, "CL" for CI): the
// latter is repaired only when exactly one look-alike letter makes a participant of it.
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';
const OTHERS =
  'AO AM AU BD BY BW BR KH CM CA CF CN HK MO CG CI CD GA GH GN GY IN ID IL JP KZ KR LA LB LS LR ' +
  'MG MY ML MU MX NA NZ NO PA RU SL SG ZA LK SZ CH LI TW TZ TH TG TR AE UA GB US VE VN ZW';

export const KP_PARTICIPANTS: ReadonlySet<string> = new Set(`${EU} ${OTHERS}`.split(' '));

// Letters OCR takes for one another in a two-letter code, both ways.
const LOOK_ALIKE: Record<string, string> = {
  O: 'QD0C',
  Q: 'O',
  D: 'O',
  C: 'GO',
  G: 'C',
  I: 'LT1',
  L: 'I',
  T: 'I',
  B: '8',
  S: '5',
  Z: '2',
  E: 'F',
  F: 'E',
  M: 'N',
  N: 'M',
  U: 'V',
  V: 'U',
};

/**
 * The participant a misread prefix stands for ("AQ" → "AO", "CL" → "CI"), the prefix itself
 * when it already is one, or null when it is none and no single look-alike makes it one.
 */
export function participantPrefix(prefix: string): string | null {
  const p = prefix.toUpperCase();
  if (KP_PARTICIPANTS.has(p)) return p;
  if (!/^[A-Z0-9]{2}$/u.test(p)) return null;
  const found = new Set<string>();
  for (let i = 0; i < 2; i++) {
    for (const [letter, seen] of Object.entries(LOOK_ALIKE)) {
      if (!seen.includes(p[i] ?? '')) continue;
      const alt = i === 0 ? `${letter}${p[1] ?? ''}` : `${p[0] ?? ''}${letter}`;
      if (KP_PARTICIPANTS.has(alt)) found.add(alt);
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** "AQ 646294" → "AO 646294"; any other number as it was. */
export function repairCertificatePrefix(num: string): string {
  const m = /^([A-Z0-9]{2}) (\d+)$/u.exec(num);
  if (!m) return num;
  const fixed = participantPrefix(m[1] ?? '');
  return fixed && fixed !== m[1] ? `${fixed} ${m[2] ?? ''}` : num;
}
