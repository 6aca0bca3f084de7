// An invoice row whose last description word OCR boxed over the word before it ("+10.8" and
// "ct" overlapping): the word lands on a line of its own, level with its row. That line is
// the row's, not the table's end: the lots under it are still read.
import { describe, expect, it } from 'vitest';
import type { Word } from '../../../main/ingest/word';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';
import { lotHeader } from './fixtures/page-parts';

const ROWS: [string, string, string, string][] = [
  ['Brown makeables 1-2 gr', '773.53', '233.12', '180,325.31'],
  ['Gem rough +10.8', '247.71', '166.23', '41,176.83'],
  ['Mixed rough -3 gr', '322.69', '234.40', '75,638.54'],
  ['Makeables +1 ct', '432.59', '228.54', '98,864.12'],
];

const invoice = (split: Word[]) =>
  page([
    line(0.063, [[0.098, 'Cuango Comercial de Diamantes, Lda.']]),
    line(0.13, [
      [0.095, 'SELLER'],
      [0.646, 'COMMERCIAL INVOICE'],
    ]),
    line(0.161, [
      [0.61, 'Invoice No'],
      [0.84, 'EXP/22/0810'],
    ]),
    lotHeader(0.333),
    ...ROWS.map(([d, c, p, a], i) =>
      line(0.356 + 0.022 * i, [
        [0.1, String(i + 1)],
        [0.167, d],
        [0.593, c],
        [0.725, p],
        [0.841, a],
      ]),
    ),
    split,
    line(0.452, [
      [0.158, 'Total: 4 parcel(s)'],
      [0.573, '1,776.52'],
      [0.833, '396,004.80'],
    ]),
  ]);

describe('a row’s word OCR put on a line of its own', () => {
  it('does not end the table', () => {
    // "+10.8" ends at 0.2895; "ct" boxed from 0.281 overlaps it.
    const ct = line(0.379, [[0.281, 'ct']]);
    const lines = fieldValues(invoice(ct)).lines as { carats: number; description: string }[];
    expect(lines.map((l) => l.carats)).toEqual([773.53, 247.71, 322.69, 432.59]);
    expect(lines[1]?.description).toBe('Gem rough +10.8 ct');
  });
});
