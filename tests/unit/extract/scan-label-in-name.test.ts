// A caption's word inside a company name ("Importers" of "Liberty Gem Importers LLC"), on a
// scan that spaced the name's words out: the legal form after it marks it as the name's.
import { describe, expect, it } from 'vitest';
import type { Word } from '../../../main/ingest/word';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

/** The buyer's name with "LLC" set `gap` apart from "Importers". */
const invoice = (gap: number): Word[] => {
  const name = line(0.125, [[0.565, 'Liberty Gem Importers']]);
  const end = Math.max(...name.map((w) => w.x1));
  return page([
    line(0.053, [[0.382, 'FACTURE / INVOICE']]),
    line(0.111, [
      [0.112, 'Vendeur | Seller'],
      [0.566, 'Acheteur | Buyer'],
    ]),
    [...line(0.125, [[0.112, 'Mwadui Gem Traders Ltd']]), ...name],
    line(0.125, [[end + gap, 'LLC']]),
    line(0.141, [
      [0.111, 'Plot 1404, Ali Hassan Mwinyi Road'],
      [0.566, '15 West 47th Street, Suite 602'],
    ]),
    line(0.229, [
      [0.105, 'Facture n° / Invoice no'],
      [0.39, 'F-19-00384'],
    ]),
    line(0.383, [
      [0.102, 'Désignation'],
      [0.606, 'Carats'],
      [0.729, 'USD/ct'],
      [0.832, 'Montant USD'],
    ]),
    line(0.407, [
      [0.103, 'Rough diamonds'],
      [0.589, '1.706,14'],
      [0.726, '311.61'],
      [0.839, '531.650,29'],
    ]),
  ]);
};

describe('a caption word inside a company name', () => {
  it.each([0.008, 0.018])('is the name’s when its legal form follows (%s apart)', (gap) => {
    expect(fieldValues(invoice(gap)).buyer_name).toBe('Liberty Gem Importers LLC');
  });
});
