// Invoice and packing-list headers whose small grey captions a poor scan lost: the values
// still stand in their boxes and are recognised by shape (a reference, a certificate number,
// a country alone), while an address's last line or a caption crumb is not taken for one.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { ExtractedDocument } from '../../../main/extract/types';
import { line, page } from './fixtures/hand-words';

const read = (words: ReturnType<typeof page>, type: string): ExtractedDocument | undefined =>
  extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === type);

const invoice = page([
  line(0.04, [
    [0.08, 'KASAI GEM EXPORTS SPRL'],
    [0.75, 'INVOICE'],
  ]),
  line(0.12, [[0.08, 'Kasai Gem Exports SPRL']]),
  line(0.135, [[0.08, '12 avenue du Fleuve, Tshikapa,']]),
  // The seller's address wraps: its last line is a country, but not the origin.
  line(0.15, [[0.08, 'Republique Democratique du Congo']]),
  line(0.24, [
    [0.08, 'GRAVE'],
    [0.55, 'Invoice date'],
  ]),
  line(0.26, [
    [0.08, 'KGE/24/0311'],
    [0.55, '2 July 2024'],
  ]),
  line(0.3, [[0.55, 'Botswana, Namibia']]),
  line(0.38, [
    [0.08, 'Description'],
    [0.5, 'Carats'],
    [0.66, 'USD/ct'],
    [0.84, 'Amount'],
  ]),
  line(0.41, [
    [0.08, 'Rough diamonds, unsorted, in 3 sealed'],
    [0.5, '1,250.00'],
    [0.66, '96.40'],
    [0.84, '120,500.00'],
  ]),
  line(0.425, [[0.08, 'parcels']]),
]);

/** A packing list's parcel table: its header and one row with a seal number. */
const parcelTable = () => [
  line(0.28, [
    [0.08, 'Parcel no'],
    [0.33, 'Seal no.'],
    [0.8, 'Carats'],
  ]),
  line(0.31, [
    [0.08, '011-01'],
    [0.33, 'SL-962879'],
    [0.8, '1,250.00'],
  ]),
];

describe('an invoice header whose captions OCR lost', () => {
  it('takes the lone reference as the invoice number and the lone countries as the origin', () => {
    const doc = read(invoice, 'invoice');
    expect(doc?.fields.invoice_number?.value).toBe('KGE/24/0311');
    expect(doc?.fields.country_of_origin?.value).toEqual(['BW', 'NA']);
    expect(doc?.fields.invoice_date?.value).toBe('2024-07-02');
  });

  it('reads the parcels of a description that wraps after "sealed", however OCR spells it', () => {
    expect(read(invoice, 'invoice')?.fields.parcels?.value).toBe(3);
    const garbled = invoice.map((w) => (w.text === 'sealed' ? { ...w, text: 'seafe' } : w));
    expect(read(garbled, 'invoice')?.fields.parcels?.value).toBe(3);
  });

  it('takes neither the address tail nor a crumb for the origin', () => {
    const noOrigin = invoice.filter((w) => !['Botswana,', 'Namibia'].includes(w.text));
    expect(read(noOrigin, 'invoice')?.fields.country_of_origin).toBeUndefined();
  });

  it('takes two capitals alone, a caption fragment as often as a code, for no origin', () => {
    const noOrigin = invoice.filter((w) => !['Botswana,', 'Namibia'].includes(w.text));
    // "KP" of a "KP certificate" caption whose other word OCR lost; "ER" of a smudge.
    for (const code of ['KP', 'ER']) {
      const words = [...noOrigin, ...line(0.3, [[0.55, code]])];
      expect(read(words, 'invoice')?.fields.country_of_origin, code).toBeUndefined();
    }
  });

  it('does not take the country that ends an address line, split off by a gap, for the origin', () => {
    const noOrigin = invoice.filter((w) => !['Botswana,', 'Namibia'].includes(w.text));
    const buyer = [
      ...noOrigin,
      ...line(0.2, [
        [0.55, 'Hung Hom, Kowloon, Hong Kong,'],
        [0.85, 'China'],
      ]),
    ];
    expect(read(buyer, 'invoice')?.fields.country_of_origin).toBeUndefined();
    // Without the comma the lone country in its own box is still read.
    const own = [...noOrigin, ...line(0.2, [[0.8, 'China']])];
    expect(read(own, 'invoice')?.fields.country_of_origin?.value).toEqual(['CN']);
  });

  it('takes a lone declaration of mixed origin', () => {
    const mixed = [
      ...invoice.filter((w) => !['Botswana,', 'Namibia'].includes(w.text)),
      ...line(0.3, [[0.55, 'Mixte (origines multiples)']]),
    ];
    expect(read(mixed, 'invoice')?.fields.country_of_origin?.value).toEqual(['MIXED']);
  });

  it('prefers a labelled value to a lone one', () => {
    const labelled = [
      ...invoice,
      ...line(0.2, [
        [0.55, 'Invoice no.'],
        [0.7, 'KGE/24/0312'],
      ]),
    ];
    expect(read(labelled, 'invoice')?.fields.invoice_number?.value).toBe('KGE/24/0312');
  });
});

