// An invoice's buyer block whose address line a skewed scan stretched: after "Dubai," the
// space before the country is a little wider than three characters. A comma ends an item of
// the address's list; the space after it is still the list's, not a column's gap, so the
// country stays on the address.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'invoice');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

// "Jumeirah Bay X2, Unit 3106, Dubai," then the country after a gap of `gap` characters.
const invoice = (gap: number) =>
  page([
    line(0.054, [[0.32, 'FACTURE / INVOICE']]),
    line(0.11, [
      [0.06, 'Vendeur / Seller'],
      [0.51, 'Acheteur / Buyer'],
    ]),
    line(0.122, [
      [0.06, 'Comptoir Tshikapa Négoce SPRL'],
      [0.51, 'Desert Light Diamonds FZE'],
    ]),
    line(0.139, [
      [0.06, '45, boulevard Lumumba'],
      [0.51, 'Jumeirah Bay X2, Unit 3106, Dubai,'],
      [0.51 + (34 + gap) * 0.0085, 'United Arab Emirates'],
    ]),
    line(0.235, [
      [0.06, 'Facture No'],
      [0.35, '2019/862'],
    ]),
    line(0.255, [
      [0.06, 'Date'],
      [0.35, '22.07.2019'],
    ]),
  ]);

describe('the space after an address’s comma', () => {
  it('keeps the country on the address when a scan stretched it', () => {
    expect(fieldsOf(invoice(3.4)).buyer_address).toBe(
      'Jumeirah Bay X2, Unit 3106, Dubai, United Arab Emirates',
    );
  });

  it('is still a column’s gap when it is a column’s width', () => {
    expect(fieldsOf(invoice(8)).buyer_address).toBe('Jumeirah Bay X2, Unit 3106, Dubai');
  });
});
