import { expect, it } from 'vitest';
import { loadSharp } from '../../../main/ingest/image/load-sharp';

it('loads sharp once, on first use', async () => {
  const [a, b] = await Promise.all([loadSharp(), loadSharp()]);
  expect(a).toBe(b);
  const png = await a({ create: { width: 2, height: 2, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
});
