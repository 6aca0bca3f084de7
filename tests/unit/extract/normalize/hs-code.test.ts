import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isKpHsCode,
  KP_HS_CODES,
  misreadDiamondCode,
  parseHsCode,
  parseHsCodes,
} from '../../../../main/extract/normalize/hs-code';

describe('parseHsCode', () => {
  it.each([
    ['7102.31', '7102.31'],
    ['710231', '7102.31'],
    ['7102 31', '7102.31'],
    ['7102-31', '7102.31'],
    ['7102.31.00', '7102.31'],
    ['7102.31.00.10', '7102.31'],
    ['HS 7102.31', '7102.31'],
    ['HS code: 7102.10', '7102.10'],
    ['Code SH / HS code 7102.21', '7102.21'],
    ['7102.39', '7102.39'],
    ['7lO2.3l', '7102.31'],
    ['Total 1,520.35 HS 7102.31', '7102.31'],
  ])('%s → %s', (text, code) => {
    expect(parseHsCode(text)).toBe(code);
  });

  it('lists several codes and ignores dates and decimals', () => {
    expect(parseHsCodes('7102.10, 7102.21 / 7102.31')).toEqual(['7102.10', '7102.21', '7102.31']);
    expect(parseHsCodes('7102.31, 7102.31')).toEqual(['7102.31']);
    expect(parseHsCode('14.03.2024')).toBeNull();
    expect(parseHsCode('1.234,56')).toBeNull();
    expect(parseHsCode('9999.99')).toBeNull();
    expect(parseHsCode('')).toBeNull();
  });

  it('knows the KP codes', () => {
    expect(KP_HS_CODES).toEqual(['7102.10', '7102.21', '7102.31']);
    expect(KP_HS_CODES.every(isKpHsCode)).toBe(true);
    expect(isKpHsCode('7102.39')).toBe(false);
    expect(isKpHsCode('7102.29')).toBe(false);
  });

  it('reads any six-digit code back in every printed form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 97 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('.', '', ' ', '-'),
        fc.constantFrom('', '.00', '.10', 'HS '),
        (chapter, heading, sub, sep, extra) => {
          const p = (n: number): string => String(n).padStart(2, '0');
          const code = `${p(chapter)}${p(heading)}.${p(sub)}`;
          const printed = `${p(chapter)}${p(heading)}${sep}${p(sub)}`;
          const text = extra === 'HS ' ? `HS ${printed}` : `${printed}${sep === '.' ? extra : ''}`;
          expect(parseHsCode(text)).toBe(code);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('misreadDiamondCode', () => {
  it('reads a heading that exists nowhere but is 7102 with one digit misread as 7102', () => {
    expect(misreadDiamondCode('7162.31')).toBe('7102.31');
    expect(misreadDiamondCode('7182.10')).toBe('7102.10');
    expect(misreadDiamondCode('7702.21')).toBe('7102.21');
  });

  it('leaves real headings, the diamond heading itself and two misread digits alone', () => {
    for (const code of ['7103.10', '7112.91', '7402.00', '1102.20', '7102.31', '7166.31']) {
      expect(misreadDiamondCode(code)).toBeNull();
    }
  });
});
