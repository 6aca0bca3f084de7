import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, type EventName, type Result } from '../../preload/contract';
import { BodyTooLargeError, isJsonContentType, readBody } from './read-body';
import { SECURITY_HEADERS } from './security-headers';

/** The part of KimberliteService the host binds; the same object Electron's IPC binds. */
export interface HostedService {
  dispatch(name: unknown, payload: unknown): Promise<Result<unknown>>;
  onAny(listener: (event: EventName, payload: unknown) => void): () => void;
}

/** Keeps idle SSE streams alive through proxies and lets us notice dead clients. */
const KEEPALIVE_MS = 15_000;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: ErrorCode.invalidInput, message } });
}

/**
 * `POST /api/call/<name>`: the body is the call's input as JSON; the answer is the service's
 * Result. Errors are data (HTTP 200) once the body is readable, exactly as over IPC.
 */
export async function handleCall(
  service: HostedService,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!isJsonContentType(req.headers['content-type'])) {
    refuse(res, 415, 'Send the call input as JSON (Content-Type: application/json).');
    return;
  }
  let text: string;
  try {
    text = await readBody(req);
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      // Reading the rest would let a client stream forever; answer, then drop the connection.
      res.setHeader('Connection', 'close');
      res.once('finish', () => req.destroy());
      refuse(res, 413, err.message);
      return;
    }
    throw err;
  }
  let payload: unknown;
  try {
    payload = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    refuse(res, 400, 'The request body is not valid JSON.');
    return;
  }
  sendJson(res, 200, await service.dispatch(name, payload));
}

/** `GET /api/events`: every push event as an SSE message named after the event. */
export function handleEvents(
  service: HostedService,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  const unsubscribe = service.onAny((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
  });
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  keepalive.unref();
  const stop = () => {
    clearInterval(keepalive);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('close', stop);
}
