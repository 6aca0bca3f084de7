// A name read beside its caption that stops at a gap, with its legal form further along the
// line ("Importer  Antwerp      ing BVBA" for Antwerp Rough Sorting BVBA): OCR lost the words
// between, and the run before the gap is only the name's start, not a name of its own.
import type { Word } from '../../ingest/word';
import type { Line } from '../layout/lines';
import { isLegalForm } from '../normalize/legal-forms';

/** How far along the line the rest of a name is looked for, as a share of the page width. */
const REACH = 0.25;

export function nameCutShort(
  lines: readonly Line[],
  isLabel: ReadonlySet<Word>,
  words: readonly Word[],
): boolean {
  const last = words[words.length - 1];
  if (!last || isLegalForm(last.text.replace(/[,;:]+$/u, ''))) return false;
  const line = lines.find((l) => l.words.includes(last));
  if (!line) return false;
  const after: Word[] = [];
  for (const w of line.words.slice(line.words.indexOf(last) + 1)) {
    if (isLabel.has(w) || w.x0 - last.x1 > REACH) break;
    after.push(w);
  }
  const end = after[after.length - 1];
  return end !== undefined && isLegalForm(end.text.replace(/[,;:]+$/u, ''));
}
