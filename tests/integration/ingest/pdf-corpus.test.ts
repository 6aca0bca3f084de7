import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asPdfCorrupt, loadPdf } from '../../../main/ingest/pdf/load-pdf';
import { mayDrawInvisibleText } from '../../../main/ingest/pdf/render-modes';
import { readTextLayer } from '../../../main/ingest/pdf/text-layer';
import { sniffMediaType } from '../../../main/ingest/sniff';
import { corpusDir, hasCorpus, noCorpusReason } from '../../helpers/shared-corpus';

const badPdfs = join(corpusDir, 'bad-pdfs');

interface IndexRow {
  category: string;
  file: string;
  note: string;
}

function index(): IndexRow[] {
  return readFileSync(join(badPdfs, 'index.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [category = '', file = '', , , note = ''] = l.split('\t');
      return { category, file, note };
    });
}

// These loop forever inside pdf.js; they are covered where ingest runs them in an isolated
// worker with a time limit, never in the test process itself.
const HANGS_IN_PROCESS = new Set(['operator_list_cycle.pdf']);

async function outcome(path: string, password?: string) {
  const bytes = new Uint8Array(readFileSync(path));
  try {
    sniffMediaType(bytes, path);
    const doc = await loadPdf(bytes, password === undefined ? {} : { password });
    try {
      // As ingest reads them: the operator list only when the file may draw text invisibly.
      const mayBeInvisible = mayDrawInvisibleText(bytes);
      const verdicts = [];
      const checked = [];
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        verdicts.push((await readTextLayer(page, { mayBeInvisible })).verdict);
        if (!mayBeInvisible) checked.push((await readTextLayer(page)).verdict);
      }
      // Skipping the operator list never changes a verdict.
      if (!mayBeInvisible) expect(verdicts).toEqual(checked);
      return { pages: doc.numPages, verdicts };
    } finally {
      await doc.destroy();
    }
  } catch (err) {
    return { error: asPdfCorrupt(err).code };
  }
}

describe.skipIf(!hasCorpus)(
  `bad PDFs from the corpus${hasCorpus ? '' : ` (skipped: ${noCorpusReason})`}`,
  () => {
    const rows = hasCorpus ? index() : [];

    it.each(
      rows
        .filter((r) => !HANGS_IN_PROCESS.has(r.file))
        .map((r) => [`${r.category}/${r.file}`, r] as const),
    )('%s is read or refused with a contract error code', async (_name, row) => {
      const result = await outcome(join(badPdfs, row.category, row.file));
      if ('error' in result) {
        expect(['pdf_encrypted', 'pdf_corrupt', 'unsupported_type']).toContain(result.error);
        if (row.category === 'encrypted') expect(result.error).toBe('pdf_encrypted');
      } else {
        expect(result.pages).toBeGreaterThan(0);
        if (row.category === 'scanned_image_only') {
          // image-only scans, and scans with an invisible OCR layer, must go to our own OCR
          expect(
            result.verdicts.every((v) => v !== 'usable'),
            row.note,
          ).toBe(true);
        }
      }
    });

    it('opens an encrypted PDF with its password, and says when the password is wrong', async () => {
      const path = join(badPdfs, 'encrypted', 'pr6531_2.pdf');
      expect(await outcome(path)).toEqual({ error: 'pdf_encrypted' });
      expect(await outcome(path, 'wrong')).toEqual({ error: 'pdf_password_incorrect' });
      const opened = await outcome(path, 'asdfasdf');
      expect(opened).toMatchObject({ pages: 1 });
    });

    it('reads a text layer with word boxes inside the page', async () => {
      const doc = await loadPdf(
        new Uint8Array(readFileSync(join(corpusDir, 'invoices', 'AmazonWebServices.pdf'))),
      );
      const layer = await readTextLayer(await doc.getPage(1));
      await doc.destroy();
      expect(layer.verdict).toBe('usable');
      expect(layer.words.length).toBeGreaterThan(30);
      for (const w of layer.words) {
        expect(w.x0).toBeLessThanOrEqual(w.x1);
        expect(w.y0).toBeLessThan(w.y1);
      }
      expect(layer.words.map((w) => w.text)).toContain('42183017');
    });
  },
);
