import { expect, it } from 'vitest';
import { OcrPool } from '../../../main/ingest/ocr/ocr-pool';
import { textPagePng } from '../../helpers/scan-fixtures';

it('starts its workers ahead of the first page, each once, and reads with them', async () => {
  const pool = new OcrPool({ size: 2 });
  try {
    expect(await pool.prestart()).toBe(2);
    expect(await pool.prestart()).toBe(0); // already running
    const pages = await Promise.all(
      [['Kimberley Process'], ['Certificate']].map(async (l) =>
        pool.recognize(await textPagePng(l)),
      ),
    );
    expect(pages.map((p) => p.words.map((w) => w.text).join(' '))).toEqual([
      'Kimberley Process',
      'Certificate',
    ]);
  } finally {
    await pool.close();
  }
}, 60_000);

it('ends workers still starting when the pool is closed', async () => {
  const pool = new OcrPool({ size: 1 });
  const starting = pool.prestart();
  await pool.close();
  expect(await starting).toBe(1);
  await expect(pool.recognize(await textPagePng(['x']))).rejects.toMatchObject({
    code: 'ocr_failed',
  });
}, 60_000);

it('starts only as many workers as there are pages waiting', async () => {
  const pool = new OcrPool({ size: 2 });
  try {
    expect(await pool.prestart(1)).toBe(1);
    expect(await pool.prestart(1)).toBe(0);
    expect(await pool.prestart(5)).toBe(1); // never beyond the pool's size
  } finally {
    await pool.close();
  }
}, 60_000);
