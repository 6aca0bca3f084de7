// A page's label fingerprint: the words that stay the same on every document of one layout
// (labels, titles, printed notes) with their coarse positions. Values differ between documents,
// so words with digits and words inside the boxes the engine read as values are left out.
// Two fingerprints are compared after aligning them (a scan sits a little shifted on the
// glass), fuzzily by text (OCR noise), and only near the same place (layouts of one document
// type share label words, but not where they print them).
import type { Word } from '../../ingest/word';
import { pageContext } from '../fields/engine';
import { SPECS } from '../documents/extract-type';
import { fold, levenshtein } from '../layout/fuzzy';
import type { Bbox, KnownDocType } from '../types';
import { centre, type FramedPage, inside } from './page-frame';

export interface FingerprintToken {
  /** Folded text (lower case letters only). */
  t: string;
  /** Centre, upright frame, on a 1/200 grid. */
  x: number;
  y: number;
  /** 2 for a word of the type's label vocabulary, 1 for other printed words. */
  w: number;
}

export interface Fingerprint {
  v: 1;
  tokens: FingerprintToken[];
}

export interface TokenPair {
  a: FingerprintToken;
  b: FingerprintToken;
}

export interface Comparison {
  /** 0..1: weight of matched tokens over the weight of both fingerprints (Dice). */
  similarity: number;
  /** How far b sits from a, page-wide. */
  shift: { dx: number; dy: number };
  pairs: TokenPair[];
}

/** Similarity from which two pages are one layout, wherever the box is. */
export const SAME_LAYOUT = 0.45;
/**
 * Similarity from which two pages may be one layout (a poor scan lost half its words): taken
 * when the printed words around the box matched too.
 */
export const WEAK_LAYOUT = 0.35;
/** Share of the template's words near the box that must have matched on a weak match. */
const LOCAL_AGREEMENT = 0.3;
/** "Near the box": within this distance of its centre, or on its row up to 0.35 away (its label). */
const LOCAL_RADIUS = 0.15;
const LOCAL_ROW = 0.03;

/** How far (page fractions) a token may sit from its partner after alignment. */
const NEAR = 0.03;
const grid = (v: number) => Math.round(v * 200) / 200;

/** The page's words that the type's label vocabulary matches (the engine's own label finder). */
export const labelWords = (type: KnownDocType, page: FramedPage): Set<Word> =>
  pageContext(page.pageNo, page.words, SPECS[type]).isLabel;

/**
 * The fingerprint of one page read as `type`. `valueBoxes` are the boxes (page as stored) of
 * the values extraction found on this page; words inside them are not part of the layout.
 */
export function pageFingerprint(
  type: KnownDocType,
  page: FramedPage,
  valueBoxes: readonly Bbox[] = [],
  isLabel: Set<Word> = labelWords(type, page),
): Fingerprint {
  const tokens: FingerprintToken[] = [];
  for (const w of page.words) {
    if (/\d/.test(w.text)) continue;
    const t = fold(w.text);
    const label = isLabel.has(w);
    if (t.length < (label ? 2 : 3)) continue;
    const stored = page.stored.get(w) ?? w;
    if (valueBoxes.some((b) => inside(centre(stored), b, 0.002))) continue;
    const c = centre(w);
    tokens.push({ t, x: grid(c.x), y: grid(c.y), w: label ? 2 : 1 });
  }
  return { v: 1, tokens };
}

function sameText(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 2) return 0;
  const s = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  return s >= 0.75 ? s : 0;
}

type Move = { at: FingerprintToken; dx: number; dy: number };

/** Words printed once on each page, paired: how far each moved from a to b. */
function anchorMoves(a: readonly FingerprintToken[], b: readonly FingerprintToken[]): Move[] {
  const once = (ts: readonly FingerprintToken[]) => {
    const n = new Map<string, FingerprintToken | null>();
    for (const t of ts) n.set(t.t, n.has(t.t) ? null : t);
    return n;
  };
  const ub = once(b);
  const moves: Move[] = [];
  for (const [t, ta] of once(a)) {
    const tb = ub.get(t);
    if (ta && tb && Math.abs(tb.x - ta.x) < 0.25 && Math.abs(tb.y - ta.y) < 0.25) {
      moves.push({ at: ta, dx: tb.x - ta.x, dy: tb.y - ta.y });
    }
  }
  return moves;
}

const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 0;

/** The page-wide shift: the most common move among the anchors (at least three agreeing). */
function commonShift(moves: readonly Move[]): { dx: number; dy: number } {
  let best = { dx: 0, dy: 0 };
  let votes = 0;
  for (const m of moves) {
    const near = moves.filter(
      (o) => Math.abs(o.dx - m.dx) <= 0.01 && Math.abs(o.dy - m.dy) <= 0.01,
    );
    if (near.length > votes) {
      votes = near.length;
      best = { dx: median(near.map((o) => o.dx)), dy: median(near.map((o) => o.dy)) };
    }
  }
  return votes >= 3 ? best : { dx: 0, dy: 0 };
}

/**
 * The move of the anchors nearest a token: what follows a table of varying length moves down
 * with it while the header stays put.
 */
