// Browser host only: a page cannot learn a dropped file's path, so the bytes go to the host's
// `POST /api/upload`, which answers the staged path for `documents.add`. Under Electron files
// have real paths and nothing is uploaded.
import type { Result } from '../../preload/contract';

export type Uploader = (file: File) => Promise<Result<{ path: string }>>;

export const uploadFile: Uploader = async (file) => {
  let response: Response;
  try {
    response = await fetch('/api/upload', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        // Headers are Latin-1; the host decodes this and keeps only a safe file name.
        'X-File-Name': encodeURIComponent(file.name),
      },
      body: file,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return {
      ok: false,
      error: { code: 'host_unreachable', message: `${file.name} could not be sent to Kimberlite.` },
    };
  }
  try {
    return (await response.json()) as Result<{ path: string }>;
  } catch {
    return {
      ok: false,
      error: { code: 'host_error', message: `Kimberlite answered HTTP ${response.status}.` },
    };
  }
};
