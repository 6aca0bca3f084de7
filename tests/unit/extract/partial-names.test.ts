// A party's name left as one word OCR doubted, or cut short by a smudge with the rest of it
// further along the line, is what OCR left of the name, not a name.
import { describe, expect, it } from 'vitest';
import type { Word } from '../../../main/ingest/word';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

const confirmation = (
  exporter: Word[],
  importer = line(0.46, [[0.39, 'Antwerp Rough Sorting BVBA']]),
) =>
  fieldValues(
    page([
      line(0.07, [[0.08, 'FPS Economy, Diamond Office Antwerp (European Union)']]),
      line(0.15, [[0.08, 'CONFIRMATION OF IMPORT']]),
      line(0.3, [
        [0.1, 'KP certificate number'],
        [0.39, 'CI 63286'],
      ]),
      line(0.33, [
        [0.1, 'Date of receipt'],
        [0.39, '16 July 2022'],
      ]),
      line(0.43, [[0.1, 'Exporter']]).concat(exporter),
      line(0.46, [[0.1, 'Importer']]).concat(importer),
    ]),
  );

describe('a name of one word', () => {
  it('is left unread when OCR doubted it ("Sequel" for Séguéla Gemmes Export SA)', () => {
    const f = confirmation(line(0.43, [[0.39, 'Sequel']], 0.37));
    expect(f.exporter_name).toBeUndefined();
    expect(f.importer_name).toBe('Antwerp Rough Sorting BVBA');
  });

  it('is read when OCR was sure of it', () => {
    expect(confirmation(line(0.43, [[0.39, 'ALROSA']], 0.95)).exporter_name).toBe('ALROSA');
  });

  it('is read when OCR doubted a word of a longer name', () => {
    const name = line(0.43, [[0.39, 'Séguéla Gemmes Export SA']]).map((w, i) =>
      i === 0 ? { ...w, confidence: 0.5 } : w,
    );
    expect(confirmation(name).exporter_name).toBe('Séguéla Gemmes Export SA');
  });
});

describe('a name cut short by a smudge', () => {
  const sure = line(0.43, [[0.39, 'Séguéla Gemmes Export SA']]);

  it('is left unread when its legal form stands further along the line', () => {
    // "Rough Sort" lost under a stamp: "Antwerp    ing BVBA".
    const cut = line(0.46, [
      [0.39, 'Antwerp'],
      [0.54, 'ing BVBA'],
    ]);
    expect(confirmation(sure, cut).importer_name).toBeUndefined();
  });

  it('is left unread when it is one word with more of the name after a gap', () => {
    const cut = line(0.46, [
      [0.39, 'Antwerp'],
      [0.54, 'Sorting,'],
    ]);
    expect(confirmation(sure, cut).importer_name).toBeUndefined();
  });

  it('is read when what follows on its line is another caption', () => {
    const f = confirmation(
      sure,
      line(0.46, [
        [0.39, 'Antwerp Rough Sorting BVBA'],
        [0.7, 'Date of receipt'],
      ]),
    );
    expect(f.importer_name).toBe('Antwerp Rough Sorting BVBA');
  });
});
