import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentOps } from '../../../main/ingest/pdf/content-ops';

const names = (content: string) => contentOps(content)?.map((o) => o.op) ?? null;

describe('content stream operators', () => {
  it('reads a scanner page: the image placed, then invisible text under it', () => {
    const page = [
      '% CANON_PFINF_TYPE0_TEXTON',
      'q 612.00 0 0 792.00 0.00 0.00 cm /Obj4 Do Q',
      'BT 3 Tr /F3 15.5 Tf 1 0 0 1 54.96 723.12 Tm (Invoice \\(copy\\) 12) Tj',
      '[(Cert) -250 <4b50> ] TJ ET',
      '/OC << /MCID 0 /Hidden true >> BDC EMC',
    ].join('\n');
    expect(names(page)).toEqual([
      'q',
      'cm',
      'Do',
      'Q',
      'BT',
      'Tr',
      'Tf',
      'Tm',
      'Tj',
      'TJ',
      'ET',
      'BDC',
      'EMC',
    ]);
    const ops = contentOps(page) ?? [];
    expect(ops[1]?.operands).toEqual([612, 0, 0, 792, 0, 0]);
    expect(ops[2]?.operands).toEqual(['/Obj4']);
    expect(ops[8]?.operands).toEqual([null]);
  });

  it('keeps nested parentheses and escapes inside one string', () => {
    expect(names('BT (a (b) \\) c) Tj ET')).toEqual(['BT', 'Tj', 'ET']);
  });

  it('gives up on what it cannot read simply', () => {
    expect(contentOps('BI /W 1 /H 1 /BPC 8 ID \x00 EI')).toBeNull(); // inline image
    expect(contentOps('BT (never closed Tj ET')).toBeNull();
    expect(contentOps('q 1 0 0 1 0 0 cm { } Q')).toBeNull();
    expect(contentOps('<zz> Tj')).toBeNull();
    expect(contentOps('1 0 0')).toBeNull(); // operands without an operator
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const ops = contentOps(s);
        expect(ops === null || Array.isArray(ops)).toBe(true);
      }),
    );
  });
});
