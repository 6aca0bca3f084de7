// A form's value column behind a ruled edge: OCR reads the rule before a value as "|" and,
// as often, as "[" or "]". Neither is where the value starts.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const certificate = (rule: string) =>
  page([
    line(0.067, [
      [0.1, 'TANZANIA'],
      [0.828, 'Certificate No.'],
    ]),
    line(0.09, [
      [0.1, 'Mining Commission, Ministry of Minerals'],
      [0.828, '349292'],
    ]),
    line(0.15, [[0.235, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.233, [
      [0.091, 'Country of origin / provenance'],
      [0.378, 'Tanzania'],
    ]),
    line(0.257, [
      [0.091, 'Number of parcels'],
      [0.366, '|'],
      [0.378, '6'],
    ]),
    line(0.297, [
      [0.089, 'Weight (carats)'],
      [0.365, rule],
      [0.377, '1,706.14'],
    ]),
    line(0.456, [
      [0.085, 'Exporter'],
      [0.36, rule],
      [0.372, 'Mwadui Gem Traders Ltd'],
    ]),
    line(0.49, [
      [0.084, 'Exporter address'],
      [0.371, 'Plot 1404, Ali Hassan Mwinyi Road, Dar es Salaam, Tanzania'],
    ]),
    line(0.522, [
      [0.082, 'Consignee'],
      [0.37, 'Liberty Gem Importers LLC'],
    ]),
  ]);

const fieldsOf = (words: Word[]): Record<string, unknown> => {
  const doc = extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate');
  return Object.fromEntries(Object.entries(doc?.fields ?? {}).map(([k, f]) => [k, f.value]));
};

describe('a rule read as a bracket between a label and its value', () => {
  it.each(['|', '[', ']'])('is passed over before a name and a number ("%s")', (rule) => {
    const f = fieldsOf(certificate(rule));
    expect(f.exporter_name).toBe('Mwadui Gem Traders Ltd');
    expect(f.carats).toBe(1706.14);
    expect(f.importer_name).toBe('Liberty Gem Importers LLC');
  });
});
