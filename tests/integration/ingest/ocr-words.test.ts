import { afterAll, describe, expect, it } from 'vitest';
import { createWorker, OEM, PSM } from 'tesseract.js';
import { decodeImagePage } from '../../../main/ingest/image/decode-image';
import { toPgm } from '../../../main/ingest/image/pgm';
import { OcrPool } from '../../../main/ingest/ocr/ocr-pool';
import { tessdataDir } from '../../../main/ingest/ocr/tessdata';
import { textPagePng } from '../../helpers/scan-fixtures';

const pool = new OcrPool({ size: 1, pageTimeoutMs: 60_000 });
afterAll(() => pool.close());

describe('the pool’s words (from Tesseract’s TSV)', () => {
  it('are the words, boxes and confidences of tesseract.js’s blocks output, in its order', async () => {
    const png = await textPagePng([
      'Country of origin Angola',
      'Carat weight 4.964,16 Value 640.972,34',
      'Exporter Cuango Comercial de Diamantes, Lda.',
    ]);
    const pgm = toPgm(await decodeImagePage(new Uint8Array(png), 0, 'p.png'));
    const worker = await createWorker(['eng'], OEM.LSTM_ONLY, {
      langPath: tessdataDir(),
      gzip: true,
      cacheMethod: 'none',
    });
    try {
      await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: '300' });
      const { data } = await worker.recognize(pgm, {}, { blocks: true, text: false });
      const expected = (data.blocks ?? [])
        .flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words)))
        .filter((w) => w.text.trim() !== '')
        .map((w) => ({ text: w.text.trim(), ...w.bbox, confidence: w.confidence / 100 }));
      const read = await pool.recognize(pgm);
      expect(expected.length).toBeGreaterThan(10);
      expect(read.words).toEqual(expected);
      expect(read.words.map((w) => w.text)).toContain('Angola');
    } finally {
      await worker.terminate();
    }
  });
});
