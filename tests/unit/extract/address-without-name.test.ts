// A party's block under its heading whose first line (the name) OCR garbled past reading:
// the lines under it are still the party's address.
import { describe, expect, it } from 'vitest';
import type { Word } from '../../../main/ingest/word';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

const invoice = (buyerName: Word[]) =>
  fieldValues(
    page([
      line(0.06, [[0.37, 'FACTURE / INVOICE']]),
      line(0.116, [
        [0.1, 'Vendeur / Seller'],
        [0.55, 'Acheteur / Buyer'],
      ]),
      line(0.13, [[0.1, 'Hudson Rough Diamond Corp.']]).concat(buyerName),
      line(0.147, [
        [0.1, '580 Fifth Avenue, New York'],
        [0.55, 'Hoveniersstraat 30, bus 312,'],
      ]),
      line(0.161, [
        [0.1, 'United States of America'],
        [0.55, 'Antwerpen, Belgium'],
      ]),
      line(0.233, [
        [0.1, 'Invoice no'],
        [0.38, 'EXP/22/0266'],
      ]),
      line(0.39, [
        [0.1, 'Désignation'],
        [0.6, 'Carats'],
        [0.83, 'Montant USD'],
      ]),
      line(0.413, [
        [0.1, 'Rough diamonds'],
        [0.585, '3.081,29'],
        [0.836, '641.955,96'],
      ]),
    ]),
  );

describe('a buyer whose name OCR garbled past reading', () => {
  it('still has the address under it read', () => {
    const f = invoice(line(0.13, [[0.55, '*Seteldh RpudrFeadimz-BV']], 0));
    expect(f.buyer_name).toBeUndefined();
    expect(f.buyer_address).toBe('Hoveniersstraat 30, bus 312, Antwerpen, Belgium');
    expect(f.seller_address).toBe('580 Fifth Avenue, New York, United States of America');
  });

  it('has it read under the name when the name reads', () => {
    const f = invoice(line(0.13, [[0.55, 'Schelde Rough Trading BV']]));
    expect(f.buyer_name).toBe('Schelde Rough Trading BV');
    expect(f.buyer_address).toBe('Hoveniersstraat 30, bus 312, Antwerpen, Belgium');
  });
});
