// The pure entry point: positioned words of a file's pages in, typed documents with their
// fields out. No I/O; the CLI's `extract --json` and ingest both call this.
import type { Word } from '../ingest/word';
import { dropCrumbs } from './layout/crumbs';
import { deskew } from './layout/deskew';
import { turnWord } from './layout/upright';
import { splitDocuments } from './classify/split-documents';
import { extractFields } from './documents/extract-type';
import type { ExtractedDocument, PageWords } from './types';

export type { ExtractedDocument, ExtractedField, PageWords } from './types';

export function extractDocuments(pages: readonly PageWords[]): ExtractedDocument[] {
  const original = new Map<Word, Word>();
  const sorted = [...pages]
    .sort((a, b) => a.pageNo - b.pageNo)
    .map((p) => {
      const stored = new Map<Word, Word>();
      const upright = p.words.map((w) => {
        const t = turnWord(w, p.rotation ?? 0);
        stored.set(t, w);
        return t;
      });
      const d = deskew(dropCrumbs(upright));
      for (const [k, v] of d.original) original.set(k, stored.get(v) ?? v);
      return { pageNo: p.pageNo, words: d.words };
    });
  return splitDocuments(sorted).map((d) => {
    const own = sorted.filter((p) => d.pages.includes(p.pageNo));
    return {
      type: d.type,
      pages: d.pages,
      confidence: d.confidence,
      fields: d.type === 'other' ? {} : extractFields(d.type, own, original),
    };
  });
}
