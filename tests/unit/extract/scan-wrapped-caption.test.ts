// A caption wrapped onto a second row beside its label ("Consignee's Name" / "and Address",
// the second part a little higher on a scan) is no value: the name is the one under it.
import { describe, expect, it } from 'vitest';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

const waybill = (rest: string) =>
  page([
    line(0.039, [
      [0.05, '160-9735 9824'],
      [0.8, '160-9735 9824'],
    ]),
    line(0.065, [
      [0.04, "Shipper's Name and Address"],
      [0.5, 'Not negotiable'],
    ]),
    line(0.08, [
      [0.04, 'Desert Light Diamonds FZE'],
      [0.5, 'Air Waybill'],
    ]),
    line(0.096, [[0.04, 'Jumeirah Bay X2, Unit 3106, Dubai']]),
    line(0.157, [[0.16, rest]]),
    line(0.161, [[0.04, "Consignee's Name"]]),
    line(0.174, [[0.04, 'Pearl Delta Diamond Co., Limited']]),
    line(0.192, [[0.04, 'Room 1203, Peninsula Square, 18 Sung On Street']]),
  ]);

describe('the rest of a wrapped caption beside its label', () => {
  it.each(['and Address', 'Address'])('is not the name ("%s")', (rest) => {
    expect(fieldValues(waybill(rest)).consignee_name).toBe('Pearl Delta Diamond Co., Limited');
  });

  it('leaves a name beside its label alone', () => {
    expect(fieldValues(waybill('Pearl Delta Diamond Co., Limited')).consignee_name).toBe(
      'Pearl Delta Diamond Co., Limited',
    );
  });
});
