// Invoice and packing tables as a poor scan returns them, on layouts no generator draws:
// separators dropped or swapped, a cell OCR could not read, a totals line without its caption.
// The lines and totals check each other (carats × price = amount, lines add up to totals).
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { ExtractedDocument } from '../../../main/extract/types';
import { line, page } from './fixtures/hand-words';

const header = [
  line(0.05, [[0.35, 'COMMERCIAL INVOICE']]),
  line(0.1, [
    [0.08, 'Invoice no.'],
    [0.3, 'KX-4471'],
  ]),
  line(0.12, [
    [0.08, 'Invoice date'],
    [0.3, '12/06/2024'],
  ]),
  line(0.2, [
    [0.08, 'Description'],
    [0.5, 'Weight (ct)'],
    [0.66, 'Price/ct (USD)'],
    [0.84, 'Value (USD)'],
  ]),
];

function invoice(rows: [string, string, string, string][], totals: [string, string]) {
  return page([
    ...header,
    ...rows.map(([d, c, p, a], i) =>
      line(0.23 + i * 0.025, [
        [0.08, d],
        [0.5, c],
        [0.66, p],
        [0.84, a],
      ]),
    ),
    line(0.4, [
      [0.3, 'Total carats'],
      [0.5, totals[0]],
    ]),
    line(0.43, [
      [0.3, 'Total amount USD'],
      [0.84, totals[1]],
    ]),
  ]);
}

const read = (words: ReturnType<typeof page>): ExtractedDocument | undefined =>
  extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'invoice');

const numbers = (doc: ExtractedDocument | undefined) =>
  (doc?.fields.lines?.value as Record<string, unknown>[] | undefined)?.map((r) => [
    r.carats,
    r.unit_price,
    r.amount,
  ]);

const clean: [string, string, string, string][] = [
  ['Gem rough', '324.49', '194.13', '62,993.24'],
  ['Near-gem crystals', '217.32', '190.39', '41,375.55'],
  ['Boart', '1,893.57', '12.40', '23,480.27'],
];
const want = [
  [324.49, 194.13, 62993.24],
  [217.32, 190.39, 41375.55],
  [1893.57, 12.4, 23480.27],
];

