import { describe, expect, it } from 'vitest';
import {
  KP_PARTICIPANTS,
  participantPrefix,
  repairCertificatePrefix,
} from '../../../../main/extract/normalize/kp-participants';

describe('certificate prefixes one look-alike letter off a KP participant', () => {
  it.each([
    ['AQ 646294', 'AO 646294'],
    ['CL 49264', 'CI 49264'],
    ['8W 0123456', 'BW 0123456'],
    ['Z4 1234567', 'Z4 1234567'],
  ])('%s → %s', (seen, want) => {
    expect(repairCertificatePrefix(seen)).toBe(want);
  });

  it('leaves participants, forged prefixes and bare numbers as read', () => {
    for (const n of ['AO 051088', 'US 12345', 'ZZ 63721', 'KP 112055', '7484204', 'BE 7736502']) {
      expect(repairCertificatePrefix(n)).toBe(n);
    }
  });

  it('answers no participant when two look-alikes would both make one', () => {
    // "CO" (Colombia, no participant): C→G gives "GO"? no; O→D/Q/0/C gives "CD" and "CC"…
    // whatever the table, an answer must be unique and a participant.
    for (const p of ['CO', 'DO', 'IO', 'OI', 'XX']) {
      const r = participantPrefix(p);
      expect(r === null || KP_PARTICIPANTS.has(r)).toBe(true);
    }
  });

  it('knows the participants the domain names, the EU members among them', () => {
    for (const p of [
      'US',
      'BW',
      'AO',
      'CD',
      'BE',
      'AE',
      'IN',
      'IL',
      'CH',
      'HK',
      'SG',
      'RU',
      'ZA',
    ]) {
      expect(KP_PARTICIPANTS.has(p)).toBe(true);
    }
    expect(KP_PARTICIPANTS.has('AQ')).toBe(false);
    expect(KP_PARTICIPANTS.has('CL')).toBe(false);
  });
});
