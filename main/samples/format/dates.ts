// Dates as documents print them: 14/03/2024, 14 mars 2024, 2024-03-14, 14MAR24…

export type DateStyle =
  | 'iso'
  | 'dmy-slash'
  | 'dmy-dot'
  | 'en-long'
  | 'us-long'
  | 'fr-long'
  | 'pt-long'
  | 'awb'
  | 'd-mon-y';

const EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const PT = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];

export function formatDate(iso: string, style: DateStyle): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  const mi = Number(m) - 1;
  const day = String(Number(d));
  switch (style) {
    case 'iso':
      return iso;
    case 'dmy-slash':
      return `${d}/${m}/${y}`;
    case 'dmy-dot':
      return `${d}.${m}.${y}`;
    case 'en-long':
      return `${day} ${EN[mi] ?? ''} ${y}`;
    case 'us-long':
      return `${EN[mi] ?? ''} ${day}, ${y}`;
    case 'fr-long':
      return `${day === '1' ? '1er' : day} ${FR[mi] ?? ''} ${y}`;
    case 'pt-long':
      return `${day} de ${PT[mi] ?? ''} de ${y}`;
    case 'awb':
      return `${d}${(EN[mi] ?? '').slice(0, 3).toUpperCase()}${y.slice(2)}`;
    case 'd-mon-y':
      return `${d}-${(EN[mi] ?? '').slice(0, 3)}-${y}`;
  }
}
