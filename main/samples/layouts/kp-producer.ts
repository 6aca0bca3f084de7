// A producer's bilingual certificate: French (DRC, CAR, Côte d'Ivoire, Guinea, Cameroon) or
// Portuguese (Angola), each label with its English translation, local number and date styles.
import type { Rgb } from '../draw/ops';
import { A4, Page } from '../draw/page';
import { formatDate } from '../format/dates';
import { formatInt, formatNumber } from '../format/numbers';
import { countryName } from '../model/places';
import { rows } from './common/blocks';
import { guillocheFrame, wavyTint } from './common/guilloche';
import { certNumberText, hsText, originText } from './common/print';
import { roundStamp, signature } from './common/stamp';
import type { CertificateLayout } from './types';

const TEXT = {
  fr: {
    republic: (c: string) => c.toUpperCase(),
    title: 'CERTIFICAT DU PROCESSUS DE KIMBERLEY',
    number: 'N\u00b0',
    statement:
      'Les diamants bruts de cette exp\u00e9dition ont \u00e9t\u00e9 trait\u00e9s conform\u00e9ment aux dispositions du Syst\u00e8me de certification du Processus de Kimberley.',
    labels: [
      "Pays d'origine",
      'Exportateur',
      'Adresse',
      'Importateur',
      'Adresse',
      'Pays de destination',
      'Poids en carats',
      'Valeur en USD',
      'Nombre de colis',
      'Code SH',
      "Date d'\u00e9mission",
      "Date d'expiration",
      'Autorit\u00e9 \u00e9mettrice',
    ],
    validation: "Cachet et signature de l'autorit\u00e9 exportatrice",
    num: 'fr' as const,
    dates: ['fr-long', 'dmy-slash'] as const,
  },
  pt: {
    republic: (c: string) => `REP\u00daBLICA DE ${c.toUpperCase()}`,
    title: 'CERTIFICADO DO PROCESSO DE KIMBERLEY',
    number: 'N.\u00ba',
    statement:
      'Os diamantes em bruto desta remessa foram tratados em conformidade com as disposi\u00e7\u00f5es do Sistema de Certifica\u00e7\u00e3o do Processo de Kimberley.',
    labels: [
      'Pa\u00eds de origem',
      'Exportador',
      'Endere\u00e7o',
      'Importador',
      'Endere\u00e7o',
      'Pa\u00eds de destino',
      'Peso em quilates',
      'Valor (USD)',
      'N\u00famero de volumes',
      'C\u00f3digo SH',
      'Data de emiss\u00e3o',
      'Data de validade',
      'Autoridade emissora',
    ],
    validation: 'Carimbo e assinatura da autoridade exportadora',
    num: 'eu' as const,
    dates: ['pt-long', 'dmy-slash'] as const,
  },
};
const EN = [
  'Country of origin',
  'Exporter',
  'Address',
  'Importer',
  'Address',
  'Country of destination',
  'Carat weight',
  'Value (USD)',
  'Number of parcels',
  'HS code',
  'Date of issue',
  'Date of expiry',
  'Issuing authority',
];

