// An air waybill scanned so poorly that its printed title and its small box captions were
// lost (seed 11301's fourth waybill, turned and enlarged from 150 dpi): what is left is its
// number, printed at its top and its foot, and a goods description that names an invoice and
// a KP certificate. The repeated number makes it a waybill; a document that only refers to
// a waybill, naming its number once, is not one.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import { line, page } from './fixtures/hand-words';

const body = [
  line(0.08, [[0.05, 'Comptoir Tshikapa Négoce SPRL']]),
  line(0.095, [[0.05, '45, boulevard Lumumba, Mbuji-Mayi']]),
  line(0.17, [[0.05, 'Desert Light Diamonds FZE']]),
  line(0.19, [[0.05, 'Jumeirah Bay X2, Unit 3106, Dubai']]),
  line(0.27, [
    [0.05, 'FBM'],
    [0.55, 'FREIGHT PREPAID'],
  ]),
  line(0.3, [
    [0.05, 'DXB'],
    [0.25, 'EK365/05NOV19'],
    [0.55, 'NVD'],
    [0.7, 'USD 5018.63'],
  ]),
  line(0.34, [
    [0.05, 'VALUABLE'],
    [0.2, 'ROUGH DIAMONDS KP CERTIFICATE'],
    [0.58, '736372'],
  ]),
  line(0.357, [
    [0.05, 'ORIGINAL'],
    [0.26, 'INVOICE ATTACHED. ESCORT ON DELIVERY.'],
  ]),
  line(0.41, [
    [0.05, '2'],
    [0.2, '3.0'],
    [0.5, 'ROUGH DIAMONDS'],
  ]),
  line(0.43, [[0.5, '7 SEALED PARCEL(S)']]),
];

describe('a waybill known by its number alone', () => {
  it('is a waybill when its number is printed twice', () => {
    const words = page([
      line(0.03, [
        [0.05, '176-5402 8752'],
        [0.72, '176-5402 8752'],
      ]),
      ...body,
      line(0.66, [[0.72, '176-5402 8752']]),
    ]);
    const [doc] = extractDocuments([{ pageNo: 1, words, rotation: 0 }]);
    expect(doc?.type).toBe('airway_bill');
    expect(doc?.fields.awb_number?.value).toBe('17654028752');
  });

  it('is not made a waybill by a number named once, or by one that fails its check digit', () => {
    for (const numbers of [['176-5402 8752'], ['176-5402 8753', '176-5402 8753']]) {
      const words = page([...numbers.map((n, i) => line(0.03 + i * 0.6, [[0.72, n]])), ...body]);
      const [doc] = extractDocuments([{ pageNo: 1, words, rotation: 0 }]);
      expect(doc?.type).not.toBe('airway_bill');
    }
  });
});
