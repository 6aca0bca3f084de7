// Who issued a KP certificate. Every issuer prints its country at the head of the form
// ("REPÚBLICA DE ANGOLA", "SWITZERLAND"); the number's prefix says it again. The printed name
// wins: a forged or mistyped prefix ("ZZ 63721") is a finding, not the issuer. And when OCR
// misread one letter of the prefix ("AD 646294", "AQ 646294" for AO), the printed country
// repairs it.
import { segments, textOf } from '../layout/lines';
import type { Candidate, PageContext } from '../fields/engine';
import { isIsoCountryCode, lookupCountry } from '../normalize/index';

/** How far down the first page the issuer's name may stand. */
const HEAD = 0.25;

// Characters OCR mistakes for one another in capitals.
const CONFUSED = ['ODQ0U', 'IL1JT', 'S5', 'B8E', 'GC6', 'MNH', 'EF', 'PR', 'VUY', 'KX', 'Z2'];

const lookAlike = (a: string, b: string): boolean =>
  a === b || CONFUSED.some((set) => set.includes(a) && set.includes(b));

/** The topmost unlabelled stretch of text near the top of the page that is a country's name. */
export function headerCountry(ctx: PageContext): Candidate | null {
  let found: Candidate | null = null;
  ctx.lines.forEach((line, li) => {
    if (found || line.y0 > HEAD) return;
    const segs = segments(line);
    segs.forEach((seg, si) => {
      // A country beside or under a label is that field's value (origin), not the issuer.
      const prev = segs[si - 1]?.words.at(-1);
      const above = ctx.lines[li - 1]?.words ?? [];
      if (
        found ||
        seg.words.some((w) => ctx.isLabel.has(w)) ||
        (prev !== undefined && ctx.isLabel.has(prev)) ||
        above.some((w) => ctx.isLabel.has(w) && w.x0 < seg.x1 && w.x1 > seg.x0)
      ) {
        return;
      }
      const text = textOf(seg.words);
      const code = /\p{L}{4}/u.test(text) ? lookupCountry(text) : null;
      if (code) {
        found = {
          field: 'issuing_country',
          value: code,
          words: seg.words,
          text,
          score: 0.85,
          page: ctx.pageNo,
        };
      }
    });
  });
  return found;
}

/** Sets `issuing_country`, and repairs a certificate prefix that is one misread letter off. */
export function settleIssuer(ctxs: readonly PageContext[], chosen: Map<string, Candidate>): void {
  const first = ctxs[0];
  const header = first ? headerCountry(first) : null;
  const cert = chosen.get('certificate_number');
  const prefix = typeof cert?.value === 'string' ? /^([A-Z]{2}) /.exec(cert.value)?.[1] : null;
  if (cert && prefix && header && typeof header.value === 'string' && prefix !== header.value) {
    const h = header.value;
    const oneOff = [0, 1].filter((i) => prefix[i] !== h[i]).length === 1;
    if (oneOff && [0, 1].every((i) => lookAlike(prefix[i] ?? '', h[i] ?? ''))) {
      chosen.set('certificate_number', {
        ...cert,
        value: `${h}${typeof cert.value === 'string' ? cert.value.slice(2) : ''}`,
        score: cert.score * 0.9,
      });
    }
  }
  if (chosen.has('issuing_country')) return;
  if (header) {
    chosen.set('issuing_country', header);
    return;
  }
  const fixed = chosen.get('certificate_number');
  const code = typeof fixed?.value === 'string' ? fixed.value.slice(0, 2) : '';
  if (fixed && /^[A-Z]{2}$/.test(code) && isIsoCountryCode(code)) {
    chosen.set('issuing_country', {
      ...fixed,
      field: 'issuing_country',
      value: code,
      score: fixed.score * 0.9,
    });
  }
}
