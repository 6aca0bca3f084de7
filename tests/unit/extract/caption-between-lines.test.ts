// A two-line value beside a one-line caption: OCR gives the caption a line of its own between
// the value's two lines. The value is read whole, across its caption's line.
import { describe, expect, it } from 'vitest';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

const certificate = fieldValues(
  page([
    line(0.07, [
      [0.11, 'RUSSIAN FEDERATION'],
      [0.84, 'Certificate No. 7484204'],
    ]),
    line(0.15, [[0.25, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.3, [
      [0.1, 'Exporter'],
      [0.38, 'Yakutia Rough Trading JSC'],
    ]),
    line(0.36, [
      [0.09, 'Consignee'],
      [0.38, 'Hudson Rough Diamond Corp.'],
    ]),
    line(0.383, [[0.38, '580 Fifth Avenue, Suite 1210, New York, NY 10036, United States of']]),
    line(0.393, [[0.09, 'Consignee address']]),
    line(0.401, [[0.38, 'America']]),
    line(0.425, [
      [0.09, 'Country of destination'],
      [0.38, 'United States of America'],
    ]),
  ]),
);

describe('an address in two lines beside its one-line caption', () => {
  it('is read whole, its caption’s line between its lines looked past', () => {
    expect(certificate.importer_address).toBe(
      '580 Fifth Avenue, Suite 1210, New York, NY 10036, United States of America',
    );
  });

  it('does not run on into the next caption’s value', () => {
    expect(certificate.destination_country).toBe('US');
  });
});
