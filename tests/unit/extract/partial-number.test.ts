// A value cell whose number OCR garbled in part ("39% 46" for 895.46): the digits left after
// the garbled word are not the value, whichever reader finds them.
import { describe, expect, it } from 'vitest';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

const confirmation = (carats: [number, string][]) =>
  fieldValues(
    page([
      line(0.07, [[0.07, 'Dubai Multi Commodities Centre, UAE KP Office']]),
      line(0.15, [[0.08, 'CONFIRMATION OF IMPORT']]),
      line(0.29, [
        [0.09, 'KP certificate number'],
        [0.38, 'AO 679724'],
      ]),
      line(0.33, [
        [0.09, 'Date of receipt'],
        [0.38, '2019-02-17'],
      ]),
      line(0.36, [
        [0.09, 'Number of parcels'],
        [0.38, '3'],
      ]),
      line(0.39, [[0.09, 'Carat weight'], ...carats]),
      line(0.45, [
        [0.09, 'Importer'],
        [0.38, 'Gulf Star Gems Trading DMCC'],
      ]),
    ]),
  );

describe('a carat weight OCR garbled in part', () => {
  it('is left unread, not read as the digits after the garbled word', () => {
    expect(
      confirmation([
        [0.38, '39%'],
        [0.413, '46'],
      ]).carats,
    ).toBeUndefined();
  });

  it('is read whole when the cell holds only the number', () => {
    expect(confirmation([[0.38, '895.46']]).carats).toBe(895.46);
  });
});
