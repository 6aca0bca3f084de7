import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { enableRelaxedSimd } from '../../../main/ingest/ocr/relaxed-simd';

// i32x4.relaxed_dot_i8x16_i7x16_add_s in a function body: valid only with relaxed SIMD.
const PROBE = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 15, 1, 13, 0, 65, 1, 253, 15,
  65, 2, 253, 15, 253, 128, 2, 11,
];

it('lets worker threads started afterwards (where OCR runs) use relaxed SIMD', async () => {
  enableRelaxedSimd();
  const worker = new Worker(
    `require('node:worker_threads').parentPort.postMessage(WebAssembly.validate(new Uint8Array(${JSON.stringify(PROBE)})))`,
    { eval: true },
  );
  const supported = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  expect(supported).toBe(true);
});
