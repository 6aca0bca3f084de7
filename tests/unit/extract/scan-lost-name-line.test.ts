// A party block whose name line OCR lost ("SOLD TO" over a crumb, then the address): the
// address line under the caption is not the buyer's name.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';
import { lotHeader } from './fixtures/page-parts';

const invoice = (nameLine: Word[]) =>
  page([
    line(0.063, [[0.098, 'Cuango Comercial de Diamantes, Lda.']]),
    line(0.089, [[0.097, 'Avenida 4 de Fevereiro, 151, Luanda, Angola']]),
    line(0.13, [
      [0.095, 'SELLER'],
      [0.646, 'COMMERCIAL INVOICE'],
    ]),
    line(0.151, [[0.096, 'Cuango Comercial de Diamantes, Lda']]),
    line(0.17, [
      [0.096, 'Avenida 4 de Fevereiro, 151, Luanda, Angola'],
      [0.61, 'Invoice No'],
      [0.84, 'EXP/22/0810'],
    ]),
    line(0.188, [
      [0.609, 'Date'],
      [0.85, '17-Jul-2022'],
    ]),
    line(0.23, [[0.095, 'SOLD TO']]),
    nameLine,
    line(0.262, [[0.095, 'Jumeirah Bay X2, Unit 3106, Dubai, United Arab Emirates']]),
    lotHeader(0.333),
    line(0.356, [
      [0.1, '1'],
      [0.167, 'Brown makeables 1-2 gr'],
      [0.593, '773.53'],
      [0.725, '233.12'],
      [0.841, '180,325.31'],
    ]),
    line(0.452, [
      [0.158, 'Total:'],
      [0.573, '773.53'],
      [0.833, '180,325.31'],
    ]),
  ]);

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'invoice');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

describe('a buyer block whose name line OCR lost', () => {
  it('leaves the buyer unread rather than taking the address line for the name', () => {
    const f = fieldsOf(invoice(line(0.246, [[0.269, 's FZE']], 0.9)));
    expect(f.buyer_name).toBeUndefined();
    expect(f.seller_name).toBe('Cuango Comercial de Diamantes, Lda');
  });

  it('reads the name when the line is there', () => {
    const f = fieldsOf(invoice(line(0.246, [[0.095, 'Desert Light Diamonds FZE']])));
    expect(f.buyer_name).toBe('Desert Light Diamonds FZE');
    expect(f.buyer_address).toBe('Jumeirah Bay X2, Unit 3106, Dubai, United Arab Emirates');
  });
});
