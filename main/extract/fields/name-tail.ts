// A name read beside its caption that stops short: its line goes on, past a gap, to a legal
// form ("Importer  Antwerp      ing BVBA" for Antwerp Rough Sorting BVBA), or it is one word
// followed by the rest of a name: the lower-case tail of a broken word or a word that runs on
// with a comma ("Cuango    antes,", "Antwerp    Sorting,"; a plain capitalised word after a
// gap, "Gokhran   Moscow", is another value). OCR lost the words between, and
// the run read is only the name's start, not a name of its own. Words past a label are
// another field's.
import type { Word } from '../../ingest/word';
import type { Line } from '../layout/lines';
import { isLegalFormWord } from '../normalize/legal-forms';

/** How far along the line the rest of a name is looked for, as a share of the page width. */
const REACH = 0.25;

const legalForm = (w: Word) => isLegalFormWord(w.text);

export function nameCutShort(
  lines: readonly Line[],
  isLabel: ReadonlySet<Word>,
  words: readonly Word[],
): boolean {
  const last = words[words.length - 1];
  if (!last || legalForm(last)) return false;
  const line = lines.find((l) => l.words.includes(last));
  if (!line) return false;
  const after: Word[] = [];
  for (const w of line.words.slice(line.words.indexOf(last) + 1)) {
    if (isLabel.has(w) || w.x0 - last.x1 > REACH) break;
    if (/\p{L}{2}/u.test(w.text)) after.push(w);
  }
  const next = after[0]?.text ?? '';
  if (words.length === 1 && (/^\p{Ll}/u.test(next) || next.endsWith(','))) return true;
  return after.slice(0, 3).some(legalForm);
}
