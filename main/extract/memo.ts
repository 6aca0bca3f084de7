// Answers of pure functions kept for reuse: a page's words are read by several passes
// (classification, each field reader) and texts repeat across pages and documents.

/**
 * `f` remembering its answers for the last texts it was given; the memory is emptied when it
 * holds `limit` texts, so a long run of documents never grows it without end.
 */
export function rememberByText<T>(f: (text: string) => T, limit = 20_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    const answer = f(text);
    if (seen.size >= limit) seen.clear();
    seen.set(text, answer);
    return answer;
  };
}

/**
 * `f` remembering its answer for each object for as long as the object lives. Answers are
 * shared by every caller: read them, never change them.
 */
export function rememberByObject<K extends object, T>(f: (key: K) => T): (key: K) => T {
  const seen = new WeakMap<K, T>();
  return (key) => {
    if (seen.has(key)) return seen.get(key) as T;
    const answer = f(key);
    seen.set(key, answer);
    return answer;
  };
}
