// The Content-Security-Policy of every response the renderer receives. It matches the <meta>
// tag in renderer/index.html; the header is authoritative because a meta tag can be removed
// by anything that rewrites the document and does not cover every response type.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

type HeaderMap = Record<string, string[]>;

/**
 * Response headers with our policy forced in: any CSP the server sent (the dev server sends
 * none, but a proxy could) is dropped so a looser one cannot win.
 */
export function withSecurityHeaders(headers: HeaderMap | undefined): HeaderMap {
  const out: HeaderMap = {};
  const ours = new Set(Object.keys(SECURITY_HEADERS).map((k) => k.toLowerCase()));
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy-report-only' || ours.has(lower)) continue;
    out[name] = value;
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) out[name] = [value];
  return out;
}
