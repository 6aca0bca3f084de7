// A certificate without a box for the country of destination (the US form) names it at the
// end of the importer's address; some countries are named with a comma in them.
import { describe, expect, it } from 'vitest';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

// The US form's layout: the address typed beside the name, wrapped onto the line above.
const certificate = (street: string, country: string) =>
  fieldValues(
    page([
      line(0.04, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
      line(0.08, [[0.07, 'US 85123']]),
      line(0.62, [[0.47, street]]),
      line(0.636, [
        [0.07, 'Ultimate Consignee'],
        [0.24, 'Pearl Delta Diamond Co.'],
        [0.47, country],
      ]),
    ]),
  );

describe('the destination read from the importer’s address', () => {
  it('reads "Hong Kong, China" as Hong Kong, not China', () => {
    expect(certificate('18 Sung On Street, Kowloon,', 'Hong Kong, China').destination_country).toBe(
      'HK',
    );
  });

  it('still reads a country named in the last piece alone', () => {
    expect(certificate('52 Bezalel Street, Ramat Gan,', 'Israel').destination_country).toBe('IL');
  });
});
