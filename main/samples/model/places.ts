// Countries the generator uses: printed names per language, airports, authorities.

export type Lang = 'en' | 'fr' | 'pt';

interface Country {
  en: string;
  fr: string;
  pt: string;
  airports: readonly string[];
  /** The KP authority that issues this country's certificates. */
  authority: string;
  /** Digits after the prefix in a certificate number. */
  certDigits: number;
}

export const COUNTRIES: Record<string, Country> = {
  BW: {
    en: 'Botswana',
    fr: 'Botswana',
    pt: 'Botsuana',
    airports: ['GBE'],
    authority: 'Ministry of Minerals and Energy, Diamond Hub',
    certDigits: 7,
  },
  NA: {
    en: 'Namibia',
    fr: 'Namibie',
    pt: 'Namíbia',
    airports: ['WDH'],
    authority: 'Ministry of Mines and Energy, Diamond Commission',
    certDigits: 6,
  },
  ZA: {
    en: 'South Africa',
    fr: 'Afrique du Sud',
    pt: 'África do Sul',
    airports: ['JNB'],
    authority: 'South African Diamond and Precious Metals Regulator',
    certDigits: 7,
  },
  CA: {
    en: 'Canada',
    fr: 'Canada',
    pt: 'Canadá',
    airports: ['YYZ', 'YZF'],
    authority: 'Natural Resources Canada, Kimberley Process Office',
    certDigits: 6,
  },
  AO: {
    en: 'Angola',
    fr: 'Angola',
    pt: 'Angola',
    airports: ['LAD'],
    authority: 'Ministério dos Recursos Minerais e Petróleos',
    certDigits: 6,
  },
  LS: {
    en: 'Lesotho',
    fr: 'Lesotho',
    pt: 'Lesoto',
    airports: ['MSU'],
    authority: 'Ministry of Natural Resources, Department of Mines',
    certDigits: 5,
  },
  SL: {
    en: 'Sierra Leone',
    fr: 'Sierra Leone',
    pt: 'Serra Leoa',
    airports: ['FNA'],
    authority: 'National Minerals Agency, Gold and Diamond Office',
    certDigits: 6,
  },
  ZW: {
    en: 'Zimbabwe',
    fr: 'Zimbabwe',
    pt: 'Zimbabué',
    airports: ['HRE'],
    authority: 'Minerals Marketing Corporation of Zimbabwe',
    certDigits: 6,
  },
  TZ: {
    en: 'Tanzania',
    fr: 'Tanzanie',
    pt: 'Tanzânia',
    airports: ['DAR'],
    authority: 'Mining Commission, Ministry of Minerals',
    certDigits: 6,
  },
  CD: {
    en: 'DR Congo',
    fr: 'République démocratique du Congo',
    pt: 'RD Congo',
    airports: ['FIH', 'FBM'],
    authority: "CEEC, Centre d'Expertise, d'Évaluation et de Certification",
    certDigits: 6,
  },
  CF: {
    en: 'Central African Republic',
    fr: 'République centrafricaine',
    pt: 'República Centro-Africana',
    airports: ['BGF'],
    authority: "BECDOR, Bureau d'Évaluation et de Contrôle",
    certDigits: 5,
  },
  CI: {
    en: "Côte d'Ivoire",
    fr: "Côte d'Ivoire",
    pt: 'Costa do Marfim',
    airports: ['ABJ'],
    authority: 'Ministère des Mines, Secrétariat Permanent KP',
    certDigits: 5,
  },
  CM: {
    en: 'Cameroon',
    fr: 'Cameroun',
    pt: 'Camarões',
    airports: ['DLA', 'NSI'],
    authority: 'CAPAM, Secrétariat National du Processus de Kimberley',
    certDigits: 5,
  },
  GN: {
    en: 'Guinea',
    fr: 'Guinée',
    pt: 'Guiné',
    airports: ['CKY'],
    authority: 'Ministère des Mines et de la Géologie, BNE',
    certDigits: 5,
  },
  RU: {
    en: 'Russian Federation',
    fr: 'Fédération de Russie',
    pt: 'Rússia',
    airports: ['SVO', 'YKS'],
    authority: 'Gokhran of Russia, Ministry of Finance',
    certDigits: 7,
  },
  AE: {
    en: 'United Arab Emirates',
    fr: 'Émirats arabes unis',
    pt: 'Emirados Árabes Unidos',
    airports: ['DXB'],
    authority: 'Dubai Multi Commodities Centre, UAE KP Office',
    certDigits: 6,
  },
  BE: {
    en: 'Belgium',
    fr: 'Belgique',
    pt: 'Bélgica',
    airports: ['BRU', 'ANR'],
    authority: 'FPS Economy, Diamond Office Antwerp (European Union)',
    certDigits: 7,
  },
  IN: {
    en: 'India',
    fr: 'Inde',
    pt: 'Índia',
    airports: ['BOM'],
    authority: 'Gem and Jewellery Export Promotion Council',
    certDigits: 7,
  },
  IL: {
    en: 'Israel',
    fr: 'Israël',
    pt: 'Israel',
    airports: ['TLV'],
    authority: 'Ministry of Economy, Diamond Controller',
    certDigits: 6,
  },
  CH: {
    en: 'Switzerland',
    fr: 'Suisse',
    pt: 'Suíça',
    airports: ['ZRH', 'GVA'],
    authority: 'SECO, State Secretariat for Economic Affairs',
    certDigits: 5,
  },
  HK: {
    en: 'Hong Kong, China',
    fr: 'Hong Kong, Chine',
    pt: 'Hong Kong, China',
    airports: ['HKG'],
    authority: 'Trade and Industry Department, Hong Kong',
    certDigits: 6,
  },
  SG: {
    en: 'Singapore',
    fr: 'Singapour',
    pt: 'Singapura',
    airports: ['SIN'],
    authority: 'Singapore Customs, Kimberley Process Unit',
    certDigits: 6,
  },
  US: {
    en: 'United States of America',
    fr: 'États-Unis',
    pt: 'Estados Unidos',
    airports: ['JFK'],
    authority: 'United States Kimberley Process Authority',
    certDigits: 5,
  },
};

