// `POST /api/upload`: the browser host's way to hand dropped files to the service. A page cannot
// learn a dropped file's path, so the bytes are streamed to a private staging folder and the
// staged path is returned for `documents.add`. Electron needs none of this (it has real paths).
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendJson } from './api-routes';
import { decodeFileNameHeader, sanitizeFileName } from './upload-name';

/** Bigger than any shipment document we expect; a cap so one drop cannot fill the disk. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

/**
 * One folder per running host (mkdtemp: 0700, unpredictable name), one sub-folder per upload so
 * two drops of `invoice.pdf` keep their names — the name is what the auditor sees in the list.
 */
export class UploadStaging {
  private root: Promise<string> | null = null;
  private seq = 0;

  constructor(readonly limit: number = MAX_UPLOAD_BYTES) {}

  /** Created on first upload, so a host nobody drops files on leaves nothing in /tmp. */
  private folder(): Promise<string> {
    this.root ??= mkdtemp(join(tmpdir(), 'kimberlite-upload-'));
    return this.root;
  }

  async slot(fileName: string): Promise<{ dir: string; path: string }> {
    const dir = join(await this.folder(), String(++this.seq));
    await mkdir(dir, { mode: 0o700 });
    return { dir, path: join(dir, fileName) };
  }

  /**
   * Removes everything staged. Ingest stores the original bytes in the case file when it reads
   * a file, so staged copies are not needed once the host stops.
   */
  async dispose(): Promise<void> {
    if (this.root) await rm(await this.root, { recursive: true, force: true });
  }
}

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

type Received = 'ok' | 'too_large' | 'aborted';

/**
 * Streams the body to `file`, honouring backpressure, and stops at `limit` bytes. Listeners
 * rather than pipeline(): pipeline would destroy the socket before a 413 could be sent.
 */
function receive(req: IncomingMessage, file: string, limit: number): Promise<Received> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
    let size = 0;
    let settled = false;
    const settle = (result: Received | Error) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      if (result === 'ok') return resolve(result);
      req.pause();
      // Wait for the file to be closed so the caller can delete it.
      out.once('close', () => (result instanceof Error ? reject(result) : resolve(result)));
      out.destroy();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return settle('too_large');
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    };
    const onEnd = () => out.end();
    const onClose = () => {
      if (!req.complete) settle('aborted');
    };
    out.once('close', () => {
      if (!settled && req.complete) {
        settled = true;
        resolve('ok');
      }
    });
    out.once('error', (err) => settle(err));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  });
}

export async function handleUpload(
  staging: UploadStaging,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // A non-form type plus a custom header: a cross-site form or simple fetch cannot send this.
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/octet-stream') {
    fail(res, 415, 'invalid_input', 'Send the file as application/octet-stream.');
    return;
  }
  const sent = decodeFileNameHeader(req.headers['x-file-name']);
  if (sent === null) {
    fail(res, 400, 'invalid_input', 'Name the file in the X-File-Name header (URI-encoded).');
    return;
  }
  const tooLarge = () => {
    // Reading the rest would let a client stream forever; answer, then drop the connection.
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.destroy());
    const mib = Math.round(staging.limit / (1024 * 1024));
    fail(res, 413, 'file_too_large', `The file is larger than the ${mib} MiB upload limit.`);
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > staging.limit) {
    tooLarge();
    return;
  }
  const { dir, path } = await staging.slot(sanitizeFileName(sent));
  let result: Received;
  try {
    result = await receive(req, path, staging.limit);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  if (result === 'ok') {
    sendJson(res, 200, { ok: true, value: { path } });
    return;
  }
  await rm(dir, { recursive: true, force: true });
  if (result === 'too_large') tooLarge();
  // 'aborted': the client is gone; there is nobody to answer.
}