function localShift(
  moves: readonly Move[],
  t: FingerprintToken,
): { dx: number; dy: number } | null {
  if (moves.length < 3) return null;
  // The five nearest, kept in order as the anchors go by (a sort per word is the cost here).
  const near: { m: Move; d: number }[] = [];
  for (const m of moves) {
    const d = Math.hypot(m.at.x - t.x, m.at.y - t.y);
    if (near.length === 5 && d >= (near[4]?.d ?? 0)) continue;
    let i = near.length;
    while (i > 0 && (near[i - 1]?.d ?? 0) > d) i -= 1;
    near.splice(i, 0, { m, d });
    if (near.length > 5) near.pop();
  }
  return { dx: median(near.map((n) => n.m.dx)), dy: median(near.map((n) => n.m.dy)) };
}

/** Tokens by grid cell of side NEAR, for the look-up of partners near a point. */
function cellIndex(ts: readonly FingerprintToken[]) {
  const key = (cx: number, cy: number) => cx * 4096 + cy;
  const cells = new Map<number, FingerprintToken[]>();
  for (const t of ts) {
    const k = key(Math.floor(t.x / NEAR), Math.floor(t.y / NEAR));
    const list = cells.get(k);
    if (list) list.push(t);
    else cells.set(k, [t]);
  }
  return (x: number, y: number): FingerprintToken[] => {
    const out: FingerprintToken[] = [];
    const cx = Math.floor(x / NEAR);
    const cy = Math.floor(y / NEAR);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const t of cells.get(key(i, j)) ?? []) {
          if (Math.abs(t.x - x) <= NEAR && Math.abs(t.y - y) <= NEAR) out.push(t);
        }
      }
    }
    return out;
  };
}

/** How alike two pages' layouts are, and which of their printed words correspond. */
export function compareFingerprints(a: Fingerprint, b: Fingerprint): Comparison {
  const moves = anchorMoves(a.tokens, b.tokens);
  const shift = commonShift(moves);
  const total = [...a.tokens, ...b.tokens].reduce((s, t) => s + t.w, 0);
  if (total === 0) return { similarity: 0, shift, pairs: [] };
  // Candidate pairs near each other once aligned, best text match first; each token pairs once.
  const cands: { a: FingerprintToken; b: FingerprintToken; s: number }[] = [];
  const around = cellIndex(b.tokens);
  for (const ta of a.tokens) {
    const local = localShift(moves, ta);
    const near = new Set(around(ta.x + shift.dx, ta.y + shift.dy));
    if (local) for (const tb of around(ta.x + local.dx, ta.y + local.dy)) near.add(tb);
    for (const tb of near) {
      const s = sameText(ta.t, tb.t);
      if (s > 0) cands.push({ a: ta, b: tb, s });
    }
  }
  cands.sort((p, q) => q.s - p.s);
  const usedA = new Set<FingerprintToken>();
  const usedB = new Set<FingerprintToken>();
  const pairs: TokenPair[] = [];
  let matched = 0;
  for (const c of cands) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    pairs.push({ a: c.a, b: c.b });
    matched += (c.a.w + c.b.w) * c.s;
  }
  return { similarity: Math.round((matched / total) * 1000) / 1000, shift, pairs };
}

/**
 * Where a point of page a lands on page b: moved like the matched words around it (a scan
 * that is stretched or shifted locally), else like the page.
 */
export function shiftNear(cmp: Comparison, x: number, y: number): { dx: number; dy: number } {
  const near = cmp.pairs
    .map((p) => ({ p, d: Math.hypot(p.a.x - x, p.a.y - y) }))
    .filter((n) => n.d < 0.25)
    .sort((m, n) => m.d - n.d)
    .slice(0, 5);
  if (near.length < 3) return cmp.shift;
  return {
    dx: median(near.map((n) => n.p.b.x - n.p.a.x)),
    dy: median(near.map((n) => n.p.b.y - n.p.a.y)),
  };
}

/** Share of `a`'s printed words near (x, y) that found their partner on the other page. */
export function localAgreement(a: Fingerprint, cmp: Comparison, x: number, y: number): number {
  const near = a.tokens.filter(
    (t) =>
      (Math.abs(t.y - y) < LOCAL_ROW && Math.abs(t.x - x) < 2 * LOCAL_RADIUS + 0.05) ||
      Math.hypot(t.x - x, t.y - y) < LOCAL_RADIUS,
  );
  if (near.length === 0) return 0;
  const matched = new Set(cmp.pairs.map((p) => p.a));
  return near.filter((t) => matched.has(t)).length / near.length;
}

/**
 * Whether a box at (x, y) on page a is to be read on page b: the pages are one layout, or may
 * be and the labels around the box agree (the anchors the box moves with).
 */
export function sameLayoutAt(a: Fingerprint, cmp: Comparison, x: number, y: number): boolean {
  if (cmp.similarity >= SAME_LAYOUT) return true;
  return cmp.similarity >= WEAK_LAYOUT && localAgreement(a, cmp, x, y) >= LOCAL_AGREEMENT;
}
