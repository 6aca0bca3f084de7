import { expect, it } from 'vitest';
import { pdfjs } from '../../../main/ingest/pdf/pdfjs';

const native = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
  toString: Function.prototype.toString,
};

it("keeps Node's own built-ins that pdf.js's legacy build replaces, and what it adds", async () => {
  const lib = await pdfjs();
  expect(typeof lib.getDocument).toBe('function');
  expect(Array.prototype.push).toBe(native.push);
  expect(JSON.parse).toBe(native.parse);
  expect(JSON.stringify).toBe(native.stringify);
  expect(Function.prototype.toString).toBe(native.toString);
  // Its worker half is loaded in this thread too, and features it adds stay.
  expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeDefined();
  expect(typeof Promise.withResolvers).toBe('function');
});
