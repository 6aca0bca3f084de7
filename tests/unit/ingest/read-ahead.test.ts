import { describe, expect, it } from 'vitest';
import type { PrepareEvent } from '../../../main/ingest/prepare/prepare-pages';
import type { PreparedPage } from '../../../main/ingest/prepare/prepared-page';
import { ReadAhead } from '../../../main/ingest/prepare/read-ahead';

const base = { width: 612, height: 792, thumbnail: null };
const textPage = (pageNo: number): PreparedPage => ({
  ...base,
  pageNo,
  textSource: 'text_layer',
  words: [],
});
const ocrPage = (pageNo: number): PreparedPage => ({
  ...base,
  pageNo,
  textSource: 'ocr',
  ocr: {
    gray: { width: 1, height: 1, data: Buffer.alloc(1) },
    rotations: [],
    scale: 1,
    pageWidth: 1,
    pageHeight: 1,
  },
  textLayer: 'empty',
});

/** A file's events, recording which ones have been read (asked of the generator). */
function file(events: PrepareEvent[], failAt = -1) {
  const read: number[] = [];
  async function* gen(): AsyncGenerator<PrepareEvent> {
    for (const [i, e] of events.entries()) {
      read.push(i);
      if (i === failAt) throw new Error('page broke');
      await Promise.resolve();
      yield e;
    }
  }
  return { reader: new ReadAhead(gen()), read };
}

describe('ReadAhead', () => {
  it('reads the next page while a text-layer page is being stored', async () => {
    const { reader, read } = file([
      { kind: 'meta', pages: 2 },
      { kind: 'page', page: textPage(1) },
      { kind: 'page', page: textPage(2) },
    ]);
    const meta = await reader.next();
    expect(read).toEqual([0]);
    if (meta.done) throw new Error('no meta');
    reader.handedOver(meta.value);
    expect(read).toEqual([0, 1]); // page 1 is being read before it is asked for
    const first = await reader.next();
    if (first.done) throw new Error('no page');
    reader.handedOver(first.value);
    expect(read).toEqual([0, 1, 2]);
    const second = await reader.next();
    expect(second.done).toBe(false);
    if (!second.done) expect(second.value).toEqual({ kind: 'page', page: textPage(2) });
  });

  it('waits to be asked after a page for OCR', async () => {
    const { reader, read } = file([
      { kind: 'page', page: ocrPage(1) },
      { kind: 'page', page: textPage(2) },
    ]);
    const first = await reader.next();
    if (first.done) throw new Error('no page');
    reader.handedOver(first.value);
    expect(read).toEqual([0]);
    await reader.next();
    expect(read).toEqual([0, 1]);
  });

  it('gives a page read ahead that failed to the caller who asks for it', async () => {
    const { reader } = file(
      [
        { kind: 'page', page: textPage(1) },
        { kind: 'page', page: textPage(2) },
      ],
      1,
    );
    const first = await reader.next();
    if (first.done) throw new Error('no page');
    reader.handedOver(first.value);
    await new Promise((r) => setTimeout(r, 10)); // the failure is not unhandled meanwhile
    await expect(reader.next()).rejects.toThrow('page broke');
  });
});
