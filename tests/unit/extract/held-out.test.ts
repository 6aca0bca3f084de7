// Layouts no generator draws: labels reworded, reordered, with values below instead of
// beside, OCR typos and a skewed scan. Extraction must not depend on where things are.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import { turnWord } from '../../../main/extract/layout/upright';
import { line, page, skewed } from './fixtures/hand-words';

// A certificate from an issuer the generator does not know: two-column boxes, labels above
// values, different wordings ("Serial number", "Consignor", "Mass in carats"), one OCR typo.
const certificate = page([
  line(0.05, [[0.3, 'REPUBLIC OF SIERRA LEONE']]),
  line(0.08, [[0.25, 'KIMBERLEY PROCESS CERTIFICATE']]),
  line(0.14, [
    [0.08, 'Issued on'],
    [0.55, 'Certificate number'],
  ]),
  line(0.16, [
    [0.08, '2 March 2024'],
    [0.55, 'SL-0048213'],
  ]),
  line(0.22, [
    [0.08, 'Consignor'],
    [0.55, 'Consignee'],
  ]),
  line(0.24, [
    [0.08, 'Koidu Gem Exports Ltd'],
    [0.55, 'Ramat Gan Rough Ltd.'],
  ]),
  line(0.26, [
    [0.08, '12 Main Road, Koidu'],
    [0.55, '3 Jabotinsky Street'],
  ]),
  line(0.28, [
    [0.08, 'Sierra Leone'],
    [0.55, 'Ramat Gan, Israel'],
  ]),
  line(0.34, [
    [0.08, 'Mass in carats'],
    [0.55, 'Valeur en USD'],
  ]),
  line(0.36, [
    [0.08, '1 234,56'],
    [0.55, '246 912,00'],
  ]),
  line(0.42, [
    [0.08, 'Nombre de colis'],
    [0.55, 'Tariff code'],
  ]),
  line(0.44, [
    [0.08, '3'],
    [0.55, '7102.31'],
  ]),
  line(0.5, [
    [0.08, 'Country of orlgin'],
    [0.55, 'Destination country'],
  ]),
  line(0.52, [
    [0.08, 'Sierra Leone'],
    [0.55, 'Israel'],
  ]),
  line(0.58, [
    [0.08, 'Expiration date'],
    [0.55, 'Issuing authority'],
  ]),
  line(0.6, [
    [0.08, '01/05/2024'],
    [0.55, 'Government Gold and Diamond Office'],
  ]),
  line(0.7, [
    [0.08, 'The rough diamonds in this shipment have been handled in accordance with the KPCS.'],
  ]),
]);

const expected = {
  certificate_number: 'SL 0048213',
  issue_date: '2024-03-02',
  expiry_date: '2024-05-01',
  exporter_name: 'Koidu Gem Exports Ltd',
  importer_name: 'Ramat Gan Rough Ltd.',
  carats: 1234.56,
  value_usd: 246912,
  parcels: 3,
  hs_codes: ['7102.31'],
  country_of_origin: ['SL'],
  destination_country: 'IL',
  issuing_authority: 'Government Gold and Diamond Office',
};

describe('a certificate layout the generator never draws', () => {
  it('is classified and every field is read from reworded, reordered labels', () => {
    const [doc] = extractDocuments([{ pageNo: 1, words: certificate }]);
    expect(doc?.type).toBe('kp_certificate');
    const values = Object.fromEntries(Object.keys(expected).map((k) => [k, doc?.fields[k]?.value]));
    expect(values).toEqual(expected);
    expect(doc?.fields.exporter_address?.value).toContain('Koidu');
  });

  it('reads the same page scanned 3 degrees askew, boxes on the page as stored', () => {
    const turned = skewed(certificate, 3);
    const [doc] = extractDocuments([{ pageNo: 1, words: turned }]);
    expect(doc?.fields.carats?.value).toBe(1234.56);
    expect(doc?.fields.expiry_date?.value).toBe('2024-05-01');
    const box = doc?.fields.carats?.bbox;
    const src = turned.find((w) => w.text === '1');
    expect(box?.[1]).toBeCloseTo(src?.y0 ?? -1, 3);
  });

  it.each([90, 180, 270])(
    'reads the page scanned turned by %i°, boxes on the page as stored',
    (degrees) => {
      // Stored words lie as on the turned scan; OCR recorded how far to turn it back upright.
      const stored = certificate.map((w) => turnWord(w, 360 - degrees));
      const [doc] = extractDocuments([{ pageNo: 1, words: stored, rotation: degrees }]);
      const [upright] = extractDocuments([{ pageNo: 1, words: certificate }]);
      const values = (d: typeof doc) =>
        Object.fromEntries(Object.entries(d?.fields ?? {}).map(([k, f]) => [k, f.value]));
      expect(values(doc)).toEqual(values(upright));
      const [x0, y0, x1, y1] = upright?.fields.carats?.bbox ?? [0, 0, 0, 0];
      const want = turnWord({ text: '', x0, y0, x1, y1, confidence: 1 }, 360 - degrees);
      const got = doc?.fields.carats?.bbox ?? [];
      [want.x0, want.y0, want.x1, want.y1].forEach((v, i) => {
        expect(got[i]).toBeCloseTo(v, 9);
      });
    },
  );

  it('flags low-confidence OCR readings for review', () => {
    const blurred = certificate.map((w) => ({ ...w, confidence: 0.3 }));
    const [doc] = extractDocuments([{ pageNo: 1, words: blurred }]);
    expect(doc?.fields.carats?.needsReview).toBe(true);
    const [clean] = extractDocuments([{ pageNo: 1, words: certificate }]);
    expect(clean?.fields.carats?.needsReview).toBe(false);
  });
});

describe('pages that are nothing we know', () => {
  it('are `other`, with no fields', () => {
    const letter = page([
      line(0.1, [[0.1, 'Dear Sir or Madam,']]),
      line(0.14, [[0.1, 'we write to confirm the meeting on Tuesday at our office.']]),
    ]);
    const [doc] = extractDocuments([{ pageNo: 1, words: letter }]);
    expect(doc?.type).toBe('other');
    expect(doc?.fields).toEqual({});
  });
});
