import { expect, it } from 'vitest';
import { pdfjs } from '../../../main/ingest/pdf/pdfjs';

const BUILTINS = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
  [Function.prototype, 'toString'],
] as const;
const own = () => BUILTINS.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));
const native = own();

it("keeps Node's own built-ins that pdf.js's legacy build replaces, and what it adds", async () => {
  const lib = await pdfjs();
  expect(typeof lib.getDocument).toBe('function');
  expect(own()).toEqual(native);
  // Its worker half is loaded in this thread too, and features it adds stay.
  expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeDefined();
  expect('withResolvers' in Promise).toBe(true);
});
