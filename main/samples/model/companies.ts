// Fictional traders per country (any likeness to a real firm is accidental), plus the one real
// sanctioned group the party.restricted injection needs.
import type { Rng } from '../rng';
import type { Party } from './types';

type Seed = readonly [name: string, street: string, city: string];

const POOL: Record<string, readonly Seed[]> = {
  BW: [
    ['Kalahari Rough Trading (Pty) Ltd', 'Plot 64511, Fairgrounds Office Park', 'Gaborone'],
    ['Tswana Gem Exports (Pty) Ltd', 'Plot 113, Unit 4, Kgale Mews', 'Gaborone'],
    ['Orapa Rough Sales Company', 'Plot 50367, Block 3 Industrial', 'Gaborone'],
  ],
  NA: [
    ['Skeleton Coast Diamonds (Pty) Ltd', '10 Dr Frans Indongo Street', 'Windhoek'],
    ['Namib Marine Rough Sales', '24 Bahnhof Street', 'Lüderitz'],
  ],
  ZA: [
    [
      'Highveld Rough Diamond Traders (Pty) Ltd',
      '18 Jeppe Street, Diamond Building',
      'Johannesburg',
    ],
    ['Vaal River Alluvial Sales CC', '7 Voortrekker Road', 'Kimberley'],
  ],
  CA: [
    ['Northern Lights Rough Inc.', '4920 52nd Street, Suite 300', 'Yellowknife'],
    ['Lac de Gras Diamond Marketing Ltd.', '150 King Street West, Suite 2200', 'Toronto'],
  ],
  AO: [
    ['Lunda Norte Diamantes, S.A.', 'Rua Rainha Ginga, 87, 4º andar', 'Luanda'],
    ['Cuango Comercial de Diamantes, Lda.', 'Avenida 4 de Fevereiro, 151', 'Luanda'],
  ],
  LS: [['Maluti Highlands Diamonds (Pty) Ltd', 'Kingsway Road, LNDC Centre, Block B', 'Maseru']],
  SL: [
    ['Kono Rough Exporters Ltd', '21 Wilkinson Road', 'Freetown'],
    ['Sewa River Diamond Company', '5 Siaka Stevens Street', 'Freetown'],
  ],
  ZW: [['Marange Mineral Sales (Pvt) Ltd', '90 Samora Machel Avenue', 'Harare']],
  TZ: [['Mwadui Gem Traders Ltd', 'Plot 1404, Ali Hassan Mwinyi Road', 'Dar es Salaam']],
  CD: [
    ['Société Kasaï Diamants SARL', '12, avenue du Port, Gombe', 'Kinshasa'],
    ['Comptoir Tshikapa Négoce SPRL', '45, boulevard Lumumba', 'Mbuji-Mayi'],
  ],
  CF: [['Comptoir Sangha Diamants SARL', 'Avenue Barthélemy Boganda', 'Bangui']],
  CI: [['Séguéla Gemmes Export SA', 'Boulevard de la République, Plateau', 'Abidjan']],
  CM: [['Mobilong Négoce de Diamants SARL', 'Rue Joss, Bonanjo', 'Douala']],
  GN: [['Banankoro Diamants SARL', 'Cité Chemin de Fer, Kaloum', 'Conakry']],
  AE: [
    ['Al Safa Rough Diamonds DMCC', 'Almas Tower, Office 2704, JLT', 'Dubai'],
    ['Gulf Star Gems Trading DMCC', 'Almas Tower, Office 1409, JLT', 'Dubai'],
    ['Desert Light Diamonds FZE', 'Jumeirah Bay X2, Unit 3106', 'Dubai'],
  ],
  BE: [
    ['Schelde Rough Trading BV', 'Hoveniersstraat 30, bus 312', 'Antwerpen'],
    ['Van Loon & Peeters Diamonds NV', 'Pelikaanstraat 62', 'Antwerpen'],
    ['Antwerp Rough Sorting BVBA', 'Schupstraat 9-11', 'Antwerpen'],
  ],
  IN: [
    [
      'Shreeji Rough Imports Pvt. Ltd.',
      'BW-2030, Bharat Diamond Bourse, Bandra-Kurla Complex',
      'Mumbai',
    ],
    ['Surat Kiran Gems LLP', 'Plot 12, Diamond Nagar, Katargam', 'Surat'],
  ],
  IL: [
    ['Ramat Gan Rough Stones Ltd.', 'Maccabi Building, 1 Jabotinsky Street', 'Ramat Gan'],
    ['Negev Diamond Sorting Ltd.', 'Shimshon Building, 52 Bezalel Street', 'Ramat Gan'],
  ],
  CH: [['Helvetia Rough SA', 'Rue du Rhône 114', 'Genève']],
  HK: [
    [
      'Pearl Delta Diamond Co., Limited',
      'Room 1203, Peninsula Square, 18 Sung On Street, Hung Hom',
      'Kowloon',
    ],
    [
      'Victoria Harbour Gems Ltd',
      'Unit 801, Chinachem Century Tower, 178 Gloucester Road',
      'Wan Chai',
    ],
  ],
  SG: [['Lion City Rough Pte. Ltd.', '1 Kim Seng Promenade, #10-01', 'Singapore']],
  US: [
    ['Hudson Rough Diamond Corp.', '580 Fifth Avenue, Suite 1210', 'New York, NY 10036'],
    ['Liberty Gem Importers LLC', '15 West 47th Street, Suite 602', 'New York, NY 10036'],
  ],
  RU: [['Yakutia Rough Trading JSC', 'prospekt Lenina 22', 'Yakutsk']],
};

/** Alrosa and subsidiaries (domain.md, party screening). */
const RESTRICTED: readonly Seed[] = [
  ['PJSC ALROSA', 'ul. Lenina 6', 'Mirny'],
  ['Almazy Anabara JSC', 'ul. Kirova 18', 'Yakutsk'],
  ['ALROSA-Nyurba JSC', 'ul. Lenina 28', 'Nyurba'],
];

const toParty = (seed: Seed, countryCode: string): Party => ({
  name: seed[0],
  street: seed[1],
  city: seed[2],
  country: countryCode,
});

export function pickCompany(rng: Rng, countryCode: string, avoid?: string): Party {
  const pool = POOL[countryCode];
  if (!pool) throw new Error(`no companies for ${countryCode}`);
  const choices = pool.filter((s) => s[0] !== avoid);
  return toParty(rng.pick(choices.length > 0 ? choices : pool), countryCode);
}

export function pickRestrictedCompany(rng: Rng): Party {
  return toParty(rng.pick(RESTRICTED), 'RU');
}

export const hasCompanies = (countryCode: string): boolean => countryCode in POOL;
