import { describe, expect, it } from 'vitest';
import { parseCurrency } from '../../../../main/extract/normalize/currency';

describe('parseCurrency', () => {
  it.each([
    ['USD', 'USD'],
    ['usd', 'USD'],
    ['US$', 'USD'],
    ['US$ 1,520.35', 'USD'],
    ['U.S.$ 100', 'USD'],
    ['$1,000', 'USD'],
    ['Value (US$)', 'USD'],
    ['Valeur en USD', 'USD'],
    ['Valor (USD)', 'USD'],
    ['US Dollars', 'USD'],
    ['U.S. dollars', 'USD'],
    ['dollars américains', 'USD'],
    ['dólares americanos', 'USD'],
    ['€ 12,00', 'EUR'],
    ['€12,00', 'EUR'],
    ['12,00€', 'EUR'],
    ['DXB €X128/070CT23 NVD USD 605960.33', 'USD'],
    ['EUR', 'EUR'],
    ['euros', 'EUR'],
    ['£5', 'GBP'],
    ['GBP', 'GBP'],
    ['pounds sterling', 'GBP'],
    ['AED 100', 'AED'],
    ['Dhs 1,000', 'AED'],
    ['Dhs. 500', 'AED'],
    ['UAE dirhams', 'AED'],
    ['BWP', 'BWP'],
    ['P 12,345.00', 'BWP'],
    ['P12,000', 'BWP'],
    ['Botswana pula', 'BWP'],
    ['ZAR', 'ZAR'],
    ['R 1,500.00', 'ZAR'],
    ['R1500', 'ZAR'],
    ['South African rand', 'ZAR'],
    ['INR', 'INR'],
    ['₹ 5,000', 'INR'],
    ['Rs. 1,000', 'INR'],
    ['Promotional Discount of Rs -40.00', 'INR'],
    ['Indian rupees', 'INR'],
    ['HKD', 'HKD'],
    ['HK$ 10', 'HKD'],
    ['Hong Kong dollars', 'HKD'],
    ['CHF', 'CHF'],
    ['Fr. 100', 'CHF'],
    ['francs suisses', 'CHF'],
    ['ILS', 'ILS'],
    ['₪ 10', 'ILS'],
    ['NIS 10', 'ILS'],
    ['CAD', 'CAD'],
    ['C$ 10', 'CAD'],
    ['Canadian dollars', 'CAD'],
    ['USD 1,000 (EUR 920)', 'USD'],
    // OCR misreadings seen on office-quality scans.
    ['usb', 'USD'],
    ['Usp', 'USD'],
    ['EUR 920 (USD 1,000)', 'EUR'],
  ])('%s → %s', (text, code) => {
    expect(parseCurrency(text)).toBe(code);
  });

  it('needs an amount next to a one-letter symbol, and ignores words', () => {
    for (const t of [
      'P',
      'R',
      'Plot 12',
      'Room 1203',
      'Hong Kong SAR',
      'SARL',
      'Ltd',
      '',
      'nothing',
      // A flight's E read as "€", an L read as "£": a symbol run on into letters is no currency.
      '€K128/07OCT23',
      '£td',
      'bardeisA_£105T0—',
    ]) {
      expect(parseCurrency(t), t).toBeNull();
    }
  });
});
