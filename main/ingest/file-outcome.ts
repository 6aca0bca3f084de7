import { readFile, stat } from 'node:fs/promises';
import type { IngestFileResult } from '../../preload/contract';
import type { IngestErrorCode } from './ingest-error';

/** Larger files are refused unread: no scan bundle an auditor receives comes near it. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export type Outcome = Omit<IngestFileResult, 'file' | 'seconds'>;

export const failure = (
  sha256: string | null,
  code: IngestErrorCode,
  message: string,
): Outcome => ({
  sha256,
  status: 'error',
  pages: 0,
  text_source: { text_layer: 0, ocr: 0 },
  documents: 0,
  error: { code, message },
});

export interface Source {
  name: string;
  /** The bytes, or an Outcome when the file is refused before being read. */
  load: () => Promise<Uint8Array | Outcome>;
}

export async function readSource(path: string, name: string): Promise<Uint8Array | Outcome> {
  try {
    const s = await stat(path);
    if (s.size > MAX_FILE_BYTES) {
      return failure(
        null,
        'file_too_large',
        `${name} is ${Math.round(s.size / 2 ** 20)} MB; files over ${MAX_FILE_BYTES / 2 ** 20} MB are not read.`,
      );
    }
    return new Uint8Array(await readFile(path));
  } catch (err) {
    return failure(null, 'file_unreadable', `${name} cannot be read (${(err as Error).message}).`);
  }
}

/** An outcome known at once (the file was refused or is already there). */
export function settled(outcome: Outcome): { finished: Promise<Outcome> } {
  return { finished: Promise.resolve(outcome) };
}
