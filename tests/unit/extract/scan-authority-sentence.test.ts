// The issuing authority's value lost on a poor scan, its caption still there: the next print
// under the caption is the certificate's KP statement, a sentence, not an authority.
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import type { Word } from '../../../main/ingest/word';
import { line, page } from './fixtures/hand-words';

const certificate = (authority: string | null, statement: string) =>
  page([
    line(0.067, [
      [0.1, 'TANZANIA'],
      [0.828, 'Certificate No.'],
    ]),
    line(0.09, [[0.828, '349292']]),
    line(0.15, [[0.235, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.233, [
      [0.091, 'Country of origin'],
      [0.378, 'Tanzania'],
    ]),
    line(0.46, [
      [0.091, 'Exporter'],
      [0.378, 'Mwadui Gem Traders Ltd'],
    ]),
    line(0.621, [
      [0.091, 'Issuing authority'],
      ...(authority === null ? [] : ([[0.378, authority]] as [number, string][])),
    ]),
    line(0.658, [[0.097, statement]]),
  ]);

const authorityOf = (words: Word[]): unknown =>
  extractDocuments([{ pageNo: 1, words }]).find((d) => d.type === 'kp_certificate')?.fields
    .issuing_authority?.value;

const EN = 'The rough diamonds in this shipment have been handled in accordance with the';
const FR = 'Les diamants bruts de cette expédition ont été traités conformément aux dispositions';
const PT = 'Os diamantes em bruto desta remessa foram tratados em conformidade com as';

describe('the statement under an issuing authority whose value was lost', () => {
  it.each([EN, FR, PT])('is not read as the authority (%s)', (statement) => {
    expect(authorityOf(certificate(null, statement))).toBeUndefined();
  });

  it('leaves the authority beside its caption as it was', () => {
    const words = certificate('Mining Commission, Ministry of Minerals', EN);
    expect(authorityOf(words)).toBe('Mining Commission, Ministry of Minerals');
  });
});
