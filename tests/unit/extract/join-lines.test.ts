// An address's lines joined: a comma between pieces, none where the line broke a piece.
import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../main/extract/fields/join-lines';
import { line } from './fixtures/hand-words';

const joined = (...texts: string[]) =>
  joinLines(texts.map((t, i) => line(0.3 + i * 0.014, [[0.4, t]])));

describe('an address over several lines', () => {
  it('puts a comma between lines that are pieces of their own', () => {
    expect(joined('Rua Rainha Ginga, 87, 4° andar', 'Luanda', 'Angola')).toBe(
      'Rua Rainha Ginga, 87, 4° andar, Luanda, Angola',
    );
    expect(joined('Pelikaanstraat 62,', 'Antwerpen, Belgium')).toBe(
      'Pelikaanstraat 62, Antwerpen, Belgium',
    );
  });

  it('adds none after a word a piece does not end on', () => {
    expect(joined('580 Fifth Avenue, New York, NY 10036, United States of', 'America')).toBe(
      '580 Fifth Avenue, New York, NY 10036, United States of America',
    );
  });

  it('adds none inside a country’s name wrapped between its words', () => {
    expect(joined('580 Fifth Avenue, New York, NY 10036, United', 'States of America')).toBe(
      '580 Fifth Avenue, New York, NY 10036, United States of America',
    );
    expect(joined('Jumeirah Bay X2, Unit 3106, Dubai, United Arab', 'Emirates')).toBe(
      'Jumeirah Bay X2, Unit 3106, Dubai, United Arab Emirates',
    );
  });

  it('keeps the comma between a town and a country on the next line', () => {
    expect(joined('52 Bezalel Street, Ramat Gan', 'Israel')).toBe(
      '52 Bezalel Street, Ramat Gan, Israel',
    );
  });
});