describe('invoice lines on a damaged scan', () => {
  it('reads the clean table as printed, nothing flagged', () => {
    const doc = read(invoice(clean, ['2,435.38', '127,849.06']));
    expect(numbers(doc)).toEqual(want);
    expect(doc?.fields.lines?.needsReview).toBe(false);
    expect(doc?.fields.total_carats?.value).toBe(2435.38);
  });

  it('takes the reading of a number whose separators were dropped that makes its row agree', () => {
    const rows = clean.map((r) => [...r] as [string, string, string, string]);
    rows[2] = ['Boart', '189357', '12.40', '23,480.27'];
    rows[0] = ['Gem rough', '324.49', '194.13', '6299324'];
    const doc = read(invoice(rows, ['2,435.38', '127,849.06']));
    expect(numbers(doc)).toEqual(want);
  });

  it('reads a number printed with one mark twice ("1.893.57")', () => {
    const rows = clean.map((r) => [...r] as [string, string, string, string]);
    rows[2] = ['Boart', '1.893.57', '12.40', '23,480.27'];
    expect(numbers(read(invoice(rows, ['2,435.38', '127,849.06'])))).toEqual(want);
  });

  it('works out a cell OCR lost from the row and the totals, and sends it to review', () => {
    const rows = clean.map((r) => [...r] as [string, string, string, string]);
    // Carats unreadable, amount garbled beyond any reading: the total settles the amount,
    // then amount / price gives the carats.
    rows[1] = ['Near-gem crystals', '', '190.39', '413375755'];
    const doc = read(invoice(rows, ['2,435.38', '127,849.06']));
    expect(numbers(doc)).toEqual(want);
    expect(doc?.fields.lines?.needsReview).toBe(true);
  });

  it('settles a row OCR left without carats while another row misreads its price', () => {
    const rows = clean.map((r) => [...r] as [string, string, string, string]);
    rows[0] = ['Gem rough', '', 'Uc{orakal', '62,993.24'];
    rows[2] = ['Boart', '1,893.57', '15598', '23,480.27'];
    const doc = read(invoice(rows, ['2,435.38', '127,849.06']));
    expect(numbers(doc)).toEqual(want);
    expect(doc?.fields.lines?.needsReview).toBe(true);
  });

  it('keeps a price that is wrong on paper, not a misreading, and sends it to review', () => {
    // 12.40 raised to 13.25 on the invoice: carats and amount still add up to the totals, but
    // "13.25" is no slip of the 12.40 they give, so the printed price stands for the finding.
    const rows = clean.map((r) => [...r] as [string, string, string, string]);
    rows[2] = ['Boart', '1,893.57', '13.25', '23,480.27'];
    const doc = read(invoice(rows, ['2,435.38', '127,849.06']));
    expect(numbers(doc)?.[2]).toEqual([1893.57, 13.25, 23480.27]);
    expect(doc?.fields.lines?.needsReview).toBe(true);
  });

  it('keeps an amount that is wrong on paper although the total gives the right one', () => {
    // 41,375.55 printed as 42,611.80: the line and the column disagree, to review as printed.
    const rows = clean.map((r) => [...r] as [string, string, string, string]);
    rows[1] = ['Near-gem crystals', '217.32', '190.39', '42,611.80'];
    const doc = read(invoice(rows, ['2,435.38', '127,849.06']));
    expect(numbers(doc)?.[1]).toEqual([217.32, 190.39, 42611.8]);
    expect(doc?.fields.lines?.needsReview).toBe(true);
  });

  it('still corrects a price one digit off when carats and amount stand', () => {
    const rows = clean.map((r) => [...r] as [string, string, string, string]);
    rows[1] = ['Near-gem crystals', '217.32', '196.39', '41,375.55'];
    expect(numbers(read(invoice(rows, ['2,435.38', '127,849.06'])))).toEqual(want);
  });

  it('re-reads a total whose separators were dropped when the checked lines add up to it', () => {
    const doc = read(invoice(clean, ['243538', '127,849.06']));
    expect(doc?.fields.total_carats?.value).toBe(2435.38);
  });

  it('flags the lines and the total for review when they disagree and nothing settles it', () => {
    const rows = clean.map((r) => [...r] as [string, string, string, string]);
    rows[0] = ['Gem rough', '324.49', '194.13', '62,993.24'];
    const doc = read(invoice(rows, ['2,435.38', '150,000.00']));
    expect(doc?.fields.total_amount?.value).toBe(150000);
    expect(doc?.fields.total_amount?.needsReview).toBe(true);
  });

  it('ends the table at a lone number whose "Total" caption OCR lost', () => {
    const words = page([
      ...header,
      line(0.23, [
        [0.08, 'Rough diamonds in 9 sealed parcels'],
        [0.5, '2,967.57'],
        [0.66, '82.33'],
        [0.84, '244,320.04'],
      ]),
      line(0.27, [[0.84, '2,967.57']]),
    ]);
    expect(numbers(read(words))).toEqual([[2967.57, 82.33, 244320.04]]);
  });
});

describe('numbers OCR merged across a column gap', () => {
  it('are cut where they fall under different columns, and read as printed', () => {
    const words = page([
      line(0.05, [[0.35, 'COMMERCIAL INVOICE']]),
      line(0.2, [
        [0.08, 'Description'],
        [0.5, 'Carats'],
        [0.6, 'USD/ct'],
        [0.84, 'Amount'],
      ]),
      // "1,893.57" ends at 0.568; "12.40" starts 0.578: one run of words for the segmenter.
      line(0.23, [
        [0.08, 'Boart'],
        [0.5, '1,893.57'],
        [0.578, '12.40'],
        [0.84, '23,480.27'],
      ]),
    ]);
    const doc = read(words);
    expect(numbers(doc)).toEqual([[1893.57, 12.4, 23480.27]]);
    expect(doc?.fields.lines?.needsReview).toBe(false);
  });
});