describe('a packing-list header whose captions OCR lost', () => {
  const packing = page([
    line(0.05, [
      [0.08, 'Kasai Gem Exports SPRL'],
      [0.7, 'PACKING LIST'],
    ]),
    line(0.13, [[0.22, 'PK/24-0311']]),
    line(0.15, [[0.22, '02/07/2024']]),
    line(0.17, [[0.22, 'CD 0044187']]),
    line(0.19, [[0.22, 'Congo']]),
    line(0.21, [[0.22, '176-12345675']]),
    ...parcelTable(),
  ]);

  it('reads the reference, the certificate and the origin, not the seal or the AWB number', () => {
    const doc = read(packing, 'packing_list');
    expect(doc?.fields.reference?.value).toBe('PK/24-0311');
    expect(doc?.fields.kp_certificate_numbers?.value).toEqual(['CD 0044187']);
    expect(doc?.fields.country_of_origin?.value).toEqual(['CD']);
  });

  it('does not take a seal number in the table for the certificate', () => {
    const noCert = packing.filter((w) => !['CD', '0044187'].includes(w.text));
    expect(read(noCert, 'packing_list')?.fields.kp_certificate_numbers).toBeUndefined();
  });
});

describe('a caption whose other words OCR lost, over a caption whose value it lost', () => {
  it('takes the lone first word of a caption ("KP" of "KP certificate") for no value', () => {
    const words = (kp: string) =>
      page([
        line(0.05, [
          [0.08, 'Lunda Norte Diamantes, S.A.'],
          [0.7, 'PACKING LIST'],
        ]),
        line(0.13, [
          [0.08, 'Reference'],
          [0.22, 'PL-24-0305'],
        ]),
        line(0.19, [[0.08, kp]]),
        line(0.21, [[0.08, 'Origin']]),
        ...parcelTable(),
      ]);
    expect(read(words('KP'), 'packing_list')?.fields.country_of_origin).toBeUndefined();
    // A country over its caption is still read.
    expect(read(words('Angola'), 'packing_list')?.fields.country_of_origin?.value).toEqual(['AO']);
  });
});

describe('a bilingual caption whose second half OCR garbled', () => {
  it('reads the certificate number past the garbled half, not the half itself', () => {
    const words = page([
      line(0.05, [[0.37, 'FACTURE / INVOICE']]),
      line(0.23, [
        [0.1, 'Facture n° / Invoice no'],
        [0.38, 'EXP/22/0894'],
      ]),
      [
        ...line(0.27, [[0.096, 'Certificat PK KP']], 0.9),
        ...line(0.27, [[0.236, 'cemfbcate']], 0.09),
        ...line(0.27, [[0.38, '7484204']], 0.96),
      ],
      line(0.29, [
        [0.1, 'Origine / Origin'],
        [0.38, 'Fédération de Russie'],
      ]),
    ]);
    expect(read(words, 'invoice')?.fields.kp_certificate_numbers?.value).toEqual(['7484204']);
  });
});
