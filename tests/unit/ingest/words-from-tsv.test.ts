import { describe, expect, it } from 'vitest';
import { wordsFromTsv } from '../../../main/ingest/ocr/ocr-pool';

// Rows as Tesseract 5 writes them: level, page, block, paragraph, line, word, left, top,
// width, height, confidence, text.
const TSV = [
  '1\t1\t0\t0\t0\t0\t0\t0\t2504\t3526\t-1\t',
  '2\t1\t1\t0\t0\t0\t123\t102\t2284\t6\t-1\t',
  '4\t1\t1\t1\t1\t0\t123\t102\t2284\t6\t-1\t',
  '5\t1\t1\t1\t1\t1\t1957\t2\t524\t5\t95.000000\t ',
  '5\t1\t1\t1\t1\t2\t262\t240\t211\t42\t95.982597\tUNITED',
  '5\t1\t1\t1\t1\t3\t492\t240\t163\t41\t84.999\tARAB',
  '5\t1\t1\t1\t1\t4\t10\t20\t5\t4\t0.000000\t~',
  '',
].join('\n');

describe('wordsFromTsv', () => {
  it('reads word rows into boxes, whole-percent confidences and text, skipping blank words', () => {
    expect(wordsFromTsv(TSV)).toEqual([
      { text: 'UNITED', x0: 262, y0: 240, x1: 473, y1: 282, confidence: 0.95 },
      { text: 'ARAB', x0: 492, y0: 240, x1: 655, y1: 281, confidence: 0.84 },
      { text: '~', x0: 10, y0: 20, x1: 15, y1: 24, confidence: 0 },
    ]);
  });

  it('gives nothing for an empty page', () => {
    expect(wordsFromTsv('')).toEqual([]);
    expect(wordsFromTsv('1\t1\t0\t0\t0\t0\t0\t0\t64\t64\t-1\t\n')).toEqual([]);
  });
});
