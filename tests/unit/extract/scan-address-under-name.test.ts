// A producer's form that prints each party as a name row and an "Endereço" (address) row,
// the name half a line under its caption as OCR returns it. The address grows upwards from
// its caption's row only into lines no other field holds: the name over it is the party's.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';
import { angolaHead } from './fixtures/page-parts';

const sized = (words: Word[], h: number): Word[] => words.map((w) => ({ ...w, y1: w.y0 + h }));

const certificate = (): Word[] =>
  page([
    ...angolaHead(),
    line(0.3, [
      [0.106, 'Endereço'],
      [0.429, 'Avenida 4 de Fevereiro, 151, Luanda, Angola'],
    ]),
    // Boxes as OCR gave them: the caption taller than the print, the name half a line down.
    sized(line(0.3288, [[0.106, 'Importador']]), 0.0134),
    sized(line(0.341, [[0.428, 'Desert Light Diamonds FZE']]), 0.01),
    line(0.368, [
      [0.106, 'Endereço'],
      [0.426, 'Jumeirah Bay X2, Unit 3106, Dubai, United Arab Emirates'],
    ]),
    line(0.44, [
      [0.104, 'Peso em quilates'],
      [0.427, '1.776,52'],
    ]),
  ]);

describe('an address row under the party’s name', () => {
  it('is read as the address, the name over it staying the name', () => {
    const doc = extractDocuments([{ pageNo: 1, words: certificate() }]).find(
      (d) => d.type === 'kp_certificate',
    );
    const f = Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, v]) => [k, v.value]));
    expect(f.importer_name).toBe('Desert Light Diamonds FZE');
    expect(f.importer_address).toBe('Jumeirah Bay X2, Unit 3106, Dubai, United Arab Emirates');
    expect(f.exporter_address).toBe('Avenida 4 de Fevereiro, 151, Luanda, Angola');
  });
});
