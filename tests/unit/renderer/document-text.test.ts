import { describe, expect, it } from 'vitest';
import type { DocumentSummary, JobProgress, PageSummary } from '../../../preload/contract';
import {
  confidenceLabel,
  documentStatus,
  fileErrorText,
  fileTallyText,
  formatEta,
  formatSize,
  jobCountText,
  jobStateText,
  mediaTypeLabel,
  originalPath,
  pageSourceSummary,
  tallyDocuments,
} from '../../../renderer/features/documents/document-text';

const page = (pageNo: number, textSource: PageSummary['textSource']): PageSummary => ({
  pageNo,
  width: 595,
  height: 842,
  textSource,
  wordCount: 10,
  confidence: textSource === 'ocr' ? 0.873 : 1,
  error: null,
});

const doc = (id: number, status: string, code?: string): DocumentSummary => ({
  id,
  sha256: 'x',
  fileName: `f${id}.pdf`,
  mediaType: 'application/pdf',
  size: 1,
  addedAt: '2025-03-05T10:00:00Z',
  addedBy: 'tester',
  pageCount: 1,
  status,
  error: code ? { code, message: 'detail' } : null,
});

const job = (over: Partial<JobProgress>): JobProgress => ({
  jobId: 1,
  kind: 'ingest',
  state: 'running',
  step: 'Recognising text',
  done: 3,
  total: 12,
  etaSeconds: 118,
  file: 'scan.tif',
  ...over,
});

describe('document words', () => {
  it('says every file error code of the contract in its own plain sentence', () => {
    const codes = [
      'pdf_encrypted',
      'pdf_password_incorrect',
      'pdf_corrupt',
      'unsupported_type',
      'image_too_large',
      'image_corrupt',
      'empty_file',
      'ocr_failed',
      'timeout',
      'file_too_complex',
      'file_unreadable',
      'file_too_large',
    ];
    const fallback = fileErrorText({ code: 'something_new', message: '' });
    const sentences = codes.map((code) => fileErrorText({ code, message: '' }));
    for (const s of sentences) {
      expect(s).not.toBe(fallback);
      expect(s).toMatch(/^[A-Z].*\.$/);
      expect(s).not.toMatch(/_/); // no codes leaking into the words
    }
    expect(new Set(sentences).size).toBe(codes.length);
    expect(fileErrorText({ code: 'pdf_encrypted', message: '' })).toBe(
      'This PDF is password-protected.',
    );
    expect(fileErrorText({ code: 'unsupported_type', message: '' })).toBe(
      'Kimberlite reads PDF, PNG, JPEG, TIFF and WebP files; this is none of them.',
    );
    expect(fallback).toBe('This file could not be read.');
  });

  it('names statuses, types and sizes as people say them', () => {
    expect(documentStatus(doc(1, 'pending'))).toEqual({ label: 'Reading…', tone: 'pending' });
    expect(documentStatus(doc(1, 'added'))).toEqual({ label: 'Ready', tone: 'ready' });
    expect(documentStatus(doc(1, 'pending'), false)).toEqual({
      label: 'Not finished',
      tone: 'stopped',
    });
    expect(documentStatus(doc(1, 'error', 'pdf_corrupt')).label).toBe('Could not be read');
    expect(mediaTypeLabel('application/pdf')).toBe('PDF');
    expect(mediaTypeLabel('image/webp')).toBe('WebP');
    expect(mediaTypeLabel('application/octet-stream')).toBe('Unknown type');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(532)).toBe('532 bytes');
    expect(formatSize(48_200)).toBe('48 KB');
    expect(formatSize(1_400_000)).toBe('1.4 MB');
  });

  it('summarises where the text of the pages came from', () => {
    expect(pageSourceSummary(3, null)).toBe('3 pages');
    expect(pageSourceSummary(1, [page(1, 'text_layer')])).toBe('1 page · text layer');
    expect(
      pageSourceSummary(3, [page(1, 'text_layer'), page(2, 'ocr'), page(3, 'text_layer')]),
    ).toBe('3 pages · 2 text layer, 1 OCR');
    expect(confidenceLabel(page(1, 'ocr'))).toBe('87% confidence');
    expect(confidenceLabel({ ...page(1, 'none'), confidence: null })).toBeNull();
  });

  it('rounds the time left and says how a job stands', () => {
    expect(formatEta(null)).toBeNull();
    expect(formatEta(4)).toBe('a few seconds left');
    expect(formatEta(45)).toBe('less than a minute left');
    expect(formatEta(118)).toBe('about 2 min left');
    expect(formatEta(3 * 3600)).toBe('about 3 hours left');
    expect(jobStateText(job({}))).toBe('Recognising text');
    expect(jobStateText(job({ step: 'reading' }))).toBe('Reading documents');
    expect(jobStateText(job({ step: 'hash_files' }))).toBe('Hash files');
    expect(jobStateText(job({ state: 'queued' }))).toBe('Waiting to start');
    expect(jobStateText(job({ state: 'cancelled' }))).toBe('Cancelled');
    expect(jobCountText(job({}))).toBe('3 of 12 pages');
    expect(jobCountText(job({ total: 0 }))).toBeNull();
  });

  it('tells what a job brought in', () => {
    expect(fileTallyText({ added: 10, duplicate: 1, failed: 1, pending: 0 })).toBe(
      '12 files: 10 added, 1 duplicate, 1 could not be read',
    );
    expect(fileTallyText({ added: 1, duplicate: 0, failed: 0, pending: 0 })).toBe(
      '1 file: 1 added',
    );
    const docs = [
      doc(1, 'added'),
      doc(2, 'added'),
      doc(3, 'error', 'empty_file'),
      doc(4, 'pending'),
    ];
    // 1 was there already; 3 was an error before and still is; 5 was retried into a ready one.
    const baseline = new Map([
      [1, 'added:'],
      [3, 'error:empty_file'],
      [5, 'error:pdf_encrypted'],
    ]);
    docs.push(doc(5, 'added'));
    expect(fileTallyText({ added: 0, duplicate: 0, failed: 0, pending: 0 })).toBe(
      'No new documents',
    );
    expect(tallyDocuments(docs, baseline)).toEqual({
      added: 2,
      duplicate: 0,
      failed: 0,
      pending: 1,
    });
  });

  it('finds the path a document was added from, through the folder it was in', () => {
    const sent = ['/in/loose.pdf', '/cases/shipment/', 'C:\\scans\\box'];
    expect(originalPath('loose.pdf', sent)).toBe('/in/loose.pdf');
    expect(originalPath('shipment/sub/a.pdf', sent)).toBe('/cases/shipment/sub/a.pdf');
    expect(originalPath('box/b.pdf', sent)).toBe('C:\\scans\\box\\b.pdf');
    expect(originalPath('other.pdf', sent)).toBeNull();
  });
});
