// An air waybill as a poor scan returns it, on a layout no generator draws: the small box
// captions came back as crumbs or not at all, box rules as "|", one piece as "l", the month's
// O of the flight date as 0. What the waybill says must still be read from the values alone.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

/** A caption OCR could barely read: small and unsure. */
const crumb = (y: number, x: number, text: string): Word[] =>
  line(y, [[x, text]], 0.3).map((w) => ({ ...w, y1: w.y0 + 0.004 }));

const waybill = (captions: Word[][]) =>
  page([
    line(0.03, [
      [0.05, '157-2231 4406'],
      [0.72, '157-2231 4406'],
    ]),
    line(0.06, [[0.55, 'AIR WAYBILL']]),
    ...captions,
    line(0.09, [
      [0.05, '|'],
      [0.07, '.Okavango Rough Exports'],
      [0.4, '|'],
    ]),
    line(0.105, [[0.07, 'Plot 64518, Gaborone']]),
    line(0.17, [
      [0.05, '|'],
      [0.07, 'Ramat Gan Rough Stones Ltd.'],
    ]),
    line(0.185, [[0.07, '1 Jabotinsky Street, Ramat Gan']]),
    line(0.26, [
      [0.07, 'GBE'],
      [0.55, 'FREIGHT PREPAID'],
    ]),
    line(0.3, [
      [0.07, 'TLV'],
      [0.3, 'QR1363/07OCT24'],
      [0.55, 'NVD'],
      [0.72, 'USD 412050.75'],
    ]),
    line(0.4, [
      [0.07, 'l'],
      [0.15, '4.2'],
      [0.29, 'K'],
      [0.38, '5.0'],
      [0.57, 'ROUGH DIAMONDS'],
    ]),
    line(0.55, [[0.07, 'USD 912.00']]),
    line(0.63, [
      [0.07, '07OCT24'],
      [0.26, 'GBE'],
    ]),
    line(0.72, [
      [0.05, "THE SHIPPER'S ATTENTION IS DRAWN TO THE NOTICE CONCERNING CARRIER'S LIMITATION"],
    ]),
  ]);

const expected = {
  shipper_name: 'Okavango Rough Exports',
  consignee_name: 'Ramat Gan Rough Stones Ltd.',
  departure_airport: 'GBE',
  destination_airport: 'TLV',
  flight_date: '2024-10-07',
  pieces: 1,
  gross_weight_kg: 4.2,
  declared_value: 412050.75,
  currency: 'USD',
};

/** The waybill's fields read from one page of words, by value. */
const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'airway_bill');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const values = (captions: Word[][]) => {
  const f = fieldsOf(waybill(captions));
  return Object.fromEntries(Object.keys(expected).map((k) => [k, f[k]]));
};

/** The waybill (no captions) with its row at `y` printed as `rows` instead. */
const replacing = (y: number, ...rows: Word[][]): Word[] => [
  ...waybill([]).filter((w) => Math.abs(w.y0 - y) > 0.001),
  ...rows.flat(),
];

describe('a waybill whose captions OCR lost', () => {
  it('reads parties, airports, flight date, pieces, weight and value from the values alone', () => {
    expect(values([])).toEqual(expected);
  });

  it('does not take caption crumbs or the conditions of carriage for a party', () => {
    const captions = [
      crumb(0.075, 0.06, "Shpr's Nme and Adress"),
      crumb(0.155, 0.06, 'Cnsgnee Nme an'),
      crumb(0.245, 0.06, 'Arpt of Dep'),
    ];
    expect(values(captions)).toEqual(expected);
  });
});

