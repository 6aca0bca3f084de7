// Runs one document type's spec over the document's pages and shapes the chosen candidates
// as contract fields with confidence and box.
import type { Word } from '../../ingest/word';
import {
  addressCandidates,
  assign,
  type Candidate,
  type DocSpec,
  labelCandidates,
  narrowTo,
  type PageContext,
  pageContext,
  scanCandidates,
} from '../fields/engine';
import { fieldConfidence, illegible, REVIEW_THRESHOLD, unionBox } from '../fields/confidence';
import type { Kind } from '../fields/kinds';
import { addressUnderHeading, deriveAddress } from '../fields/parties';
import { addressCountry } from '../normalize/address-country';
import type { ExtractedField, KnownDocType, PageWords } from '../types';
import { AIRWAY_BILL } from './airway-bill';
import { fillDates } from './date-fallback';
import { awbPartyCandidates } from './awb-parties';
import { awbPatternCandidates } from './awb-patterns';
import { IMPORT_CONFIRMATION } from './import-confirmation';
import { INVOICE } from './invoice';
import { settleIssuer } from './issuing-country';
import { KP_CERTIFICATE } from './kp-certificate';
import { PACKING_LIST } from './packing-list';
import { reconcileCertificate } from './reconcile-certificate';
import { reconcileDocument } from './reconcile-document';
import { settleCounts } from './settle-counts';
import {
  INVOICE_STANDALONE,
  INVOICE_TABLE,
  PACKING_STANDALONE,
  PACKING_TABLE,
  standaloneCandidates,
} from './standalone-values';
import {
  invoiceTableCandidates,
  packingTableCandidates,
  parcelCountCandidates,
} from './table-fields';

export const SPECS: Record<KnownDocType, DocSpec> = {
  kp_certificate: KP_CERTIFICATE,
  invoice: INVOICE,
  airway_bill: AIRWAY_BILL,
  packing_list: PACKING_LIST,
  import_confirmation: IMPORT_CONFIRMATION,
};

/** Date fields in the order their dates fall (issue before expiry). */
const DATE_FIELDS: Record<KnownDocType, string[]> = {
  kp_certificate: ['issue_date', 'expiry_date'],
  invoice: ['invoice_date'],
  airway_bill: ['flight_date'],
  packing_list: [],
  import_confirmation: ['receipt_date'],
};

/** Kinds of fields read from another field rather than from a label of their own. */
const DERIVED_KIND: Record<string, Kind> = { issuing_country: 'country' };

const PARTY_ADDRESS: Record<string, string> = {
  exporter_name: 'exporter_address',
  importer_name: 'importer_address',
  seller_name: 'seller_address',
  buyer_name: 'buyer_address',
};

function extras(type: KnownDocType, ctx: PageContext): Candidate[] {
  if (type === 'invoice') {
    return [
      ...invoiceTableCandidates(ctx),
      ...parcelCountCandidates(ctx),
      ...standaloneCandidates(ctx, INVOICE_TABLE, INVOICE_STANDALONE),
    ];
  }
  if (type === 'packing_list') {
    return [
      ...packingTableCandidates(ctx),
      ...standaloneCandidates(ctx, PACKING_TABLE, PACKING_STANDALONE),
    ];
  }
  if (type === 'airway_bill') return [...awbPatternCandidates(ctx), ...awbPartyCandidates(ctx)];
  return [];
}

function toField(
  c: Candidate,
  original: ReadonlyMap<Word, Word>,
  kind?: Kind,
): ExtractedField | null {
  if (c.words.length === 0) {
    // A derived value (a sum of rows) has no words of its own: low confidence, no box.
    const confidence = Math.round(c.score * 0.8 * 1000) / 1000;
    return {
      value: c.value,
      text: c.text,
      confidence,
      page: c.page,
      bbox: [0, 0, 0, 0],
      needsReview: true,
    };
  }
  const confidence = fieldConfidence(c.score, c.words, kind);
  if (illegible(confidence, kind, c.words, c.value)) return null;
  return {
    value: c.value,
    text: c.text,
    confidence,
    page: c.page,
    bbox: unionBox(c.words.map((w) => original.get(w) ?? w)),
    needsReview: confidence < REVIEW_THRESHOLD,
  };
}

/**
 * Fields of one document. `original` maps words that were deskewed to the words as stored,
 * so boxes land on the page the user sees.
 */
/**
 * A party's address no label gave: beside or under the name that was read, or, with no name
 * read at all, in the heading's block, which may still hold a legible address.
 */
function partyAddress(
  ctxs: readonly PageContext[],
  name: Candidate | undefined,
  nameField: string,
  addrField: string,
): Candidate | null {
  if (name) {
    const ctx = ctxs.find((c) => c.pageNo === name.page);
    return ctx ? deriveAddress(ctx, name, addrField) : null;
  }
  return (
    ctxs
      .flatMap((ctx) =>
        ctx.hits
          .filter((h) => h.field === nameField)
          .map((h) => addressUnderHeading(ctx, h, addrField)),
      )
      .filter((c): c is Candidate => c !== null)
      .sort((a, b) => b.score - a.score)[0] ?? null
  );
}

export function extractFields(
  type: KnownDocType,
  pages: readonly PageWords[],
  original: ReadonlyMap<Word, Word> = new Map(),
): Record<string, ExtractedField> {
  const spec = SPECS[type];
  const ctxs = pages.map((p) => pageContext(p.pageNo, p.words, spec));
  const all: Candidate[] = [];
  ctxs.forEach((ctx, i) => {
    // Later pages of a document are continuations: a reading there is worth a little less.
    const w = i === 0 ? 1 : 0.95;
    const cs = [
      ...labelCandidates(ctx, spec),
      ...addressCandidates(ctx, spec),
      ...scanCandidates(ctx, spec),
      ...extras(type, ctx),
    ];
    for (const c of cs) all.push({ ...c, score: c.score * w });
  });
  const chosen = assign(all, spec);
  reconcileDocument(type, chosen, all);
  settleCounts(spec, chosen, all);
  if (type === 'kp_certificate') reconcileCertificate(chosen, all);
  for (const [nameField, addrField] of Object.entries(PARTY_ADDRESS)) {
    if (!spec.fields[addrField] || chosen.has(addrField)) continue;
    const found = partyAddress(ctxs, chosen.get(nameField), nameField, addrField);
    if (found) chosen.set(addrField, found);
  }
  if (type === 'kp_certificate') settleIssuer(ctxs, chosen);
  fillDates(ctxs, chosen, DATE_FIELDS[type]);
  if (type === 'kp_certificate' && !chosen.has('destination_country')) {
    // Forms without a destination box (the US form): the importer's address names it.
    const addr = chosen.get('importer_address');
    const r = addr ? addressCountry(addr.text) : null;
    if (addr && r) {
      const words = narrowTo(addr.words, r.text);
      chosen.set('destination_country', {
        ...addr,
        field: 'destination_country',
        value: r.code,
        words,
        text: r.text,
        score: addr.score * 0.6,
      });
    }
  }
  const fields: Record<string, ExtractedField> = {};
  for (const [k, c] of chosen) {
    const f = toField(c, original, spec.fields[k]?.kind ?? DERIVED_KIND[k]);
    if (f) fields[k] = f;
  }
  return fields;
}