export function countryName(code: string, lang: Lang = 'en'): string {
  if (code === 'MIXED') return lang === 'fr' ? 'Mixte' : lang === 'pt' ? 'Misto' : 'Mixed';
  const c = COUNTRIES[code];
  if (!c) throw new Error(`unknown country ${code}`);
  return c[lang];
}

export function country(code: string): Country {
  const c = COUNTRIES[code];
  if (!c) throw new Error(`unknown country ${code}`);
  return c;
}

/** Airlines that carry valuables on the routes above: IATA prefix and designator. */
export const AIRLINES = [
  { prefix: '176', code: 'EK', name: 'Emirates SkyCargo' },
  { prefix: '057', code: 'AF', name: 'Air France Cargo' },
  { prefix: '074', code: 'KL', name: 'KLM Cargo' },
  { prefix: '125', code: 'BA', name: 'IAG Cargo' },
  { prefix: '160', code: 'CX', name: 'Cathay Cargo' },
  { prefix: '618', code: 'SQ', name: 'Singapore Airlines Cargo' },
  { prefix: '071', code: 'ET', name: 'Ethiopian Cargo' },
  { prefix: '083', code: 'SA', name: 'South African Airways Cargo' },
  { prefix: '114', code: 'LY', name: 'El Al Cargo' },
  { prefix: '724', code: 'LX', name: 'Swiss WorldCargo' },
  { prefix: '082', code: 'SN', name: 'Brussels Airlines Cargo' },
  { prefix: '020', code: 'LH', name: 'Lufthansa Cargo' },
  { prefix: '157', code: 'QR', name: 'Qatar Airways Cargo' },
] as const;
