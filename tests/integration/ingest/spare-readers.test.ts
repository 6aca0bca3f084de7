// `kimberlite ingest` starts a reader thread before it knows its files; the first reader the
// run asks for is that one, already started, not a second thread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PrepareThread } from '../../../main/ingest/prepare/prepare-thread';
import { prestartReaders, spareReaderCount } from '../../../main/ingest/prepare/spare-readers';
import { repoRoot } from '../../helpers/run-cli';

const invoice = new Uint8Array(
  readFileSync(join(repoRoot, 'resources', 'samples', 'S1-invoice.pdf')),
);
const threads: PrepareThread[] = [];
afterAll(() => Promise.all(threads.map((t) => t.kill())));

async function pagesRead(thread: PrepareThread): Promise<string[]> {
  const sources: string[] = [];
  for await (const e of thread.prepare(invoice, 'application/pdf', { fileName: 'invoice' })) {
    if (e.kind === 'page') sources.push(e.page.textSource);
  }
  return sources;
}

describe('prestarted reader threads', () => {
  it('are taken by the next readers with their heap limit, which then read with them', async () => {
    prestartReaders(1, 300);
    expect(spareReaderCount()).toBe(1);
    const other = new PrepareThread({ pageTimeoutMs: 60_000, maxHeapMb: 320 });
    const same = new PrepareThread({ pageTimeoutMs: 60_000, maxHeapMb: 300 });
    threads.push(other, same);
    expect(await pagesRead(other)).toContain('text_layer');
    expect(spareReaderCount()).toBe(1); // another heap limit: a thread of its own
    expect(await pagesRead(same)).toContain('text_layer');
    expect(spareReaderCount()).toBe(0);
  });

  it('are replaced like any reader when the thread is killed', async () => {
    prestartReaders(1, 300);
    const reader = new PrepareThread({ pageTimeoutMs: 60_000, maxHeapMb: 300 });
    threads.push(reader);
    expect(await pagesRead(reader)).toContain('text_layer');
    await reader.kill();
    expect(await pagesRead(reader)).toContain('text_layer');
  });
});