describe('packing-list parcels on a damaged scan', () => {
  const packing = (cells: string[], total: string) =>
    page([
      line(0.05, [[0.4, 'PACKING LIST']]),
      line(0.1, [
        [0.08, 'Reference'],
        [0.3, 'PK/88-2'],
      ]),
      line(0.2, [
        [0.08, 'Lot no'],
        [0.3, 'Seal no.'],
        [0.7, 'Carats'],
      ]),
      ...cells.map((c, i) =>
        line(0.23 + i * 0.025, [
          [0.08, `L-${String(i + 1)}`],
          [0.3, `S${String(900 + i)}`],
          [0.7, c],
        ]),
      ),
      line(0.35, [
        [0.3, 'Total carats'],
        [0.7, total],
      ]),
    ]);
  const carats = (cells: string[], total: string) =>
    (
      extractDocuments([{ pageNo: 1, words: packing(cells, total) }]).find(
        (d) => d.type === 'packing_list',
      )?.fields.parcel_lines?.value as { carats: number }[] | undefined
    )?.map((r) => r.carats);

  it('keeps reading after a first row whose number carries dust ("358.13;")', () => {
    expect(carats(['353.13;', '215.13', '344.96'], '913.22')).toEqual([353.13, 215.13, 344.96]);
  });

  it('keeps reading past a row whose decimal mark OCR read as a colon ("82:59;")', () => {
    expect(carats(['115,72', '82:59;', '91,70'], '289,01')).toEqual([115.72, 82.59, 91.7]);
  });

  it('keeps a parcel whose number OCR could not read, and gives it the rest of the total', () => {
    // "82/59;" for 32,59: no reading of it stands, the printed total does.
    expect(carats(['115,72', '82/59;', '91,70'], '240,01')).toEqual([115.72, 32.59, 91.7]);
  });

  it('keeps two unreadable parcels in their places, their numbers left unread', () => {
    const rows = extractDocuments([
      { pageNo: 1, words: packing(['115,72', '82/59;', '3/1;', '91,70'], '300,00') },
    ]).find((d) => d.type === 'packing_list')?.fields;
    expect(rows?.parcel_lines?.value).toEqual([
      { parcel_id: 'L-1', carats: 115.72 },
      { parcel_id: 'L-2' },
      { parcel_id: 'L-3' },
      { parcel_id: 'L-4', carats: 91.7 },
    ]);
    expect(rows?.parcel_lines?.needsReview).toBe(true);
  });

  it('reads a number whose marks came back as spaces with all its digits', () => {
    expect(carats(['353.13', '2 15 13', '344.96'], '913.22')).toEqual([353.13, 215.13, 344.96]);
  });

  it('keeps an id whose dash OCR read as a gap whole', () => {
    // "003 02": two words a space apart where "003-02" was printed.
    const words = packing(['353.13', '215.13'], '568.26').flatMap((w) =>
      w.text === 'L-2'
        ? [
            { ...w, text: '003', x1: w.x0 + 0.025 },
            { ...w, text: '02', x0: w.x0 + 0.034, x1: w.x0 + 0.051 },
          ]
        : [w],
    );
    const rows = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'packing_list')
      ?.fields.parcel_lines?.value as { parcel_id: string }[] | undefined;
    expect(rows?.map((r) => r.parcel_id)).toEqual(['L-1', '003 02']);
  });

  it('settles several cells when only their other readings together add up', () => {
    // 1,014.57 with its comma read as a point and its point lost; 4,872.89 with both lost.
    expect(carats(['1.01457', '487289'], '5.887,46')).toEqual([1014.57, 4872.89]);
  });

  it('settles the one cell whose other reading makes the parcels add up', () => {
    expect(carats(['353.13', '21513', '344.96'], '913.22')).toEqual([353.13, 215.13, 344.96]);
    expect(carats(['1.893.57'], '1,893.57')).toEqual([1893.57]);
  });
});