export function kpProducer(lang: 'fr' | 'pt'): CertificateLayout {
  return ({ shipment: s, fields: f, rng }) => {
    const t = TEXT[lang];
    const p = new Page(A4.width, A4.height);
    const green: Rgb = lang === 'fr' ? [0.1, 0.38, 0.3] : [0.45, 0.15, 0.12];
    const ds = rng.pick(t.dates);
    p.push(...wavyTint(rng, 36, 36, A4.width - 72, A4.height - 72, [0.8, 0.86, 0.82], 8));
    p.push(...guillocheFrame(rng, 20, 20, A4.width - 40, A4.height - 40, 18, green, 6));
    const home = lang === 'pt' ? 'AO' : s.issuer;
    p.text(297, 78, t.republic(countryName(home, lang)), {
      font: 'serif-bold',
      size: 14,
      align: 'center',
      color: green,
    });
    p.text(
      297,
      94,
      lang === 'fr' ? 'Minist\u00e8re des Mines' : 'Minist\u00e9rio dos Recursos Minerais',
      { font: 'serif-italic', size: 10, align: 'center' },
    );
    p.text(297, 126, t.title, { font: 'serif-bold', size: 16, align: 'center' });
    p.text(297, 142, 'KIMBERLEY PROCESS CERTIFICATE', {
      font: 'serif-italic',
      size: 11,
      align: 'center',
      color: [0.3, 0.3, 0.32],
    });
    p.text(360, 172, `${t.number} / No.`, { font: 'sans', size: 10, color: green });
    p.text(
      410,
      172,
      certNumberText(f.certificate_number, rng.pick(['space', 'tight', 'dash'] as const)),
      { font: 'mono-bold', size: 13, color: [0.55, 0.08, 0.08], field: 'certificate_number' },
    );
    const L = t.labels;
    const n = t.num;
    const v = (i: number): string => L[i] ?? '';
    const e = (i: number): string => EN[i] ?? '';
    rows(
      p,
      52,
      190,
      190,
      300,
      [
        {
          label: v(0),
          sub: e(0),
          value: originText(f.country_of_origin, s, lang),
          field: 'country_of_origin',
        },
        { label: v(1), sub: e(1), value: f.exporter_name, field: 'exporter_name' },
        { label: v(2), sub: e(2), value: f.exporter_address, field: 'exporter_address' },
        { label: v(3), sub: e(3), value: f.importer_name, field: 'importer_name' },
        { label: v(4), sub: e(4), value: f.importer_address, field: 'importer_address' },
        {
          label: v(5),
          sub: e(5),
          value: f.destination_country ? countryName(f.destination_country, lang) : undefined,
          field: 'destination_country',
        },
        {
          label: v(6),
          sub: e(6),
          value: f.carats !== undefined ? formatNumber(f.carats, n) : undefined,
          field: 'carats',
        },
        {
          label: v(7),
          sub: e(7),
          value: f.value_usd !== undefined ? formatNumber(f.value_usd, n) : undefined,
          field: 'value_usd',
        },
        {
          label: v(8),
          sub: e(8),
          value: f.parcels !== undefined ? formatInt(f.parcels, n) : undefined,
          field: 'parcels',
        },
        { label: v(9), sub: e(9), value: hsText(f.hs_codes), field: 'hs_codes' },
        {
          label: v(10),
          sub: e(10),
          value: f.issue_date ? formatDate(f.issue_date, ds) : undefined,
          field: 'issue_date',
        },
        {
          label: v(11),
          sub: e(11),
          value: f.expiry_date ? formatDate(f.expiry_date, ds) : undefined,
          field: 'expiry_date',
        },
        { label: v(12), sub: e(12), value: f.issuing_authority, field: 'issuing_authority' },
      ],
      { rowH: 29, valueStyle: { font: 'serif', size: 10.5 } },
    );
    p.wrapped(60, 592, t.statement, 470, { font: 'serif-italic', size: 9.5 }, 12);
    p.wrapped(
      60,
      622,
      'The rough diamonds in this shipment have been handled in accordance with the provisions of the Kimberley Process Certification Scheme.',
      470,
      { font: 'serif-italic', size: 8.5, color: [0.35, 0.35, 0.38] },
      11,
    );
    p.text(60, 668, `${t.validation} / Validation by the exporting authority`, {
      size: 8,
      color: green,
    });
    p.push(...signature(rng, 90, 730, 130));
    p.push(
      ...roundStamp(
        rng,
        420,
        722,
        46,
        lang === 'fr'
          ? 'Processus de Kimberley \u2022 Autorit\u00e9 nationale'
          : 'Processo de Kimberley \u2022 Autoridade nacional',
        [s.issuer, lang === 'fr' ? 'EXPORTATION' : 'EXPORTA\u00c7\u00c3O'],
      ),
    );
    return p.spec();
  };
}
