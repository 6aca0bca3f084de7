// A file's pages into documents: a page joins the document before it when it is of the same
// type without a fresh title, says it continues, or cannot be classified on its own.
import type { DocType, PageWords } from '../types';
import { classifyPage, type PageClass } from './classify-page';

export interface PageRange {
  type: DocType;
  pages: number[];
  confidence: number;
}

export function splitDocuments(pages: readonly PageWords[]): PageRange[] {
  const out: (PageRange & { classes: PageClass[] })[] = [];
  for (const p of pages) {
    const c = classifyPage(p.words);
    const cur = out[out.length - 1];
    const joins =
      cur !== undefined &&
      ((c.continuation && !(c.titled && c.type !== cur.type)) ||
        (c.type === 'other' && cur.type !== 'other') ||
        (c.type === cur.type && !c.titled));
    if (cur && joins) {
      cur.pages.push(p.pageNo);
      cur.classes.push(c);
    } else {
      out.push({ type: c.type, pages: [p.pageNo], confidence: c.confidence, classes: [c] });
    }
  }
  return out.map(({ type, pages: ps, confidence }) => ({ type, pages: ps, confidence }));
}
