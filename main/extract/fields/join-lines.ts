// The lines of an address (or any value over several lines) as one text: each line a piece
// of its own, separated by a comma, unless the line was broken inside a piece.
import type { Word } from '../../ingest/word';
import { textOf } from '../layout/lines';
import { lookupCountry } from '../normalize/country';

// Words a piece does not end on: the line after them goes on with the same piece
// ("United States of" / "America", "Ministério dos Recursos Minerais e" / "Petróleos").
const GOES_ON = /^(?:of|the|and|&|de|du|des|da|do|dos|das|et|e|y|-)$/iu;

/** True when the line break after `before` falls inside a piece, not between two. */
function brokenInside(before: string, after: string): boolean {
  const last = before.split(/\s+/u).pop() ?? '';
  if (GOES_ON.test(last)) return true;
  // A country's name wrapped between its words ("… NY 10036, United" / "States of America").
  const tail = before.split(',').pop()?.trim() ?? '';
  const head = after.split(',')[0]?.trim() ?? '';
  return (
    tail !== '' &&
    head !== '' &&
    lookupCountry(`${tail} ${head}`) !== null &&
    lookupCountry(tail) === null &&
    lookupCountry(head) === null
  );
}

export function joinLines(lines: readonly (readonly Word[])[]): string {
  return lines
    .map((l) => textOf(l))
    .reduce(
      (acc, l) =>
        acc === '' ? l : acc.endsWith(',') || brokenInside(acc, l) ? `${acc} ${l}` : `${acc}, ${l}`,
      '',
    );
}
