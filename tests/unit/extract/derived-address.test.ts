// An address found beside or under a party's name, not by a caption of its own, must still
// read as an address: a crumb of a smudged one ("He.") is no address.
import { describe, expect, it } from 'vitest';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

// The US form: "Ultimate Consignee <name> <address>", the address wrapped above the name's row.
const form = (addressAbove: string) =>
  fieldValues(
    page([
      line(0.04, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
      line(0.08, [[0.07, 'US 85123']]),
      line(0.62, [[0.47, addressAbove]], 0.46),
      line(0.633, [
        [0.07, 'Ultimate Consignee'],
        [0.24, 'Schelde Rough Trading BV'],
      ]),
    ]),
  );

describe('an address read beside the party’s name', () => {
  it('is left unread when all OCR kept of it is a crumb', () => {
    const f = form('He.');
    expect(f.importer_name).toBe('Schelde Rough Trading BV');
    expect(f.importer_address).toBeUndefined();
  });

  it('is read when it reads as an address', () => {
    expect(form('Hoveniersstraat 30, bus 312, Antwerpen, Belgium').importer_address).toBe(
      'Hoveniersstraat 30, bus 312, Antwerpen, Belgium',
    );
  });
});
