// String comparison that survives OCR: accents, case and punctuation are dropped before an
// edit distance is taken, so "Pays d'origine", "PAYS D ORIGINE" and "Pavs d'origlne" meet.

/** Lower case, no diacritics, letters and digits only. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? Math.max(a.length, b.length);
}

/** 1 for equal folded strings, towards 0 as edits pile up. */
export function similarity(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa.length === 0 || fb.length === 0) return 0;
  return 1 - levenshtein(fa, fb) / Math.max(fa.length, fb.length);
}
