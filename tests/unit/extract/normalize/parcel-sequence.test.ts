import { describe, expect, it } from 'vitest';
import { repairParcelSequence } from '../../../../main/extract/normalize/parcel-sequence';

describe('repairParcelSequence', () => {
  it('puts right an id whose neighbours say what it must be', () => {
    expect(repairParcelSequence(['001-01', '001-02', '001-63', '001-04'])).toEqual([
      '001-01',
      '001-02',
      '001-03',
      '001-04',
    ]);
    expect(repairParcelSequence(['005-03', 'GO5 04', '005-05'])).toEqual([
      '005-03',
      '005-04',
      '005-05',
    ]);
  });

  it('repairs the first and the last id from the two next to them', () => {
    expect(repairParcelSequence(['007-0l', '007-02', '007-03'])).toEqual([
      '007-01',
      '007-02',
      '007-03',
    ]);
    expect(repairParcelSequence(['007-01', '007-02', '007-08'])).toEqual([
      '007-01',
      '007-02',
      '007-03',
    ]);
  });

  it('puts right an id cut short at a separator, or whose number lost its width', () => {
    expect(repairParcelSequence(['008-02', '008', '008-04'])).toEqual([
      '008-02',
      '008-03',
      '008-04',
    ]);
    expect(repairParcelSequence(['005-901', '005-02', '005-03'])).toEqual([
      '005-01',
      '005-02',
      '005-03',
    ]);
    expect(repairParcelSequence(['003-01', '003-02', '003-03', '003-6950'])).toEqual([
      '003-01',
      '003-02',
      '003-03',
      '003-04',
    ]);
  });

  it('counts on from ids already put right when the ones under them are damaged too', () => {
    expect(repairParcelSequence(['008-01', '008-02', '008', '008'])).toEqual([
      '008-01',
      '008-02',
      '008-03',
      '008-04',
    ]);
    // An id the one under it follows is as printed: the list skips.
    expect(repairParcelSequence(['001-01', '001-02', '001-07', '001-08'])).toEqual([
      '001-01',
      '001-02',
      '001-07',
      '001-08',
    ]);
  });

  it('keeps a different number, which is no misreading, as printed', () => {
    // 7 and 4 are not look-alikes of 3: the list may really skip.
    expect(repairParcelSequence(['001-01', '001-02', '001-07'])).toEqual([
      '001-01',
      '001-02',
      '001-07',
    ]);
    expect(repairParcelSequence(['A-12', 'A-15', 'A-18'])).toEqual(['A-12', 'A-15', 'A-18']);
  });

  it('leaves ids alone where the neighbours do not count up', () => {
    expect(repairParcelSequence(['A1', 'B7', 'C3'])).toEqual(['A1', 'B7', 'C3']);
    // Cut short, but not at a separator: nothing says it is that id.
    expect(repairParcelSequence(['008-02', '00', '008-04'])).toEqual(['008-02', '00', '008-04']);
    expect(repairParcelSequence(['X-1'])).toEqual(['X-1']);
    expect(repairParcelSequence([])).toEqual([]);
  });
});
