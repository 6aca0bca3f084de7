// A count of parcels printed twice on an invoice, read differently: the labelled total and the
// description's "in 5 sealed parcels". OCR's doubt about a lone digit decides between them.
import { describe, expect, it } from 'vitest';
import type { Word } from '../../../main/ingest/word';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

const invoice = (count: Word[]) =>
  page([
    line(0.04, [
      [0.05, 'MOBILONG NEGOCE DE DIAMANTS SARL'],
      [0.76, 'INVOICE'],
    ]),
    line(0.13, [
      [0.05, 'Invoice No'],
      [0.3, 'INV-2022-0106'],
    ]),
    line(0.375, [
      [0.07, 'Description'],
      [0.63, 'Carats'],
      [0.71, 'Price/ct (USD)'],
      [0.83, 'Amount (USD)'],
    ]),
    line(0.404, [
      [0.07, 'Rough diamonds, unworked, in 5 sealed parcels'],
      [0.61, '7,040.34'],
      [0.76, '127.50'],
      [0.85, '897,643.35'],
    ]),
    line(0.472, [[0.6, 'Number of parcels']]),
    count,
  ]);

describe('a count of parcels read twice', () => {
  it('takes the description’s sure "5" over a labelled digit OCR doubted', () => {
    const doubted = line(0.472, [[0.92, '3']], 0.51);
    expect(fieldValues(invoice(doubted)).parcels).toBe(5);
  });

  it('keeps the labelled count when OCR was sure of it', () => {
    const sure = line(0.472, [[0.92, '3']], 0.95);
    expect(fieldValues(invoice(sure)).parcels).toBe(3);
  });
});
