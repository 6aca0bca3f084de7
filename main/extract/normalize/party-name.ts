// Company names compared across documents (party.mismatch): "Kalahari Rough Trading (Pty) Ltd"
// on the certificate, "KALAHARI ROUGH TRADING PTY LTD" on the invoice, "Kalahari Rougli
// Trading" from a poor scan — the same party.
//
// Decisions:
// - Legal forms are split off (and compared by nobody): documents drop or abbreviate them.
// - Similarity is token-based: each token's best Jaro-Winkler match in the other name,
//   weighted by token length; trade words (diamonds, gems, trading…) weigh a third, so two
//   firms sharing only "Diamond Trading" do not look alike. The result is the better of that
//   and a character-level similarity of the joined names (catches "DiamCo" vs "Diam Co").
import { foldText } from './fold-text';
import { editSimilarity, jaroWinkler } from './string-distance';

// Folded, longest first. Multi-word forms are matched as whole token runs at the end.
const LEGAL_FORMS = [
  'proprietary limited',
  'private limited',
  'pty ltd',
  'pvt ltd',
  'pte ltd',
  'pte',
  'fz llc',
  's a r l',
  'l l c',
  'b v',
  'n v',
  's a',
  'limited',
  'ltd',
  'llc',
  'llp',
  'pty',
  'pvt',
  'bv',
  'nv',
  'bvba',
  'sa',
  'sarl',
  'sas',
  'sprl',
  'srl',
  'spa',
  'fze',
  'fzco',
  'fzc',
  'dmcc',
  'gmbh',
  'ag',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'pjsc',
  'ojsc',
  'jsc',
  'pao',
  'plc',
  'lda',
  'ltda',
  'limitada',
  'cc',
  'co',
  'company',
  'est',
  'establishment',
  'kg',
  'oy',
  'ab',
].map((f) => f.split(' '));
const LEADING_FORMS = new Set(['pjsc', 'ojsc', 'jsc', 'pao', 'ao', 'the']);
const TRADE_WORDS = new Set([
  'diamond',
  'diamonds',
  'diamant',
  'diamants',
  'diamantes',
  'gem',
  'gems',
  'rough',
  'trading',
  'traders',
  'trade',
  'exports',
  'export',
  'exporters',
  'imports',
  'import',
  'international',
  'group',
  'holdings',
  'mining',
  'minerals',
  'mineral',
  'sales',
  'marketing',
  'and',
  'de',
  'des',
  'du',
  'da',
  'do',
  'comercial',
  'commercial',
  'global',
  'world',
  'negoce',
  'comptoir',
  'societe',
  'gemmes',
  'stones',
  'sorting',
  'importers',
  'traders',
  'la',
  'le',
  'of',
]);

export interface PartyName {
  /** Folded name without its legal form: "kalahari rough trading". */
  name: string;
  /** The legal forms removed, folded, in printed order ("pty ltd"), or null. */
  legalForm: string | null;
}

export function splitLegalForm(text: string): PartyName {
  const tokens = foldText(text.replace(/&/gu, ' and '))
    .split(' ')
    .filter((t) => t !== '');
  const removed: string[][] = [];
  let changed = true;
  while (changed && tokens.length > 1) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      const tail = tokens.slice(-form.length);
      if (tokens.length > form.length && tail.join(' ') === form.join(' ')) {
        removed.unshift(tokens.splice(-form.length));
        changed = true;
        break;
      }
    }
  }
  while (tokens.length > 1 && LEADING_FORMS.has(tokens[0] ?? '')) {
    const t = tokens.shift() ?? '';
    if (t !== 'the') removed.unshift([t]);
  }
  // "S.A." folds to "s a": single letters are glued back ("sa"), words keep their space.
  const legalForm = removed
    .map((f) => (f.every((t) => t.length === 1) ? f.join('') : f.join(' ')))
    .join(' ');
  return { name: tokens.join(' '), legalForm: legalForm === '' ? null : legalForm };
}

/** Case-, accent- and punctuation-free name without legal form, for comparing parties. */
export function normalizePartyName(text: string): string {
  return splitLegalForm(text).name;
}

const weight = (token: string): number =>
  token.length * (TRADE_WORDS.has(token) || /^\d+$/u.test(token) ? 1 / 3 : 1);

function directed(from: readonly string[], to: readonly string[]): [number, number] {
  let score = 0;
  let total = 0;
  for (const t of from) {
    const best = Math.max(0, ...to.map((u) => jaroWinkler(t, u)));
    score += best * weight(t);
    total += weight(t);
  }
  return [score, total];
}

/** How alike two party names are, 0..1 (1: same after normalisation). Never throws. */
export function partyNameSimilarity(a: string, b: string): number {
  const na = normalizePartyName(a.slice(0, 500));
  const nb = normalizePartyName(b.slice(0, 500));
  if (na === '' || nb === '') return 0;
  if (na === nb) return 1;
  const ta = na.split(' ');
  const tb = nb.split(' ');
  const [s1, w1] = directed(ta, tb);
  const [s2, w2] = directed(tb, ta);
  const tokenScore = (s1 + s2) / (w1 + w2);
  const joined = editSimilarity(ta.join(''), tb.join(''));
  return Math.min(1, Math.max(tokenScore, joined));
}
