// Builds one coherent shipment: origin and year, parties, prices around the reference
// averages, parcels that add up, dates in order, identifiers with the right prefixes.
import type { Rng } from '../rng';
import { lineAmountCents } from '../money';
import { makeAwb } from './awb';
import { pickCompany } from './companies';
import { addDays, isoDate } from './dates';
import { AIRLINES, country } from './places';
import {
  annualProduction,
  averagePrice,
  BOART_MAX_USD_CT,
  CLEAN_PRODUCERS,
  GEM_MIN_USD_CT,
} from './reference';
import type { Parcel, Party, ScenarioKind, Shipment } from './types';

export interface ScenarioSpec {
  kind: ScenarioKind;
  issuer?: string;
  origin?: string[];
  mixedWording?: Shipment['mixedWording'];
  year?: number;
  /** Earliest issue date (ISO). */
  notBefore?: string;
  /** Latest issue date (ISO). */
  notAfter?: string;
  destination?: string;
  exporter?: Party;
  importer?: Party;
  /** Multiplies the drawn USD/ct (for price outliers). */
  priceFactor?: number;
  hs?: string;
  totalCct?: number;
  /** Re-export of these goods at unitCents × uplift. */
  reexport?: { parcels: Parcel[]; uplift: number; previousCertificate: string; notBefore: string };
  /** One USD/ct for every parcel: the invoice shows a single consolidated line. */
  uniformPrice?: boolean;
}

const HUB_ISSUERS = ['AE', 'IN', 'IL', 'HK', 'SG', 'CH'] as const;
const IMPORT_HUBS = ['BE', 'AE', 'IN', 'IL', 'HK'] as const;
const LIST_ORIGINS = ['BW', 'ZA', 'CA', 'AO'] as const;

export function buildShipment(rng: Rng, id: string, spec: ScenarioSpec): Shipment {
  const issuer = spec.issuer ?? defaultIssuer(rng, spec.kind);
  const origin = spec.origin ?? defaultOrigin(rng, spec.kind, issuer);
  const year = spec.year ?? rng.int(2019, 2024);
  const exporter = spec.exporter ?? pickCompany(rng, issuer);
  const destination = spec.destination ?? spec.importer?.country ?? pickDestination(rng, issuer);
  const importer = spec.importer ?? pickCompany(rng, destination);
  const issue = pickIssueDate(rng, year, spec.notBefore, spec.notAfter);
  const validity = issuer === 'US' ? 60 : rng.pick([30, 45, 60]);
  const flight = addDays(issue, rng.int(1, 12));
  const dates = {
    invoice: addDays(issue, -rng.int(0, 6)),
    issue,
    expiry: addDays(issue, validity),
    flight,
    receipt: addDays(flight, rng.int(0, 3)),
  };
  const hs = spec.hs ?? pickHs(rng, origin);
  const drawn = spec.reexport
    ? reexportParcels(rng, spec.reexport, id)
    : drawParcels(rng, spec, origin, year, hs, id);
  const parcels = spec.uniformPrice ? uniformise(drawn) : drawn;
  const airline = rng.pick(AIRLINES);
  const ctry = country(issuer);
  const certDigits = rng.digits(ctry.certDigits);
  const grossKg =
    Math.round((parcels.reduce((s, p) => s + p.cct, 0) / 100 / 5000 + rng.float(1.2, 6)) * 10) / 10;
  const seq = rng.int(11, 980);
  const yy = issue.slice(2, 4);
  return {
    id,
    kind: spec.kind,
    issuer,
    origin,
    mixedWording:
      spec.mixedWording ??
      (issuer === 'US' ? 'asterisks' : origin[0] === 'MIXED' ? 'mixed' : 'list'),
    exporter,
    importer,
    destination,
    authority: ctry.authority,
    certificateNumber: `${issuer} ${certDigits}`,
    hs,
    parcels,
    dates,
    invoiceNumber: rng.pick([
      `INV-${String(year)}-${String(seq).padStart(4, '0')}`,
      `${String(year)}/${String(seq)}`,
      `EXP/${yy}/${String(seq).padStart(4, '0')}`,
      `F-${yy}-${String(seq).padStart(5, '0')}`,
    ]),
    packingReference: `PL-${yy}-${String(seq).padStart(4, '0')}`,
    awb: {
      number: makeAwb(rng, airline.prefix),
      airline: airline.name,
      flight: `${airline.code}${String(rng.int(10, 989))}`,
      from: rng.pick(country(exporter.country).airports),
      to: rng.pick(country(importer.country).airports),
      pieces: parcels.length > 6 ? 2 : 1,
      grossKg,
    },
    aesItn: `X${rng.digits(14)}`,
    sealNumbers: parcels.map(() => `${rng.pick(['S', 'KP', 'SL'])}-${rng.digits(6)}`),
    ...(spec.reexport ? { previousCertificate: spec.reexport.previousCertificate } : {}),
  };
}

function defaultIssuer(rng: Rng, kind: ScenarioKind): string {
  if (kind === 'us') return 'US';
  if (kind === 'eu') return 'BE';
  if (kind === 'hub') return rng.pick(HUB_ISSUERS);
  return rng.pick(CLEAN_PRODUCERS);
}

