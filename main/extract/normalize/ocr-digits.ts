// OCR reads 0 as O and 1 as l/I inside numbers. Repairing that is only safe inside a run that
// already holds real digits and is not part of a word ("Oil", "Ltd" stay as they are).

const CONFUSED: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1' };

/**
 * Replaces O/o → 0 and I/l/| → 1 in runs of digits and those letters (with `.`, `,` or `'`
 * between groups) that contain at least one real digit and touch no other letter (a unit or
 * a currency code written against the number, "12O.5ct", "USD1O5", is allowed).
 * Keeps the length of the text, so offsets found afterwards still point into the original.
 */
export function fixOcrDigits(text: string): string {
  return text.replace(
    /(?<=^|[^\p{L}\p{N}]|(?<!\p{L})[A-Z]{3})[0-9OoIl|]+(?:[.,'’][0-9OoIl|]+)*(?=$|[^\p{L}\p{N}]|(?:cts?|kgs?|carats?)(?![\p{L}\p{N}]))/gu,
    (run) => (/\d/.test(run) ? run.replace(/[OoIl|]/g, (c) => CONFUSED[c] ?? c) : run),
  );
}
