// Reference figures from domain.md, used to draw realistic prices and shipment sizes.

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;

type Row = readonly (number | null)[];
/** Average USD per carat by producer, 2019–2024 (domain.md; null = no figure). */
const PRICE: Record<string, Row> = {
  RU: [91, 72, 68, 85, 97, 89],
  BW: [145, 149, 203, 192, 131, 117],
  CA: [91, 71, 86, 116, 97, 81],
  AO: [138, 132, 186, 224, 157, 101],
  ZA: [121, 113, 139, 159, 135, null],
  NA: [500, 465, 466, 601, 517, 417],
  LS: [259, 543, null, 437, 295, 333],
  ZW: [67, 57, null, 95, 62, null],
  SL: [207, 186, null, 208, 194, null],
  CD: [null, null, null, 7, 8, null],
  TZ: [null, null, null, 295, 162, null],
  WORLD: [103, 86, 117, 134, 114, null],
};

/** Average USD/ct for the origin and year, or the nearest year with a figure; undefined when none. */
export function averagePrice(origin: string, year: number): number | undefined {
  const row = PRICE[origin];
  if (!row) return undefined;
  const idx = year - 2019;
  for (let d = 0; d < 6; d++) {
    for (const i of [idx - d, idx + d]) {
      const v = row[i];
      if (typeof v === 'number') return v;
    }
  }
  return undefined;
}

/** Annual production in carats (domain.md), nearest year. */
const PRODUCTION: Record<string, readonly number[]> = {
  RU: [45.3e6, 31.2e6, 39.1e6, 41.9e6, 37.3e6],
  BW: [23.7e6, 16.9e6, 22.9e6, 24.5e6, 25.1e6],
  CA: [18.6e6, 13.1e6, 17.6e6, 16.2e6, 16.0e6],
  CD: [14.2e6, 12.7e6, 14.1e6, 10.8e6, 8.3e6],
  ZA: [7.2e6, 8.5e6, 9.7e6, 9.7e6, 5.9e6],
  AO: [9.1e6, 7.7e6, 8.7e6, 8.8e6, 9.8e6],
  ZW: [2.1e6, 2.7e6, 4.2e6, 4.5e6, 4.9e6],
  NA: [2.0e6, 1.5e6, 1.8e6, 2.1e6, 2.4e6],
  LS: [1.1e6, 0.5e6, 0.3e6, 1.3e6, 0.4e6],
  SL: [0.8e6, 0.6e6, 0.8e6, 0.7e6, 0.5e6],
};
/** Small producers, 2022 only. */
export const SMALL_PRODUCERS_2022: Record<string, number> = {
  BR: 158420,
  GN: 128771,
  CF: 118044,
  GY: 83382,
  GH: 82500,
  LR: 52165,
  CI: 3904,
  CM: 2431,
  VE: 1665,
};

export function annualProduction(origin: string, year: number): number | undefined {
  const row = PRODUCTION[origin];
  if (row) return row[Math.min(Math.max(year - 2019, 0), row.length - 1)];
  return SMALL_PRODUCERS_2022[origin];
}

/** Trading hubs without production (domain.md): never a true origin. */
export const HUBS = ['AE', 'BE', 'IN', 'IL', 'CH', 'HK', 'SG', 'US'] as const;

/** Producers used for clean shipments: priced, unrestricted, large enough production. */
export const CLEAN_PRODUCERS = [
  'BW',
  'NA',
  'ZA',
  'CA',
  'AO',
  'LS',
  'SL',
  'ZW',
  'TZ',
  'CD',
] as const;

/** Producers whose forms are French (domain.md, Language) or Portuguese. */
export const FRENCH_PRODUCERS = ['CD', 'CF', 'CI', 'GN', 'CM'] as const;
export const PORTUGUESE_PRODUCERS = ['AO'] as const;

export const G7_EU_DESTINATIONS = ['US', 'BE', 'GB', 'CA', 'JP', 'DE', 'FR', 'IT', 'NL'] as const;

/** KP-valid HS codes for rough diamonds. */
export const HS_ROUGH = ['7102.10', '7102.21', '7102.31'] as const;

/** Industrial (boart) and gem price bands the generator keeps clean shipments inside. */
export const BOART_MAX_USD_CT = 20;
export const GEM_MIN_USD_CT = 40;