function defaultOrigin(rng: Rng, kind: ScenarioKind, issuer: string): string[] {
  if (kind === 'producer') return [issuer];
  if (rng.chance(0.45)) return ['MIXED'];
  return rng.shuffle(LIST_ORIGINS).slice(0, rng.int(2, 3)).sort();
}

function pickDestination(rng: Rng, issuer: string): string {
  const options: string[] = IMPORT_HUBS.filter((c) => c !== issuer);
  if (issuer !== 'US') options.push('US');
  return rng.pick(options);
}

function pickIssueDate(rng: Rng, year: number, notBefore?: string, notAfter?: string): string {
  for (let i = 0; i < 50; i++) {
    const d = isoDate(year, rng.int(1, 11), rng.int(1, 28));
    if ((!notBefore || d >= notBefore) && (!notAfter || d <= notAfter)) return d;
  }
  return notBefore ?? notAfter ?? isoDate(year, 6, 15);
}

function pickHs(rng: Rng, origin: string[]): string {
  if (origin.length === 1 && origin[0] === 'CD') return rng.pick(['7102.10', '7102.21']);
  return rng.chance(0.2) ? '7102.10' : '7102.31';
}

/** Average USD/ct the goods are priced around. */
export function referencePrice(origin: string[], year: number): number {
  const prices = origin.map((o) => averagePrice(o === 'MIXED' ? 'WORLD' : o, year) ?? 120);
  return Math.exp(prices.reduce((s, p) => s + Math.log(p), 0) / prices.length);
}

const GEM_LOTS = [
  'Gem rough +10.8 ct',
  'Sawables 2-4 gr',
  'Makeables +1 ct',
  'Mixed rough -3 gr',
  'Near-gem crystals',
  'Cleavages and macles',
  'Specials +4 ct',
  'Brown makeables 1-2 gr',
  'Run of mine, assorted',
];
const BOART_LOTS = [
  'Industrial boart',
  'Crushing boart -2 gr',
  'Bort and fragments',
  'Run of mine, unsorted',
];

function drawParcels(
  rng: Rng,
  spec: ScenarioSpec,
  origin: string[],
  year: number,
  hs: string,
  id: string,
): Parcel[] {
  let price = referencePrice(origin, year) * Math.exp(0.15 * rng.normal());
  price = Math.min(
    Math.max(price, referencePrice(origin, year) * 0.7),
    referencePrice(origin, year) * 1.4,
  );
  if (hs === '7102.31') price = Math.max(price, GEM_MIN_USD_CT + 5);
  if (hs === '7102.21') price = Math.min(price, BOART_MAX_USD_CT - 5);
  price *= spec.priceFactor ?? 1;
  const production = origin.length === 1 ? annualProduction(origin[0] ?? '', year) : undefined;
  let total = spec.totalCct ?? Math.round(Math.exp(Math.log(2500) + 0.9 * rng.normal()) * 100);
  if (spec.totalCct === undefined) {
    total = Math.min(Math.max(total, 15000), 4000000);
    if (production !== undefined) total = Math.min(total, Math.round(production * 0.003 * 100));
  }
  const n = Math.max(1, Math.min(rng.int(1, 9), Math.floor(total / 500)));
  const weights = Array.from({ length: n }, () => rng.float(0.3, 1.7));
  const wsum = weights.reduce((s, w) => s + w, 0);
  const ccts = weights.map((w) => Math.max(500, Math.floor((total * w) / wsum)));
  ccts[0] = (ccts[0] ?? 0) + (total - ccts.reduce((s, c) => s + c, 0));
  const names = rng.shuffle(hs === '7102.21' ? BOART_LOTS : GEM_LOTS);
  const prefix = id.replace(/\D/g, '').padStart(3, '0');
  return ccts.map((cct, i) => {
    const factor = n === 1 ? 1 : rng.float(0.75, 1.3);
    const unitCents = Math.max(100, Math.round(price * factor * 100));
    return {
      id: `${prefix}-${String(i + 1).padStart(2, '0')}`,
      description: names[i % names.length] ?? 'Rough diamonds',
      cct,
      unitCents,
      amountCents: lineAmountCents(cct, unitCents),
    };
  });
}

function reexportParcels(
  rng: Rng,
  reexport: NonNullable<ScenarioSpec['reexport']>,
  id: string,
): Parcel[] {
  const prefix = id.replace(/\D/g, '').padStart(3, '0');
  return reexport.parcels.map((p, i) => {
    const unitCents = Math.round(p.unitCents * reexport.uplift * rng.float(0.98, 1.02));
    return {
      ...p,
      id: `${prefix}-${String(i + 1).padStart(2, '0')}`,
      unitCents,
      amountCents: lineAmountCents(p.cct, unitCents),
    };
  });
}

/** Gives every parcel the average USD/ct; amounts still sum exactly to carats × price of the total. */
export function uniformise(parcels: Parcel[]): Parcel[] {
  const cct = parcels.reduce((s, p) => s + p.cct, 0);
  const cents = parcels.reduce((s, p) => s + p.amountCents, 0);
  const unitCents = Math.round((cents / cct) * 100);
  const out = parcels.map((p) => ({
    ...p,
    unitCents,
    amountCents: lineAmountCents(p.cct, unitCents),
  }));
  const target = lineAmountCents(cct, unitCents);
  const last = out[out.length - 1];
  if (last) last.amountCents += target - out.reduce((s, p) => s + p.amountCents, 0);
  return out;
}
