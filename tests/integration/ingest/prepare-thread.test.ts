import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../../main/ingest/ingest-error';
import { PrepareThread } from '../../../main/ingest/prepare/prepare-thread';
import type { PreparedPage } from '../../../main/ingest/prepare/prepared-page';
import { sniffMediaType } from '../../../main/ingest/sniff';
import { corpusDir, hasCorpus, noCorpusReason } from '../../helpers/shared-corpus';

// Generous for ordinary files on a busy machine; the looping PDF gets a thread of its own
// with a short limit.
const thread = new PrepareThread({ pageTimeoutMs: 60_000, maxHeapMb: 512 });
const short = new PrepareThread({ pageTimeoutMs: 10_000, maxHeapMb: 512 });
afterAll(() => Promise.all([thread.kill(), short.kill()]));

async function prepare(path: string, reader = thread) {
  const bytes = new Uint8Array(readFileSync(path));
  const pages: PreparedPage[] = [];
  let meta = 0;
  try {
    for await (const e of reader.prepare(bytes, sniffMediaType(bytes), { fileName: path })) {
      if (e.kind === 'meta') meta = e.pages;
      else pages.push(e.page);
    }
    return { meta, pages };
  } catch (err) {
    if (err instanceof IngestError) return { meta, pages, error: err.code };
    throw err;
  }
}

describe.skipIf(!hasCorpus)(
  `prepare thread${hasCorpus ? '' : ` (skipped: ${noCorpusReason})`}`,
  () => {
    it('reads a born-digital invoice from its text layer', async () => {
      const r = await prepare(join(corpusDir, 'invoices', 'AmazonWebServices.pdf'));
      expect(r.error).toBeUndefined();
      expect(r.meta).toBe(r.pages.length);
      expect(r.pages[0]?.textSource).toBe('text_layer');
      expect(r.pages[0]?.thumbnail).toBeNull(); // rendered when first shown
    });

    it('rasterises an image-only scan for OCR', async () => {
      const r = await prepare(join(corpusDir, 'bad-pdfs', 'scanned_image_only', 'scan-bad.pdf'));
      const page = r.pages[0];
      expect(page?.textSource).toBe('ocr');
      if (page?.textSource === 'ocr') {
        // One grey byte a pixel, across the thread boundary as a Buffer.
        const { gray } = page.ocr;
        expect(Buffer.isBuffer(gray.data)).toBe(true);
        expect(gray.data.length).toBe(gray.width * gray.height);
        expect(gray.width).toBeGreaterThan(1000);
      }
    });

    it('abandons a PDF that loops inside pdf.js, then keeps working', async () => {
      const r = await prepare(
        join(corpusDir, 'bad-pdfs', 'adversarial', 'operator_list_cycle.pdf'),
        short,
      );
      expect(['timeout', 'file_too_complex', 'pdf_corrupt']).toContain(r.error ?? 'none');
      // The same reader, its thread replaced.
      const after = await prepare(join(corpusDir, 'invoices', 'AmazonWebServices.pdf'), short);
      expect(after.error).toBeUndefined();
    });

    it('reports an encrypted PDF as such', async () => {
      const r = await prepare(join(corpusDir, 'bad-pdfs', 'encrypted', 'pr6531_2.pdf'));
      expect(r.error).toBe('pdf_encrypted');
    });
  },
);
