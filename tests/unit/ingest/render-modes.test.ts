import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mayDrawInvisibleText } from '../../../main/ingest/pdf/render-modes';

/** A one-page PDF's objects around one content stream (offsets do not matter here). */
function pdf(content: string, opts: { filter?: string; deflate?: boolean } = {}): Uint8Array {
  const data = opts.deflate ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content);
  const filter = opts.filter ?? (opts.deflate ? '/FlateDecode' : undefined);
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n' +
        '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
        '3 0 obj <</Type /Page /Parent 2 0 R /Contents 4 0 R>> endobj\n' +
        `4 0 obj <</Length ${data.length}${filter ? ` /Filter ${filter}` : ''}>>\nstream\n`,
    ),
    data,
    Buffer.from(
      '\nendstream\nendobj\n5 0 obj <</Subtype /Image /Length 4>>\nstream\n3 Tr\nendstream\nendobj\n%%EOF\n',
    ),
  ]);
}

describe('mayDrawInvisibleText', () => {
  it('is false when every content stream draws text visibly', () => {
    // A string that reads like the operator is checked too: the scan errs towards checking.
    expect(mayDrawInvisibleText(pdf('BT /F1 12 Tf 0 Tr (3 Tr) Tj ET'))).toBe(true);
    expect(mayDrawInvisibleText(pdf('BT /F1 12 Tf 0 Tr (Transport) Tj 2 Tr ET'))).toBe(false);
    expect(mayDrawInvisibleText(pdf('BT /F1 12 Tf 1 Tr (x) Tj ET', { deflate: true }))).toBe(false);
    expect(mayDrawInvisibleText(pdf('q 1 0 0 1 0 0 cm /Im1 Do Q'))).toBe(false);
  });

  it('is true for an invisible mode, however it is written', () => {
    for (const ops of ['3 Tr', '7 Tr', '3Tr', '7\nTr', '3.0 Tr', '+3 Tr', '3 % note\nTr']) {
      expect(mayDrawInvisibleText(pdf(`BT ${ops} (x) Tj ET`)), ops).toBe(true);
      expect(mayDrawInvisibleText(pdf(`BT ${ops} (x) Tj ET`, { deflate: true })), ops).toBe(true);
    }
  });

  it('is true when a content stream cannot be decoded here', () => {
    expect(mayDrawInvisibleText(pdf('BT 0 Tr ET', { filter: '/LZWDecode' }))).toBe(true);
    expect(
      mayDrawInvisibleText(pdf('BT 0 Tr ET', { filter: '[/ASCII85Decode /FlateDecode]' })),
    ).toBe(true);
    expect(mayDrawInvisibleText(pdf('not deflated', { filter: '/FlateDecode' }))).toBe(true);
  });

  it('does not inflate a decompression bomb: past its budget the page is checked as before', () => {
    // 64 MB of visible-text operators deflate to about 64 kB; read whole they would say
    // "visible", so only a scan that stopped at its budget answers "check it".
    const bomb = `BT ${'0 Tr '.repeat((64 * 1024 * 1024) / 5)}ET`;
    expect(mayDrawInvisibleText(pdf(bomb, { deflate: true }))).toBe(true);
    expect(mayDrawInvisibleText(pdf('BT 0 Tr (x) Tj ET', { deflate: true }))).toBe(false);
  });
});
