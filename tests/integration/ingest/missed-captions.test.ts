// Real OCR on a generated poor scan of a French-form certificate, whose bold captions sit in
// ruled cells beside a guilloche border: Tesseract's page layout takes that column for a
// picture and reads none of it. The lines of ink left unread are read again on their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { extractDocuments } from '../../../main/extract/extract-documents';
import { cleanForOcr } from '../../../main/ingest/image/clean-for-ocr';
import { decodeImagePage } from '../../../main/ingest/image/decode-image';
import { OcrPool } from '../../../main/ingest/ocr/ocr-pool';
import { readPageImage } from '../../../main/ingest/ocr/read-page-image';
import { runCli } from '../../helpers/run-cli';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const pool = new OcrPool({ size: 1, pageTimeoutMs: 60_000 });
afterAll(() => pool.close());

it('reads the captions the page layout dropped, and the fields they label', async () => {
  const dir = tempDir();
  // Seed 5555's second shipment carries a kp-fr-producer certificate scanned poorly at 150 dpi.
  const args = ['samples', '--out', dir, '--shipments', '2', '--seed', '5555', '--quality', 'poor'];
  expect(runCli(args).status).toBe(0);
  const bytes = new Uint8Array(readFileSync(join(dir, 'S2-kp.jpg')));
  const page = await decodeImagePage(bytes, 0, 'S2-kp.jpg');
  const read = await readPageImage(pool, await cleanForOcr(page, 150));
  const captions = read.words.filter((w) => w.x1 < 0.45 && w.confidence >= 0.5).map((w) => w.text);
  expect(captions).toEqual(expect.arrayContaining(['Exportateur', 'Importateur', 'Adresse']));

  const [doc] = extractDocuments([{ pageNo: 1, words: read.words, rotation: read.rotation }]);
  expect(doc?.type).toBe('kp_certificate');
  expect(doc?.fields.exporter_name?.value).toBe('Société Kasai Diamants SARL');
  expect(doc?.fields.importer_name?.value).toBe('Negev Diamond Sorting Ltd.');
}, 120_000);
