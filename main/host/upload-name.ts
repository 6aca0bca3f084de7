/**
 * The browser sends a dropped file's name in `X-File-Name` (URI-encoded, since headers are
 * Latin-1). The name is only ever a label for the staged copy: it is reduced to one safe path
 * segment here and never used to pick a folder.
 */
const MAX_NAME_BYTES = 180;

/** Names Windows refuses whatever the extension; harmless elsewhere, so refused everywhere. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A decoded header value, or null when it is missing or not valid percent-encoding. */
export function decodeFileNameHeader(header: string | string[] | undefined): string | null {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw.length === 0 || raw.length > 4096) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Trims to `max` UTF-8 bytes without splitting a character. */
function clipBytes(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * One file-name segment safe on every OS: the last segment of whatever path was sent, without
 * control characters or characters Windows forbids, no leading dots (no hidden files, no `..`),
 * clipped with its extension kept (ingest sniffs content, but people read the extension).
 */
export function sanitizeFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  let clean = last
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly the target
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (WINDOWS_RESERVED.test(clean)) clean = `_${clean}`;
  if (Buffer.byteLength(clean) > MAX_NAME_BYTES) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clipBytes(clean.slice(0, clean.length - ext.length), MAX_NAME_BYTES - ext.length) + ext;
  }
  return clean.length > 0 ? clean : 'upload';
}
