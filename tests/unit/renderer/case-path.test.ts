import { describe, expect, it } from 'vitest';
import { slugify, suggestCasePath } from '../../../renderer/lib/case-path';

describe('slugify', () => {
  it('makes a file-name-safe slug', () => {
    expect(slugify('Antwerp inbound, March 2025')).toBe('antwerp-inbound-march-2025');
    expect(slugify('Dubai transit – Avril à Genève')).toBe('dubai-transit-avril-a-geneve');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('   ')).toBe('case');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });
});

describe('suggestCasePath', () => {
  it('joins with the folder own separator', () => {
    expect(suggestCasePath('/home/ana/cases', 'BW 2025')).toBe('/home/ana/cases/bw-2025.kimb');
    expect(suggestCasePath('/home/ana/cases/', 'BW')).toBe('/home/ana/cases/bw.kimb');
    expect(suggestCasePath('C:\\Users\\ana', 'BW')).toBe('C:\\Users\\ana\\bw.kimb');
    expect(suggestCasePath('', 'BW')).toBe('bw.kimb');
  });
});
