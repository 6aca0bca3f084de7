// A company name wrapped after its first line, only its legal form left beside the caption
// ("Pearl Delta Diamond Co.," over "Limited", the caption half-way between the two rows): a
// reading that is nothing but a legal form is the end of a name, and the run aligned just
// over it is the name's start.
import type { Word } from '../../ingest/word';
import type { Line } from '../layout/lines';
import { isLegalFormWord } from '../normalize/legal-forms';
import type { ValueSpan } from './read-value';

export function withNameAbove(
  lines: readonly Line[],
  isLabel: ReadonlySet<Word>,
  span: ValueSpan,
): ValueSpan {
  const first = span.words[0];
  if (!first || !span.words.every((w) => isLegalFormWord(w.text))) {
    return span;
  }
  const idx = lines.findIndex((l) => l.words.includes(first));
  const h = first.y1 - first.y0;
  for (let li = idx - 1; li >= Math.max(0, idx - 2); li--) {
    const above = lines[li];
    const at = above?.words.findIndex((w) => Math.abs(w.x0 - first.x0) < 0.01) ?? -1;
    const start = above?.words[at];
    if (!above || !start) continue;
    if (first.y0 - start.y1 > h) return span;
    const run: Word[] = [];
    for (const w of above.words.slice(at)) {
      const prev = run[run.length - 1];
      if (isLabel.has(w) || (prev && w.x0 - prev.x1 > 2.5 * above.charW)) break;
      run.push(w);
    }
    return run.length > 0
      ? { ...span, words: [...run, ...span.words], lines: [run, ...span.lines] }
      : span;
  }
  return span;
}
