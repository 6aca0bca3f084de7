import { describe, expect, it } from 'vitest';
import { addressCountry } from '../../../../main/extract/normalize/address-country';

describe('addressCountry', () => {
  it('reads the country an address ends with', () => {
    expect(addressCountry('Hoveniersstraat 30, bus 312, Antwerpen, Belgium')).toEqual({
      code: 'BE',
      text: 'Belgium',
    });
    expect(
      addressCountry('580 Fifth Avenue, New York, NY 10036, United States of America'),
    ).toEqual({ code: 'US', text: 'United States of America' });
  });

  it('takes a territory printed before its state for the country', () => {
    expect(addressCountry('Room 1203, 18 Sung On Street, Kowloon, Hong Kong, China')).toEqual({
      code: 'HK',
      text: 'Hong Kong, China',
    });
    expect(addressCountry('Avenida da Praia Grande, Macao, China')?.code).toBe('MO');
  });

  it('keeps the state when the part before it is a place of another country', () => {
    // "Georgia" names a country too, but not one that belongs to the United States.
    expect(addressCountry('100 Peachtree St, Atlanta, Georgia, USA')?.code).toBe('US');
  });

  it('is null when the address ends with no country', () => {
    expect(addressCountry('Schupstraat 9-11, Antwerpen')).toBeNull();
    expect(addressCountry('')).toBeNull();
  });
});
