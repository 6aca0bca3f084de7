import { describe, expect, it } from 'vitest';
import { hasLegalForm, isLegalForm } from '../../../../main/extract/normalize/legal-forms';

describe('legal forms', () => {
  it('knows a form as printed, with or without its dot, in any case', () => {
    for (const w of ['Ltd', 'ltd.', 'S.A.', 'SA', 'GmbH', '(Pty)', 'LDA.', 'jsc']) {
      expect(isLegalForm(w)).toBe(true);
    }
  });

  it('is not fooled by words that merely contain one', () => {
    for (const w of ['Ltda,Ltd', 'Saint', 'Corporate', 'Agent', 'S.A.R', '']) {
      expect(isLegalForm(w)).toBe(false);
    }
  });

  it('finds a form among a line’s words, its trailing comma aside', () => {
    expect(hasLegalForm('Lunda Norte Diamantes, S.A.,')).toBe(true);
    expect(hasLegalForm('Shreeji Rough Imports Pvt. Ltd.')).toBe(true);
    expect(hasLegalForm('Rua Rainha Ginga, 87, Luanda')).toBe(false);
  });
});
