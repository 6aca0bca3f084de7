import { describe, expect, it } from 'vitest';
import { readCarried, readWords, wordsInBox } from '../../../../main/extract/templates/read-box';
import { line, page } from '../fixtures/hand-words';

describe('reading a box carried to another page', () => {
  // A name with its address under it, and a caption above: what a carried box catches.
  const words = page([
    line(0.2, [[0.1, "Shipper's Name and Address"]]),
    line(0.215, [[0.1, 'Negev Diamond Sorting Ltd.']]),
    line(0.23, [[0.1, 'Shimshon Building, 52 Bezalel Street']]),
  ]);
  const caption = new Set(words.slice(0, 4));

  it('reads as many lines as the value took, nearest the middle of the box', () => {
    const picked = wordsInBox(words, [0.05, 0.195, 0.6, 0.245]);
    expect(picked).toHaveLength(words.length);
    const name = readCarried('name', words, picked, caption, { valueLines: 1, middle: 0.222 });
    expect(name?.value).toBe('Negev Diamond Sorting Ltd.');
    const both = readCarried('address', words, picked, caption, { valueLines: 2, middle: 0.23 });
    expect(both?.value).toBe('Negev Diamond Sorting Ltd., Shimshon Building, 52 Bezalel Street');
    // Read whole, the same box is a longer "name" that still looks like one.
    expect(readWords('name', picked)?.value).not.toBe('Negev Diamond Sorting Ltd.');
  });

  it('grows a value cut by the box to its whole run, but not into a label', () => {
    const row = line(0.5, [
      [0.1, 'Carats'],
      [0.2, '12,345.67'],
    ]);
    const label = new Set(row.slice(0, 1));
    const picked = wordsInBox(row, [0.12, 0.49, 0.25, 0.52]);
    expect(picked.map((w) => w.text)).toEqual(['Carats', '12,345.67']);
    const r = readCarried('carats', row, picked, label, { valueLines: 1, middle: 0.505 });
    expect(r).toMatchObject({ value: 12345.67, text: '12,345.67' });
    const cut = line(0.6, [[0.2, 'Debswana Diamond Company']]);
    const first = wordsInBox(cut, [0.19, 0.59, 0.28, 0.62]);
    expect(first.map((w) => w.text)).toEqual(['Debswana']);
    expect(
      readCarried('name', cut, first, new Set(), { valueLines: 1, middle: 0.605 })?.value,
    ).toBe('Debswana Diamond Company');
  });
});
