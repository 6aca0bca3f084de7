// A box rule or a speck just before a name, read by OCR as one thin glyph: "i Tswana Gem
// Exports (Pty) Ltd" at the head of a waybill, "1 Desert Light Diamonds FZE" beside a
// certificate's caption. The glyph is no part of the name.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';
import { angolaHead } from './fixtures/page-parts';

const fieldsOf = (words: Word[], type: string): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === type);
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

const waybill = (mark: string) =>
  page([
    line(0.04, [
      [0.05, '157-2231 4406'],
      [0.72, '157-2231 4406'],
    ]),
    [
      ...line(0.08, [[0.035, mark]], 0.63),
      ...line(0.08, [
        [0.05, 'Tswana Gem Exports (Pty) Ltd'],
        [0.52, 'Air Waybill'],
      ]),
    ],
    line(0.1, [[0.05, 'Plot 64518, Gaborone']]),
    line(0.18, [[0.05, 'Ramat Gan Rough Stones Ltd.']]),
    line(0.195, [[0.05, '1 Jabotinsky Street, Ramat Gan']]),
    line(0.27, [
      [0.05, 'GBE'],
      [0.52, 'FREIGHT PREPAID'],
    ]),
    line(0.3, [
      [0.05, 'TLV'],
      [0.3, 'QR1363/07OCT24'],
      [0.52, 'NVD'],
      [0.72, 'USD 412050.75'],
    ]),
  ]);

const certificate = (mark: string) =>
  page([
    ...angolaHead(),
    [
      ...line(0.335, [[0.106, 'Importador']]),
      ...line(0.335, [[0.411, mark]], 0.86),
      ...line(0.335, [[0.428, 'Desert Light Diamonds FZE']]),
    ],
    line(0.44, [
      [0.104, 'Peso em quilates'],
      [0.427, '1.776,52'],
    ]),
  ]);

describe('a thin glyph read before a name', () => {
  it.each(['i', '|', '1'])('is not kept at the head of the waybill’s shipper ("%s")', (mark) => {
    expect(fieldsOf(waybill(mark), 'airway_bill').shipper_name).toBe(
      'Tswana Gem Exports (Pty) Ltd',
    );
  });

  it.each(['1', 'i', 'l'])('is not kept in a name read beside its caption ("%s")', (mark) => {
    const f = fieldsOf(certificate(mark), 'kp_certificate');
    expect(f.importer_name).toBe('Desert Light Diamonds FZE');
    expect(f.exporter_name).toBe('Cuango Comercial de Diamantes, Lda.');
  });

  const withDigit = (width: number, confidence: number) =>
    certificate('7').map((w) =>
      w.text === '7' ? { ...w, x0: 0.425 - width, x1: 0.425, confidence } : w,
    );

  it('drops a lone digit far wider than a character of the name (a rule’s corner)', () => {
    expect(fieldsOf(withDigit(0.0225, 0.86), 'kp_certificate').importer_name).toBe(
      'Desert Light Diamonds FZE',
    );
  });

  it('drops a lone digit OCR doubted', () => {
    expect(fieldsOf(withDigit(0.0085, 0.7), 'kp_certificate').importer_name).toBe(
      'Desert Light Diamonds FZE',
    );
  });

  it('keeps a lone digit printed as the name’s own, OCR sure of it', () => {
    expect(fieldsOf(withDigit(0.0085, 0.96), 'kp_certificate').importer_name).toBe(
      '7 Desert Light Diamonds FZE',
    );
  });

  it('keeps a name that opens with a number of its own', () => {
    const words = certificate('1').map((w) => (w.text === '1' ? { ...w, text: '21st' } : w));
    expect(fieldsOf(words, 'kp_certificate').importer_name).toBe('21st Desert Light Diamonds FZE');
  });
});
