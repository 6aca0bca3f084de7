/** Whitespace-insensitive text for comparing OCR with ground truth. */
export function normalizeText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance between the normalised texts, divided by the truth's length. */
export function charErrorRate(truth: string, read: string): number {
  const a = Array.from(normalizeText(truth));
  const b = Array.from(normalizeText(read));
  if (a.length === 0) return b.length === 0 ? 0 : 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return (prev[b.length] ?? 0) / a.length;
}
