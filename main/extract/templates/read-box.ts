// Reading a field's value out of a box on a page, with the same validators the engine uses
// for that field's kind: a box only yields what would pass as that field anywhere else.
import type { Word } from '../../ingest/word';
import { interpret, type Kind } from '../fields/kinds';
import { narrowTo } from '../fields/engine';
import { groupLines, type Line, textOf } from '../layout/lines';
import type { Bbox, FieldValue } from '../types';
import { centre, inside } from './page-frame';

export interface BoxReading {
  value: FieldValue;
  text: string;
  /** The words the value came from (upright frame). */
  words: Word[];
  validity: number;
}

/** Leading words a drawn box may catch before the value ("Carats:" left of the number). */
const MAX_DROPPED = 4;

function textFor(kind: Kind, lines: readonly Line[]): string {
  if (kind !== 'address') return textOf(lines.flatMap((l) => l.words));
  // Address lines join as the engine joins them: "12 Rue X, 75001 Paris".
  return lines
    .map((l) => textOf(l.words))
    .reduce((acc, l) => (acc === '' ? l : acc.endsWith(',') ? `${acc} ${l}` : `${acc}, ${l}`), '');
}

function interpretWords(kind: Kind, words: readonly Word[]): BoxReading | null {
  const lines = groupLines(words);
  const text = textFor(kind, lines);
  const r = interpret(kind, text);
  if (!r) return null;
  const ordered = lines.flatMap((l) => l.words);
  return {
    value: r.value,
    text: r.part ?? text,
    words: r.part ? narrowTo(ordered, r.part) : ordered,
    validity: r.validity,
  };
}

/** Words whose centre lies in the box (upright frame), in reading order. */
export function wordsInBox(words: readonly Word[], box: Bbox, margin = 0): Word[] {
  return groupLines(words.filter((w) => inside(centre(w), box, margin))).flatMap((l) => l.words);
}

/**
 * The runs the box's words belong to, grown sideways on their lines up to a column gap or a
 * label: a value longer than the one the box was drawn around is still read whole.
 */
export function growToRuns(page: readonly Word[], picked: readonly Word[], isLabel: Set<Word>) {
  const chosen = new Set(picked);
  for (const line of groupLines(page)) {
    const idx = line.words.flatMap((w, i) => (chosen.has(w) ? [i] : []));
    if (idx.length === 0) continue;
    const gap = 2.5 * line.charW;
    for (let i = (idx[idx.length - 1] ?? 0) + 1; i < line.words.length; i++) {
      const w = line.words[i];
      const prev = line.words[i - 1];
      if (!w || !prev || isLabel.has(w) || w.x0 - prev.x1 > gap) break;
      chosen.add(w);
    }
    for (let i = (idx[0] ?? 0) - 1; i >= 0; i--) {
      const w = line.words[i];
      const next = line.words[i + 1];
      if (!w || !next || isLabel.has(w) || next.x0 - w.x1 > gap) break;
      chosen.add(w);
    }
  }
  return page.filter((w) => chosen.has(w));
}

/**
 * The value of `kind` the words hold: all of them, else without up to four leading words
 * (a caption caught in the box). Null when nothing there reads as that kind.
 */
export function readWords(kind: Kind, words: readonly Word[]): BoxReading | null {
  const ordered = groupLines(words).flatMap((l) => l.words);
  for (let drop = 0; drop <= Math.min(MAX_DROPPED, ordered.length - 1); drop++) {
    const r = interpretWords(kind, ordered.slice(drop));
    if (r) return r;
  }
  return null;
}

/** Runs of the value's number of lines, nearest the middle first (all lines first for an address). */
function lineWindows(kind: Kind, words: readonly Word[], n: number, middle: number): Word[][] {
  const lines = groupLines(words);
  const tries: Word[][] = [];
  if (kind === 'address' || lines.length <= n) tries.push(lines.flatMap((l) => l.words));
  const windows: { words: Word[]; off: number }[] = [];
  for (let i = 0; i + n <= lines.length && lines.length > n; i++) {
    const ls = lines.slice(i, i + n);
    const mid = ((ls[0]?.y0 ?? 0) + (ls[ls.length - 1]?.y1 ?? 0)) / 2;
    windows.push({ words: ls.flatMap((l) => l.words), off: Math.abs(mid - middle) });
  }
  tries.push(...windows.sort((a, b) => a.off - b.off).map((w) => w.words));
  return tries.filter((t) => t.length > 0);
}

/**
 * Reads a box carried to another page of the layout. Of the lines the box catches, as many as
 * the value took on the source page are read, nearest the box's middle first (the box, carried
 * a little off, also catches the caption above or the address line below a name); each is
 * grown sideways to its run. Label words are left out first, and kept as a last resort (the
 * label finder sometimes claims a value: a lone "9" beside "parcels").
 */
export function readCarried(
  kind: Kind,
  page: readonly Word[],
  picked: readonly Word[],
  isLabel: Set<Word>,
  opts: { valueLines: number; middle: number },
): BoxReading | null {
  const n = Math.max(1, opts.valueLines);
  const unlabelled = picked.filter((w) => !isLabel.has(w));
  const tries = [
    ...lineWindows(kind, unlabelled, n, opts.middle).map((ws) => growToRuns(page, ws, isLabel)),
    ...lineWindows(kind, picked, n, opts.middle),
  ];
  for (const words of tries) {
    const r = readWords(kind, words);
    if (r) return r;
  }
  return null;
}
