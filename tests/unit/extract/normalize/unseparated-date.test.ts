import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../../main/extract/extract-documents';
import { parseUnseparatedDate } from '../../../../main/extract/normalize/unseparated-date';
import { line, page } from '../fixtures/hand-words';

describe('parseUnseparatedDate', () => {
  it('reads eight digits day-first, or year-first when they start with a year', () => {
    expect(parseUnseparatedDate('15052023')).toBe('2023-05-15');
    expect(parseUnseparatedDate('20052023')).toBe('2023-05-20');
    expect(parseUnseparatedDate('20230515')).toBe('2023-05-15');
    expect(parseUnseparatedDate(' 19122019 ')).toBe('2019-12-19');
  });

  it('reads a date OCR left one separator of, where its reading has one', () => {
    expect(parseUnseparatedDate('2019-0217')).toBe('2019-02-17');
    expect(parseUnseparatedDate('201902-17')).toBe('2019-02-17');
    expect(parseUnseparatedDate('15.052023')).toBe('2023-05-15');
    expect(parseUnseparatedDate('1505.2023')).toBe('2023-05-15');
    // A separator inside the year or the day is no date's.
    expect(parseUnseparatedDate('201-90217')).toBeNull();
    expect(parseUnseparatedDate('1.5052023')).toBeNull();
  });

  it('reads nothing else: other lengths, more text, impossible dates', () => {
    for (const t of [
      '1505202',
      '150520231',
      'IN 15052023',
      '15052023 12',
      '31022024',
      '99999999',
    ]) {
      expect(parseUnseparatedDate(t), t).toBeNull();
    }
  });
});

describe('a date caption whose value lost its separators', () => {
  const invoice = (date: string) =>
    page([
      line(0.05, [[0.35, 'COMMERCIAL INVOICE']]),
      line(0.1, [
        [0.08, 'Invoice no.'],
        [0.3, 'KX-4471'],
      ]),
      line(0.12, [
        [0.08, 'Date'],
        [0.3, date],
      ]),
      line(0.2, [
        [0.08, 'Order 20240611'],
        [0.5, 'Total USD 1,200.00'],
      ]),
    ]);
  const dateOf = (date: string) =>
    extractDocuments([{ pageNo: 1, words: invoice(date) }]).find((d) => d.type === 'invoice')
      ?.fields.invoice_date?.value;

  it('reads it as the date, and takes no eight-digit number elsewhere for one', () => {
    expect(dateOf('15052023')).toBe('2023-05-15');
    expect(dateOf('15-05-2023')).toBe('2023-05-15');
    expect(dateOf('KX4471')).toBeUndefined();
  });
});
