// `kimberlite ingest` starts a reader before it loads the rest of the CLI, only when a path
// it was given has something to read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prestartForIngest } from '../../../main/cli/ingest-prestart';
import { PrepareThread } from '../../../main/ingest/prepare/prepare-thread';
import { READER_HEAP_MB, spareReaderCount } from '../../../main/ingest/prepare/spare-readers';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const taker = new PrepareThread({ pageTimeoutMs: 60_000, maxHeapMb: READER_HEAP_MB });
afterAll(() => taker.kill());

describe('prestartForIngest', () => {
  it('starts no reader for empty folders, missing paths or another command', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    prestartForIngest(['ingest', 'case.kimb', empty, join(dir, 'missing.pdf'), '--json']);
    prestartForIngest(['extract', dir]);
    expect(spareReaderCount()).toBe(0);
  });

  it('starts one reader when a folder has a file, and a reader takes it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.pdf'), '%PDF-1.4\n');
    prestartForIngest(['ingest', 'case.kimb', '--jobs', '2', dir]);
    expect(spareReaderCount()).toBe(1);
    await taker.thumbnail(new Uint8Array([1, 2, 3]), 'image/png', 1).catch(() => undefined);
    expect(spareReaderCount()).toBe(0);
  });
});
