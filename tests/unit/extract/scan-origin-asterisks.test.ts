// A mixed origin printed as asterisks ("* * * * *"), which OCR returns as a flat word or two
// of letters it doubted ("Se an", "PE"): read as MIXED and sent to review. Letters of the
// print's own height, or read surely, stay what they are.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

/** Words at `x` on the origin row, `height` high (the print is 0.012), read with `confidence`. */
const stars = (texts: string[], height: number, confidence: number): Word[] =>
  texts.map((text, i) => ({
    text,
    x0: 0.36 + i * 0.03,
    y0: 0.296,
    x1: 0.38 + i * 0.03,
    y1: 0.296 + height,
    confidence,
  }));

const packing = (origin: Word[]) =>
  page([
    line(0.05, [[0.35, 'PACKING LIST']]),
    line(0.1, [
      [0.07, 'Reference'],
      [0.36, 'PL-22-0640'],
    ]),
    line(0.13, [
      [0.07, 'Date'],
      [0.36, '14/03/2022'],
    ]),
    line(0.16, [
      [0.07, 'KP certificate'],
      [0.36, 'US 66322'],
    ]),
    line(0.295, [[0.07, 'Origin']]),
    origin,
    line(0.4, [
      [0.07, 'Parcel ID'],
      [0.5, 'Carats'],
    ]),
    line(0.43, [
      [0.07, '022-01'],
      [0.5, '1,200.00'],
    ]),
    line(0.46, [
      [0.07, 'Total carats'],
      [0.5, '1,200.00'],
    ]),
  ]);

const origin = (words: Word[]) =>
  extractDocuments([{ pageNo: 1, words: packing(words) }])[0]?.fields.country_of_origin;

describe('asterisks of a mixed origin, unread', () => {
  it.each([[['Se', 'an']], [['PE']], [['tevas']]])('are MIXED, to review (%s)', (texts) => {
    const f = origin(stars(texts, 0.006, 0.3));
    expect(f?.value).toEqual(['MIXED']);
    expect(f?.needsReview).toBe(true);
  });

  it('leave letters of the print’s height alone', () => {
    expect(origin(stars(['PE'], 0.012, 0.3))?.value).not.toEqual(['MIXED']);
  });

  it('leave flat words OCR was sure of alone', () => {
    expect(origin(stars(['Peru'], 0.006, 0.95))?.value).toEqual(['PE']);
  });
});
