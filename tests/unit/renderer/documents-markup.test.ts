// The documents panel's pieces rendered to HTML (no DOM here): roles, names and words an
// auditor and a screen reader get. Interaction is covered end to end (tests/e2e/host-ingest).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary, JobProgress } from '../../../preload/contract';
import { DocumentList } from '../../../renderer/features/documents/document-list';
import { JobList } from '../../../renderer/features/documents/job-list';
import type { DocumentCache } from '../../../renderer/features/documents/use-documents';

const job = (over: Partial<JobProgress>): JobProgress => ({
  jobId: 7,
  kind: 'ingest',
  state: 'running',
  step: 'Recognising text',
  done: 3,
  total: 12,
  etaSeconds: 118,
  file: 'scan-0042.tif',
  ...over,
});

const doc = (over: Partial<DocumentSummary>): DocumentSummary => ({
  id: 1,
  sha256: 'ab',
  fileName: 'invoice.pdf',
  mediaType: 'application/pdf',
  size: 48_200,
  addedAt: '2025-03-05T10:00:00Z',
  addedBy: 'tester',
  pageCount: 3,
  status: 'added',
  error: null,
  ...over,
});

const cache: DocumentCache = {
  thumbnails: { '1:1': 'data:image/png;base64,AA==' },
  pages: {},
  loadThumbnail: () => undefined,
  loadPages: () => undefined,
};

const noop = () => undefined;

describe('JobList markup', () => {
  it('a running job is a labelled progressbar with its numbers, file, ETA and Cancel', () => {
    const html = renderToStaticMarkup(
      createElement(JobList, {
        jobs: [job({})],
        tallies: new Map(),
        onCancel: noop,
        onDismiss: noop,
      }),
    );
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuenow="3"');
    expect(html).toContain('aria-valuemax="12"');
    expect(html).toContain('aria-labelledby="job-7-label"');
    expect(html).toContain('3 of 12 pages');
    expect(html).toContain('about 2 min left');
    expect(html).toContain('scan-0042.tif');
    expect(html).toMatch(/<button[^>]*>Cancel<\/button>/);
    expect(html).toContain('width:25%');
  });

  it('an unknown total gives an indeterminate bar without aria-valuenow', () => {
    const html = renderToStaticMarkup(
      createElement(JobList, {
        jobs: [job({ state: 'queued', total: 0, done: 0, etaSeconds: null })],
        tallies: new Map(),
        onCancel: noop,
        onDismiss: noop,
      }),
    );
    expect(html).toContain('bar-indeterminate');
    expect(html).not.toContain('aria-valuenow');
    expect(html).toContain('Waiting to start');
  });

  it('a finished job collapses to one status line with what it brought in', () => {
    const html = renderToStaticMarkup(
      createElement(JobList, {
        jobs: [job({ state: 'done' })],
        tallies: new Map([[7, { added: 10, duplicate: 1, failed: 1, pending: 0 }]]),
        onCancel: noop,
        onDismiss: noop,
      }),
    );
    expect(html).not.toContain('progressbar');
    expect(html).toContain('role="status"');
    expect(html).toContain('Finished');
    expect(html).toContain('12 files: 10 added, 1 duplicate, 1 could not be read');
  });
});

describe('DocumentList markup', () => {
  const retry = { pathOf: () => null, retry: () => Promise.resolve(null) };

  it('a ready document: thumbnail with alt text, expandable name, type, size, pages, badge', () => {
    const html = renderToStaticMarkup(
      createElement(DocumentList, { documents: [doc({})], reading: false, cache, retry }),
    );
    expect(html).toContain('aria-label="Documents in this case"');
    expect(html).toContain('alt="First page of invoice.pdf"');
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>.*invoice\.pdf<\/button>/);
    expect(html).toContain('PDF · 48 KB · 3 pages');
    expect(html).toContain('>Ready<');
  });

  it('an unreadable document: plain words first, the service message as detail, no expander', () => {
    const html = renderToStaticMarkup(
      createElement(DocumentList, {
        documents: [
          doc({
            fileName: 'notes.pdf',
            mediaType: 'application/octet-stream',
            size: 12,
            pageCount: 0,
            status: 'error',
            error: { code: 'unsupported_type', message: 'The content is plain text.' },
          }),
        ],
        reading: false,
        cache,
        retry,
      }),
    );
    expect(html).toContain('>Could not be read<');
    expect(html).toContain(
      'Kimberlite reads PDF, PNG, JPEG, TIFF and WebP files; this is none of them.',
    );
    expect(html).toContain('The content is plain text.');
    expect(html).not.toContain('aria-expanded');
    expect(html).not.toContain('Password');
  });

  it('a password-protected PDF offers a retry, asking for the path only when unknown', () => {
    const locked = doc({
      status: 'error',
      pageCount: 0,
      error: { code: 'pdf_encrypted', message: 'Encrypted with AES-256.' },
    });
    const unknown = renderToStaticMarkup(
      createElement(DocumentList, { documents: [locked], reading: false, cache, retry }),
    );
    expect(unknown).toContain('This PDF is password-protected.');
    expect(unknown).toContain('type="password"');
    expect(unknown).toContain('Where is invoice.pdf on this computer?');
    expect(unknown).toMatch(/<button type="submit"[^>]*>Retry<\/button>/);

    const known = renderToStaticMarkup(
      createElement(DocumentList, {
        documents: [locked],
        reading: false,
        cache,
        retry: { ...retry, pathOf: () => '/in/invoice.pdf' },
      }),
    );
    expect(known).toContain('type="password"');
    expect(known).not.toContain('Where is');
  });

  it('a document still being read says so and shows no thumbnail yet', () => {
    const html = renderToStaticMarkup(
      createElement(DocumentList, {
        documents: [doc({ id: 2, status: 'pending', pageCount: 0 })],
        reading: true,
        cache,
        retry,
      }),
    );
    expect(html).toContain('>Reading…<');
    expect(html).not.toContain('<img');
  });

  it('a document left pending with no job running says it was stopped, not Reading…', () => {
    const html = renderToStaticMarkup(
      createElement(DocumentList, {
        documents: [doc({ id: 2, status: 'pending', pageCount: 0 })],
        reading: false,
        cache,
        retry,
      }),
    );
    expect(html).toContain('>Not finished<');
    expect(html).toContain('Reading stopped before this file was finished.');
    expect(html).not.toContain('Reading…');
  });
});
