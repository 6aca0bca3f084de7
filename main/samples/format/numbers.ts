// Numbers as documents print them: 12,345.67 / 12.345,67 / 12 345,67.

export type NumberStyle = 'en' | 'eu' | 'fr' | 'plain';

export function formatNumber(value: number, style: NumberStyle, decimals = 2): string {
  const neg = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const group = style === 'en' ? ',' : style === 'eu' ? '.' : style === 'fr' ? ' ' : '';
  const dec = style === 'en' || style === 'plain' ? '.' : ',';
  const grouped = group === '' ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? dec + frac : ''}`;
}

export const formatInt = (value: number, style: NumberStyle): string =>
  formatNumber(value, style, 0);
