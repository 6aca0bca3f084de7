import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../main/ingest/ingest-error';
import { sniffMediaType } from '../../../main/ingest/sniff';

function code(bytes: Uint8Array): string {
  try {
    return sniffMediaType(bytes, 'x');
  } catch (err) {
    if (err instanceof IngestError) return err.code;
    throw err;
  }
}

const b = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('sniffMediaType', () => {
  it('knows each supported type by its content', () => {
    expect(code(b('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(code(b('\x89PNG\r\n\x1a\n....'))).toBe('image/png');
    expect(code(b('\xff\xd8\xff\xe0..JFIF'))).toBe('image/jpeg');
    expect(code(b('II*\x00....'))).toBe('image/tiff');
    expect(code(b('MM\x00*....'))).toBe('image/tiff');
    expect(code(b('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  it('accepts junk before the PDF header, as readers do', () => {
    expect(code(b('Some junk before the header\n\n%PDF-1.1\n1 0 obj'))).toBe('application/pdf');
  });

  it('accepts a PDF whose header is garbled but whose body is PDF syntax', () => {
    expect(code(b('%\xe2\xe3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'))).toBe(
      'application/pdf',
    );
  });

  it('refuses empty files and anything else by content, whatever the name', () => {
    expect(code(new Uint8Array())).toBe('empty_file');
    expect(code(b('Dear colleague, the certificate is attached.'))).toBe('unsupported_type');
    expect(code(b('RIFF\x10\x00\x00\x00WAVEfmt '))).toBe('unsupported_type');
    expect(code(b('<html><body>%PDF</body></html>'))).toBe('unsupported_type');
  });

  it('never throws anything but an IngestError, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expect(typeof code(bytes)).toBe('string');
      }),
    );
  });
});
