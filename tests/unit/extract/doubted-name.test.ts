// A party's name left as one word OCR doubted is what a smudge left of the name, not a name.
import { describe, expect, it } from 'vitest';
import type { Word } from '../../../main/ingest/word';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

const confirmation = (exporter: Word[]) =>
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
      line(0.46, [
        [0.1, 'Importer'],
        [0.39, 'Antwerp Rough Sorting BVBA'],
      ]),
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
