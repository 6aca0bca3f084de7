// The trade words of diamond company names ("Rough", "Diamonds", "Trading"…) as OCR misspells
// them: "Diamends", "Raugh", "Tradlng". A word one of OCR's usual letter confusions away from
// one of these words, and not itself one, is put right; a word off by any other letter is a
// different name ("Rouge" stays Rouge), and names are otherwise left as printed.

import { oneConfusionApart } from './one-confusion';

const WORDS = [
  'diamonds',
  'diamond',
  'rough',
  'trading',
  'traders',
  'gems',
  'stones',
  'exports',
  'imports',
  'importers',
  'exporters',
  'international',
  'sorting',
  'mining',
  'diamantes',
  'diamants',
  'comercial',
  'commercial',
  'negoce',
];

// Letters OCR swaps in running text (either way).
const PAIRS = new Set([
  'e:o',
  'a:o',
  'c:e',
  'n:u',
  'i:l',
  'l:t',
  'h:b',
  'c:o',
  'u:v',
  'i:t',
  'a:e',
  // A stroke of an "i" run into the dot: "Dramantes", "Dramond".
  'i:r',
]);

function shaped(like: string, word: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  return /^\p{Lu}/u.test(like) ? `${(word[0] ?? '').toUpperCase()}${word.slice(1)}` : word;
}

/** The name with misspelt trade words repaired ("Al Safa Rough Diamends" → "…Diamonds"). */
export function repairTradeWords(name: string): string {
  return name.replace(/\p{L}{4,}/gu, (w) => {
    const lower = w.toLowerCase();
    if (WORDS.includes(lower)) return w;
    const hit = WORDS.find((t) => oneConfusionApart(lower, t, PAIRS));
    return hit ? shaped(w, hit) : w;
  });
}
