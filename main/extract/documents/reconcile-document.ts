// Checks that need every field's reading at once, after assignment: tables against totals
// (invoice, packing list), and on a waybill readings that validate by kind but not by sense
// (a sentence of the conditions read as the shipper, "THE" as an airport) give way to the
// best candidate that does.
import type { Candidate } from '../fields/engine';
import { repairCertificatePrefix } from '../normalize/kp-participants';
import { repairLegalForm } from '../normalize/legal-form-ocr';
import { repairTradeWords } from '../normalize/trade-word-ocr';
import type { KnownDocType } from '../types';
import { AIRWAY_BILL } from './airway-bill';
import { NOT_AIRPORTS } from './awb-patterns';
import { looksLikeProse } from './awb-parties';
import { reconcileInvoice, reconcilePacking } from './reconcile-tables';
import { dropRowCellTotals } from './row-cell-totals';

const meanConfidence = (c: Candidate) =>
  c.words.length === 0 ? 1 : c.words.reduce((s, w) => s + w.confidence, 0) / c.words.length;

// A company name has some substance: "See a" is a caption's crumb.
const nameSense = (c: Candidate) =>
  !looksLikeProse(c.text) && c.text.replace(/[^\p{L}]/gu, '').length >= 6;

const airportSense = (c: Candidate) =>
  typeof c.value === 'string' && !NOT_AIRPORTS.has(c.value) && meanConfidence(c) >= 0.5;

// A waybill's parties are entered at its head; the lower half holds the conditions of
// carriage and signatures, whose words a garbled caption may pull in.
const upper = (c: Candidate) => c.words.every((w) => w.y0 < 0.5);

const SENSE: Record<string, (c: Candidate) => boolean> = {
  shipper_name: (c) => nameSense(c) && upper(c),
  consignee_name: (c) => nameSense(c) && upper(c),
  departure_airport: (c) => airportSense(c),
  destination_airport: (c) => airportSense(c),
};

function reconcileWaybill(chosen: Map<string, Candidate>, all: readonly Candidate[]): void {
  for (const [field, ok] of Object.entries(SENSE)) {
    const c = chosen.get(field);
    if (!c || ok(c)) continue;
    // Words other fields hold; a field that shares its words (the currency) holds none.
    const taken = new Set(
      [...chosen]
        .filter(([f]) => f !== field && AIRWAY_BILL.fields[f]?.shares !== true)
        .flatMap(([, other]) => other.words),
    );
    const next = all
      .filter((o) => o.field === field && ok(o) && !o.words.some((w) => taken.has(w)))
      .sort((a, b) => b.score - a.score)[0];
    if (next) chosen.set(field, next);
    else chosen.delete(field);
  }
}

const PARTY_NAMES = [
  'seller_name',
  'buyer_name',
  'shipper_name',
  'consignee_name',
  'exporter_name',
  'importer_name',
];

/** "Pvt. Lid." is "Pvt. Ltd.", "Diamends" is "Diamonds": OCR's one-letter confusions in names. */
function repairNames(chosen: Map<string, Candidate>): void {
  for (const f of PARTY_NAMES) {
    const c = chosen.get(f);
    if (c && typeof c.value === 'string') {
      const value = repairTradeWords(repairLegalForm(c.value));
      if (value !== c.value) chosen.set(f, { ...c, value });
    }
  }
}

/** Certificate prefixes read one look-alike letter off a KP participant ("AQ" for AO). */
function repairCertificates(chosen: Map<string, Candidate>): void {
  const c = chosen.get('kp_certificate_numbers');
  if (!c || !Array.isArray(c.value) || !c.value.every((v) => typeof v === 'string')) return;
  const read = c.value;
  const value = read.map(repairCertificatePrefix);
  if (value.some((v, i) => v !== read[i])) chosen.set('kp_certificate_numbers', { ...c, value });
}

export function reconcileDocument(
  type: KnownDocType,
  chosen: Map<string, Candidate>,
  all: readonly Candidate[],
): void {
  repairNames(chosen);
  // On the certificate itself (and its confirmation of receipt) a prefix that names no
  // participant is a finding (certificate.prefix_mismatch), not a misreading to put right.
  if (type === 'kp_certificate' || type === 'import_confirmation') return;
  repairCertificates(chosen);
  dropRowCellTotals(type, chosen, all);
  if (type === 'invoice') reconcileInvoice(chosen);
  if (type === 'packing_list') reconcilePacking(chosen);
  if (type === 'airway_bill') reconcileWaybill(chosen, all);
}
