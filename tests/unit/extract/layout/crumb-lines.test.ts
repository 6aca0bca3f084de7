// A crumb far less tall than the print (a border's dash) may make a line of its own; a word
// of the text line beside it that also covers the crumb goes with its text, not the crumb.
import { describe, expect, it } from 'vitest';
import { groupLines, textOf } from '../../../../main/extract/layout/lines';
import type { Word } from '../../../../main/ingest/word';

const w = (
  text: string,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  confidence = 0.9,
): Word => ({
  text,
  x0,
  x1,
  y0,
  y1,
  confidence,
});

describe('lines beside a border’s crumbs', () => {
  it('keeps a name whole when a dash of the border sits at its height', () => {
    // Boxes of a poor scan's certificate row: the label a little higher than the name, the
    // border's dashes at the right edge, one of them a third of the print's height.
    const words = [
      w('»', 0.9517, 0.9545, 0.3351, 0.3395, 0.43),
      w('-', 0.9519, 0.9665, 0.3266, 0.3372, 0.8),
      w('Importador', 0.1113, 0.1875, 0.3378, 0.3511, 0.69),
      w('-', 0.9542, 0.9655, 0.3373, 0.3471, 0.75),
      w('Shreeji', 0.4315, 0.4804, 0.3436, 0.3571),
      w('Rough', 0.4862, 0.5323, 0.3436, 0.357, 0.96),
      w('Imports', 0.5377, 0.5918, 0.3437, 0.3572, 0.96),
      w('Pvt.', 0.5971, 0.6236, 0.3443, 0.3543),
      w('Ltd.', 0.6292, 0.6566, 0.344, 0.3546, 0.73),
      w('-', 0.9537, 0.9642, 0.348, 0.3526, 0.69),
    ];
    const texts = groupLines(words).map((l) => textOf(l.words));
    expect(texts).toContain('Importador Shreeji Rough Imports Pvt. Ltd. » -');
  });
});