describe('captions and lone codes on a waybill', () => {
  it('does not take a garbled caption, printed smaller than the names, for the shipper', () => {
    const caption = line(0.075, [[0.06, 'SHppads Nave ond Aadbew']]).map((w) => ({
      ...w,
      y1: w.y0 + 0.007,
    }));
    expect(values([caption]).shipper_name).toBe('Okavango Rough Exports');
  });

  it('takes the name under a garbled caption of the same size, not the caption', () => {
    const caption = line(0.075, [[0.07, 'SHppads Nave ond Aadbew']]);
    expect(values([caption]).shipper_name).toBe('Okavango Rough Exports');
  });

  it('drops a box rule read as a lone lower-case letter before the shipper’s name', () => {
    // The form's left rule came back as a confident "i" on the name's line.
    const f = fieldsOf(
      replacing(
        0.09,
        line(0.09, [
          [0.05, 'i'],
          [0.07, '.Okavango Rough Exports'],
        ]),
      ),
    );
    expect(f.shipper_name).toBe('Okavango Rough Exports');
  });

  it('leaves the shipper unread when its name lost its first word at the box’s edge', () => {
    // "Okavango" lost: what is left starts well right of the address under it.
    const f = fieldsOf(replacing(0.09, line(0.09, [[0.15, 'Rough Exports Ltd']])));
    expect(f.shipper_name).toBeUndefined();
    expect(f.consignee_name).toBe('Ramat Gan Rough Stones Ltd.');
  });

  it('sees the lost start past a crumb OCR put on a line between name and address', () => {
    // "Société Kasaï" lost but for "sail"; a speck of the box between the two lines.
    const speck: Word = { text: '.', x0: 0.3, y0: 0.1025, x1: 0.303, y1: 0.1035, confidence: 0.4 };
    const f = fieldsOf(replacing(0.09, line(0.09, [[0.19, 'sail Diamants SARL']]), [speck]));
    expect(f.shipper_name).toBeUndefined();
  });

  it('does not take an address line without a number for the consignee', () => {
    // The consignee's address printed without a house number, right under the name.
    const f = fieldsOf(replacing(0.185, line(0.185, [[0.07, 'Boulevard de la Paix, Abidjan']])));
    expect(f.consignee_name).toBe('Ramat Gan Rough Stones Ltd.');
  });

  it('does not take the last line of the consignee’s address for the consignee', () => {
    // Street, then town alone on its line: name-like, close under the name, but the street
    // line between them makes it the address's end, not the name under a caption.
    const f = fieldsOf(
      replacing(
        0.185,
        line(0.185, [[0.07, '18 Sung On Street']]),
        line(0.197, [[0.07, 'Hung Hom, Kowloon']]),
      ),
    );
    expect(f.consignee_name).toBe('Ramat Gan Rough Stones Ltd.');
  });

  it('takes a name under the shipper’s surviving address for the consignee', () => {
    // OCR garbled the shipper's name beyond reading; its street line is still there.
    const f = fieldsOf(replacing(0.09, line(0.09, [[0.07, '~Okvaeng0 R0ugh Expts']], 0.3)));
    expect(f.consignee_name).toBe('Ramat Gan Rough Stones Ltd.');
    expect(f.shipper_name).not.toBe('Ramat Gan Rough Stones Ltd.');
  });

  it('reads the destination from a row whose customs value came back garbled', () => {
    // The value box read as "Usb e816:": the currency is read off the whole row, and the
    // row's lone code must stay free for the destination when the destination's caption,
    // found beside the conditions of carriage, reads "THE" and is given up.
    const f = fieldsOf(
      replacing(
        0.3,
        line(0.69, [
          [0.05, 'Airport of Destination'],
          [0.3, 'THE GOODS'],
        ]),
        line(0.3, [
          [0.07, 'TLV'],
          [0.3, 'QR1363/07OCT24'],
          [0.55, 'NVD'],
          [0.72, 'Usb e816:'],
        ]),
      ),
    );
    expect(f.destination_airport).toBe('TLV');
    expect(f.currency).toBe('USD');
  });

  it('leaves a lone airport code unread when nothing tells departure from destination', () => {
    // Neither the departure box nor the place of issue came back: only "TLV" stands alone.
    const f = fieldsOf(waybill([]).filter((w) => w.text !== 'GBE'));
    expect(f.departure_airport).toBeUndefined();
    expect(f.destination_airport).toBeUndefined();
  });
});

describe('a smudge along the waybill’s top edge', () => {
  it('is not taken for the shipper when OCR doubted most of its words', () => {
    // Above the number, name-like ("EE Rega … areas"), but OCR scored it as garbage.
    const smudge = line(0.005, [[0.0, 'EE Rega mre rar areas']], 0.2);
    expect(values([smudge])).toEqual(expected);
  });
});

describe('the weight row with its pieces lost', () => {
  const row = (weight: string, charged: string) =>
    fieldsOf(
      replacing(
        0.4,
        line(0.4, [
          [0.15, weight],
          [0.29, 'K'],
          [0.38, charged],
          [0.57, 'ROUGH DIAMONDS'],
        ]),
      ),
    );

  it('reads the gross weight before the kg mark when the chargeable weight is no less', () => {
    const f = row('4.2', '5.0');
    expect(f.gross_weight_kg).toBe(4.2);
    expect(f.pieces).toBeUndefined();
  });

  it('reads one piece OCR was unsure of, with a stray mark glued before it ("fl")', () => {
    const rowWith = (pieces: string, conf: number) =>
      fieldsOf(
        replacing(
          0.4,
          line(0.4, [[0.07, pieces]], conf),
          line(0.4, [
            [0.15, '4.3'],
            [0.29, 'K'],
            [0.38, '5.0'],
            [0.57, 'ROUGH DIAMONDS'],
          ]),
        ),
      ).pieces;
    expect(rowWith('fl', 0.49)).toBe(1);
    expect(rowWith('sl', 0.57)).toBe(1);
    // A word OCR was sure of is what it says, and letters alone are no count.
    expect(rowWith('fl', 0.9)).toBeUndefined();
    expect(rowWith('ab', 0.49)).toBeUndefined();
  });

  it('leaves a weight above the chargeable weight unread (a lost decimal mark: "257")', () => {
    expect(row('257', '3.0').gross_weight_kg).toBeUndefined();
  });
});

describe('the waybill patterns on their own', () => {
  it('leaves a flight date whose stray digit allows two days unread', () => {
    const words = page([
      line(0.06, [[0.55, 'AIR WAYBILL']]),
      line(0.1, [[0.07, 'Okavango Rough Exports']]),
      line(0.3, [
        [0.07, 'TLV'],
        [0.3, 'QR1363/075OCT24'],
      ]),
    ]);
    expect(fieldsOf(words).flight_date).toBeUndefined();
  });
});
