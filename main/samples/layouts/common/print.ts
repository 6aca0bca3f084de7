// Printed forms of field values shared by the layouts.
import { countryName, type Lang } from '../../model/places';
import type { CertificateFields, Shipment } from '../../model/types';

/** How a certificate prints its origin: names, "Mixed", or the US asterisks. */
export function originText(
  origin: readonly string[] | undefined,
  s: Shipment,
  lang: Lang = 'en',
): string {
  if (!origin || origin.length === 0) return '';
  if (origin[0] === 'MIXED') {
    if (s.mixedWording === 'asterisks') return '* * * * *';
    return lang === 'fr'
      ? 'Mixte (origines multiples)'
      : lang === 'pt'
        ? 'Misto (várias origens)'
        : 'Mixed';
  }
  return origin.map((c) => countryName(c, lang)).join(', ');
}

/** Certificate numbers as forms print them: "BW 0123456", "BW0123456", "BW-0123456". */
export function certNumberText(n: string | undefined, style: 'space' | 'tight' | 'dash'): string {
  if (n === undefined) return '';
  if (style === 'space') return n;
  return n.replace(' ', style === 'tight' ? '' : '-');
}

export const hsText = (codes: readonly string[] | undefined): string => (codes ?? []).join(', ');

export type CertView = Partial<CertificateFields>;
