import { request } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** A server that answers (e.g. 413) and hangs up mid-body is expected, not an error. */
  tolerateHangUp?: boolean;
}

/** One raw HTTP request to the host on 127.0.0.1, with the Host header a browser would send. */
export function sendTo(port: number, path: string, opts: SendOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers: { Host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (opts.tolerateHangUp && (err.code === 'ECONNRESET' || err.code === 'EPIPE')) return;
      reject(err);
    });
    req.end(opts.body);
  });
}
