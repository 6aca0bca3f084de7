// OCR noise a scanned certificate brings, built by hand on a layout no generator draws: values
// half-way between labels printed in two languages, a ruled table's crumbs, a border read as
// one tall bar. Each case must read the same values as the clean page.
import { describe, expect, it } from 'vitest';
import { SPECS } from '../../../main/extract/documents/extract-type';
import { pageContext } from '../../../main/extract/fields/engine';
import { readBand } from '../../../main/extract/fields/read-band';
import { groupLines } from '../../../main/extract/layout/lines';
import type { Word } from '../../../main/ingest/word';
import { fieldValues } from './fixtures/field-values';
import { line, page } from './fixtures/hand-words';

// A Guinean-style form: French label over English label, value between them on the right.
function form(issue: Word[], extra: Word[] = []): Word[] {
  return page([
    line(0.05, [[0.3, 'RÉPUBLIQUE DE GUINÉE']]),
    line(0.08, [[0.2, 'CERTIFICAT DU PROCESSUS DE KIMBERLEY']]),
    line(0.1, [[0.25, 'Kimberley Process Certificate']]),
    line(0.14, [
      [0.55, 'N° / No.'],
      [0.68, 'GN 0031877'],
    ]),
    line(0.2, [[0.08, 'Poids en carats']]),
    line(0.207, [[0.45, '2 310,75']]),
    line(0.214, [[0.08, 'Carat weight']]),
    line(0.26, [[0.08, "Date d'émission"]]),
    line(0.274, [[0.08, 'Date of issue']]),
    issue,
    line(0.32, [[0.08, 'Nombre de colis']]),
    line(0.327, [[0.45, '6']]),
    line(0.334, [[0.08, 'Number of parcels']]),
    extra,
  ]);
}

// "14 mars 2024" as OCR boxes it between the two labels: the digits a little higher than the
// lower-case month, so the words straddle both label rows.
const split = [
  ...line(0.262, [[0.45, '14']]),
  ...line(0.2705, [[0.47, 'mars']]),
  ...line(0.263, [[0.515, '2024']]),
];

/** A certificate's title and number, then `rows`: the values read from it. */
const certificateWith = (number: string, rows: Word[][]) =>
  fieldValues(
    page([
      line(0.04, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
      line(0.08, [
        [0.08, 'Certificate number'],
        [0.4, number],
      ]),
      ...rows,
    ]),
  );

describe('values between stacked labels on a scan', () => {
  it('reads a date whose words fell into the rows of both labels', () => {
    const f = fieldValues(form(split));
    expect(f.issue_date).toBe('2024-03-14');
    expect(f.carats).toBe(2310.75);
    expect(f.parcels).toBe(6);
  });

  it('skips a stamp crumb OCR itself scored as garbage among the words', () => {
    const crumb: Word = { text: 'soa', x0: 0.5, y0: 0.268, x1: 0.513, y1: 0.276, confidence: 0.2 };
    expect(fieldValues(form([...split, crumb])).issue_date).toBe('2024-03-14');
  });
});

describe('a stamp over the label row', () => {
  it('keeps its doubtful crumbs out of a name read between stacked labels', () => {
    const rows = page([
      line(0.05, [[0.25, 'CONFIRMATION OF IMPORT']]),
      line(0.2, [[0.08, 'Exportateur']]),
      line(0.207, [[0.45, 'Mobilong Négoce']]),
      line(0.207, [[0.6, 'de Diamants SARL']]),
      line(0.214, [[0.08, 'Exporter']]),
      line(0.3, [[0.08, 'Number of parcels']]),
      line(0.3, [[0.45, '5']]),
    ]);
    // The stamp's edge, read on the French label's row, between the value's words.
    const crumbs: Word[] = [
      { text: 'fi', x0: 0.44, y0: 0.199, x1: 0.455, y1: 0.209, confidence: 0.12 },
      { text: 'grit', x0: 0.57, y0: 0.199, x1: 0.595, y1: 0.209, confidence: 0.41 },
    ];
    expect(fieldValues([...rows, ...crumbs]).exporter_name).toBe(
      'Mobilong Négoce de Diamants SARL',
    );
  });
});

describe('a speck before a value read below its label', () => {
  it('starts the value after the speck, not at it', () => {
    const rows = page([
      line(0.04, [
        [0.08, 'KASAI GEM EXPORTS SPRL'],
        [0.75, 'INVOICE'],
      ]),
      line(0.12, [
        [0.08, 'FROM'],
        [0.545, 'BILL TO'],
      ]),
      line(0.135, [
        [0.08, 'Kasai Gem Exports SPRL'],
        [0.545, 'Van Loon & Peeters Diamonds NV'],
      ]),
      line(0.15, [[0.545, 'Pelikaanstraat 62, Antwerpen, Belgium']]),
    ]);
    // A stamp's speck just left of the name: flat, and OCR gives it no confidence.
    const speck: Word = { text: '*', x0: 0.532, y0: 0.138, x1: 0.534, y1: 0.139, confidence: 0 };
    expect(fieldValues([...rows, speck]).buyer_name).toBe('Van Loon & Peeters Diamonds NV');
  });
});

describe('a separator read between two captions', () => {
  // "Vendeur | Seller" beside "Acheteur | Buyer": OCR boxes the "|" taller than its words and
  // overlapping "Vendeur", so it makes a row of its own with the buyer's caption.
  const invoice = (bar: Word[]) =>
    fieldValues(
      page([
        line(0.05, [[0.35, 'FACTURE / INVOICE']]),
        line(0.112, [
          [0.08, 'Vendeur'],
          [0.145, 'Seller'],
        ]),
        line(0.114, [
          [0.54, 'Acheteur'],
          [0.61, 'Buyer'],
        ]),
        bar,
        line(0.127, [
          [0.08, 'Yakutia Rough Trading JSC'],
          [0.54, 'Hudson Rough Diamond Corp.'],
        ]),
        line(0.143, [
          [0.08, 'prospekt Lenina 22, Yakutsk, Russian Federation'],
          [0.54, '580 Fifth Avenue, New York'],
        ]),
        line(0.23, [
          [0.08, 'Invoice no'],
          [0.32, 'EXP/22/0894'],
        ]),
      ]),
    );
  const bar: Word = { text: '|', x0: 0.135, y0: 0.109, x1: 0.14, y1: 0.129, confidence: 0.84 };

  it('is not taken for a caption that hides the seller under it', () => {
    const f = invoice([bar]);
    expect(f.seller_name).toBe('Yakutia Rough Trading JSC');
    expect(f.seller_address).toBe('prospekt Lenina 22, Yakutsk, Russian Federation');
    expect(f.buyer_name).toBe('Hudson Rough Diamond Corp.');
  });

  it('still lets a real caption under a label stop the reading below it', () => {
    const caption = line(0.118, [[0.1, 'Ref']]);
    expect(invoice(caption).seller_name).toBeUndefined();
  });
});

describe('captions OCR misread by a look-alike letter', () => {
  it('knows "Seiler" and "0rigin" for Seller and Origin, and reads their values', () => {
    const f = fieldValues(
      page([
        line(0.05, [[0.35, 'FACTURE / INVOICE']]),
        line(0.11, [
          [0.08, 'Vendeur / Seiler'],
          [0.54, 'Acheteur / Buyer'],
        ]),
        line(0.125, [
          [0.08, 'Van Loon & Peeters Diamonds NV'],
          [0.54, 'Pearl Delta Diamond Co., Limited'],
        ]),
        line(0.23, [
          [0.08, 'Invoice No'],
          [0.32, 'EXP/22/0030'],
        ]),
        line(0.25, [
          [0.08, '0rigin'],
          [0.32, 'Angola'],
        ]),
      ]),
    );
    expect(f.seller_name).toBe('Van Loon & Peeters Diamonds NV');
    expect(f.country_of_origin).toEqual(['AO']);
  });

  it('knows a caption whose first letter a box’s edge took ("utoridade emissora")', () => {
    const f = certificateWith('AO 646294', [
      line(0.3, [
        [0.1, 'utoridade emissora'],
        [0.42, 'Ministério dos Recursos Minerais e Petróleos'],
      ]),
    ]);
    expect(f.issuing_authority).toBe('Ministério dos Recursos Minerais e Petróleos');
  });
});

describe('noise read over print', () => {
  it('drops a doubtful word inside a surer word’s box, which split the value’s line', () => {
    const authority = line(0.3, [
      [0.08, 'Issuing authority'],
      [0.4, 'Ministere des Mines, Secretariat Permanent KP'],
    ]);
    const secretariat = authority.find((w) => w.text === 'Secretariat');
    if (!secretariat) throw new Error('fixture');
    // A stamp's ink read as a word, a little higher than the print it lies on.
    const noise: Word = {
      text: 'gaia',
      x0: secretariat.x0 + 0.02,
      x1: secretariat.x1 - 0.01,
      y0: 0.299,
      y1: 0.305,
      confidence: 0.19,
    };
    const f = certificateWith('CI 063286', [authority, [noise]]);
    expect(f.issuing_authority).toBe('Ministere des Mines, Secretariat Permanent KP');
  });
});

describe('an address whose last word wrapped under it, beside its label', () => {
  it('is not read as one line split by OCR, which would shuffle its words by x', () => {
    const words = page([
      line(0.384, [[0.3, '580 Fifth Avenue, Suite 1210, New York, United States of']]),
      line(0.393, [[0.08, 'Consignee address']]),
      line(0.402, [[0.27, 'America']]),
    ]);
    const ctx = pageContext(1, words, SPECS.kp_certificate);
    const hit = ctx.hits.find((h) => h.field === 'importer_address');
    expect(hit).toBeDefined();
    if (hit) expect(readBand(ctx.lines, hit, ctx.isLabel, 0.28)).toBeNull();
  });

  it('still reads one line OCR split between the rows of two stacked labels', () => {
    const words = page([
      line(0.2, [[0.08, 'Poids en carats']]),
      line(0.205, [[0.45, '2 310,75']]),
      line(0.21, [[0.525, 'ct']]),
      line(0.214, [[0.08, 'Carat weight']]),
    ]);
    const ctx = pageContext(1, words, SPECS.kp_certificate);
    const read = ctx.hits
      .filter((h) => h.field === 'carats')
      .map((h) =>
        readBand(ctx.lines, h, ctx.isLabel, 0.6)
          ?.words.map((w) => w.text)
          .join(' '),
      );
    expect(read).toContain('2 310,75 ct');
  });
});

describe('a value typed above its caption, beside a border', () => {
  it('looks past a border crumb OCR put on a line of its own between them', () => {
    const words = page([
      line(0.1, [[0.07, 'US 85123']]),
      line(0.125, [[0.137, 'Angola, South Africa']]),
      // The guilloche border at the page's edge, read as one tall doubtful word.
      [{ text: 'AONERRIR', x0: 0.01, y0: 0.097, x1: 0.031, y1: 0.214, confidence: 0 }],
      line(0.155, [[0.071, 'Country of Origin']]),
      line(0.17, [[0.25, 'KIMBERLEY PROCESS CERTIFICATE']]),
    ]);
    expect(fieldValues(words).country_of_origin).toEqual(['AO', 'ZA']);
  });
});

describe('name and address typed side by side, small captions under them', () => {
  // The US form: "Ultimate Consignee <name> <address>", the address wrapping above and below
  // the name's row, "NAME" and "ADDRESS" printed small under the rules.
  const form = (under: Word[][]) =>
    page([
      line(0.04, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
      line(0.08, [[0.07, 'US 85123']]),
      line(0.62, [[0.47, 'Hoveniersstraat 30, bus 312, Antwerpen,']]),
      line(0.636, [
        [0.07, 'Ultimate Consignee'],
        [0.24, 'Schelde Rough Trading'],
        [0.47, 'Belgium'],
      ]),
      ...under,
    ]);

  it('does not take the name’s wrapped legal form, misread, for the address', () => {
    const f = fieldValues(form([line(0.652, [[0.24, 'BY —']])]));
    // The misread form ("BY" for BV) goes back to the name it was wrapped from.
    expect(f.importer_name).toBe('Schelde Rough Trading BV');
    expect(f.importer_address).toBe('Hoveniersstraat 30, bus 312, Antwerpen, Belgium');
  });

  it('leaves the small caption under the address, garbled, out of it', () => {
    const caption = line(0.652, [[0.55, 'AOR A']]).map((w) => ({ ...w, y1: w.y0 + 0.005 }));
    expect(fieldValues(form([caption])).importer_address).toBe(
      'Hoveniersstraat 30, bus 312, Antwerpen, Belgium',
    );
  });
});

describe('legal forms OCR misread on a certificate', () => {
  it('puts "Lid." right in the importer’s name as on other documents', () => {
    const f = certificateWith('BE 0012345', [
      line(0.12, [
        [0.08, 'Importer'],
        [0.4, 'Negev Diamond Sorting Lid.'],
      ]),
    ]);
    expect(f.importer_name).toBe('Negev Diamond Sorting Ltd.');
  });
});

describe('ruled tables and borders read as text', () => {
  it('drops a table rule read as a flat "2" inside the value', () => {
    // A horizontal rule's fragment: confident, but a sliver of the height of real print.
    const rule: Word = { text: '2', x0: 0.462, y0: 0.2695, x1: 0.466, y1: 0.2707, confidence: 0.9 };
    expect(fieldValues(form([...split, rule])).issue_date).toBe('2024-03-14');
  });

  it('does not let a border bar spanning many rows chain them into one line', () => {
    const rows = page([
      line(0.2, [[0.1, 'Exporter']]),
      line(0.23, [[0.3, 'Koidu Gem Exports Ltd']]),
      line(0.26, [[0.6, '1 234,56']]),
    ]);
    const bar: Word = { text: '|', x0: 0.03, y0: 0.15, x1: 0.035, y1: 0.35, confidence: 0.6 };
    const texts = groupLines([...rows, bar]).map((l) => l.words.map((w) => w.text).join(' '));
    expect(texts).toEqual(
      expect.arrayContaining(['Exporter', 'Koidu Gem Exports Ltd', '1 234,56']),
    );
  });

  it('reads every field of a form with a border bar down its side', () => {
    const bar: Word = { text: '|', x0: 0.03, y0: 0.18, x1: 0.035, y1: 0.36, confidence: 0.6 };
    const f = fieldValues(form(split, [bar]));
    expect(f.issue_date).toBe('2024-03-14');
    expect(f.carats).toBe(2310.75);
    expect(f.parcels).toBe(6);
    expect(f.certificate_number).toBe('GN 0031877');
  });

  it('keeps a word OCR boxed taller than its line in that line', () => {
    // "Rough" boxed with the small print above it: tall, but it fits only one line.
    const words = page([
      line(0.05, [[0.25, 'CONFIRMATION OF IMPORT']]),
      line(0.12, [[0.08, 'Importer']]),
      line(0.12, [[0.3, 'Hudson']]),
      line(0.12, [[0.41, 'Diamond Corp.']]),
      [{ text: 'Rough', x0: 0.357, y0: 0.1, x1: 0.4, y1: 0.133, confidence: 0.9 }],
      line(0.16, [[0.08, 'Number of parcels']]),
      line(0.16, [[0.3, '2']]),
    ]);
    expect(fieldValues(words).importer_name).toBe('Hudson Rough Diamond Corp.');
  });
});

describe('values that wrap or end in a word like a label', () => {
  const form = (rows: Word[][]) => certificateWith('NA 0042195', rows);

  it('keeps a company name wrapped before its legal form whole', () => {
    const f = form([
      line(0.14, [
        [0.08, 'Consignee'],
        [0.3, 'Okavango Rough &'],
      ]),
      line(0.152, [[0.3, 'Polished Trading Pty']]),
      line(0.2, [
        [0.08, 'Carat weight'],
        [0.3, '120.50'],
      ]),
    ]);
    expect(f.importer_name).toBe('Okavango Rough & Polished Trading Pty');
  });

  it('keeps a name wrapped before a two-letter form OCR misread ("BY" for BV) whole', () => {
    const f = form([
      line(0.14, [
        [0.08, 'Consignee'],
        [0.3, 'Schelde Rough Trading'],
      ]),
      line(0.152, [[0.3, 'BY']]),
      line(0.2, [
        [0.08, 'Carat weight'],
        [0.3, '120.50'],
      ]),
    ]);
    expect(f.importer_name).toBe('Schelde Rough Trading BV');
  });

  it('reads an authority whose last word looks like a label ("Certification")', () => {
    const f = form([
      line(0.14, [
        [0.08, 'Issuing authority'],
        [0.3, "Centre d'Expertise et de Certification"],
      ]),
    ]);
    expect(f.issuing_authority).toBe("Centre d'Expertise et de Certification");
  });
});

describe('numbers OCR damaged', () => {
  const certificate = (rows: Word[][]) => certificateWith('LS 0042195', rows);

  it('reads carats whose decimal mark was lost ("3.652 22")', () => {
    const f = certificate([
      line(0.14, [
        [0.08, 'Poids en carats'],
        [0.4, '3.652 22'],
      ]),
    ]);
    expect(f.carats).toBe(3652.22);
  });

  it('reads carats whose second mark was lost ("5.24349": no value has five decimals)', () => {
    const f = certificate([
      line(0.14, [
        [0.08, 'Carat weight'],
        [0.4, '5.24349'],
      ]),
    ]);
    expect(f.carats).toBe(5243.49);
  });

  it('gives up a value that prices the parcel at a fraction of a cent a carat', () => {
    // A table rule read as "1" beside the French label; the value stands by the English one.
    const f = certificate([
      line(0.14, [
        [0.08, 'Carat weight'],
        [0.4, '7 040,34'],
      ]),
      line(0.18, [
        [0.08, 'Valeur en USD'],
        [0.4, '1'],
      ]),
      line(0.193, [
        [0.08, 'Value (USD)'],
        [0.4, '897 643,35'],
      ]),
    ]);
    expect(f.value_usd).toBe(897643.35);
  });
});

describe('an address beside stacked labels', () => {
  // The address's two lines each sit on the row of one language's label.
  const importer = page([
    line(0.04, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
    line(0.1, [
      [0.08, 'Importateur'],
      [0.38, 'Kalahari Rough Trading Ltd'],
    ]),
    line(0.113, [[0.08, 'Importer']]),
    line(0.15, [
      [0.08, 'Adresse'],
      [0.38, 'Plot 64, Gaborone International'],
    ]),
    line(0.163, [
      [0.08, 'Address'],
      [0.38, 'Finance Park, Gaborone, Botswana'],
    ]),
  ]);

  it('drops a doubtful crumb before the address and still joins its second line', () => {
    const crumb: Word = { text: 'pg', x0: 0.35, y0: 0.15, x1: 0.366, y1: 0.162, confidence: 0.2 };
    expect(fieldValues([...importer, crumb]).importer_address).toBe(
      'Plot 64, Gaborone International, Finance Park, Gaborone, Botswana',
    );
  });

  it('reads both lines though each sits on the row of one language’s label', () => {
    const words = [
      ...importer,
      ...line(0.21, [
        [0.08, 'Poids en carats'],
        [0.38, '1 250,00'],
      ]),
    ];
    expect(fieldValues(words).importer_address).toBe(
      'Plot 64, Gaborone International, Finance Park, Gaborone, Botswana',
    );
  });
});

describe('noise OCR doubted on a label’s row, the value on the row under it', () => {
  // The address printed a little under "Endereço"; a border's smudge on the label's own row
  // came back as words OCR scored as garbage.
  const exporter = (noise: Word[]) =>
    page([
      line(0.04, [[0.3, 'KIMBERLEY PROCESS CERTIFICATE']]),
      line(0.1, [
        [0.08, 'Exportador'],
        [0.4, 'Lunda Norte Diamantes, S.A.'],
      ]),
      line(0.113, [[0.08, 'Exporter']]),
      line(0.15, [[0.08, 'Endereço']]),
      noise,
      line(0.159, [[0.4, 'Rua Rainha Ginga, 87, Luanda, Angola']]),
    ]);

  it('reads the confident value on the next row, not the doubted noise', () => {
    const noise = line(0.148, [[0.26, 'TERY YAR']], 0.2);
    expect(fieldValues(exporter(noise)).exporter_address).toBe(
      'Rua Rainha Ginga, 87, Luanda, Angola',
    );
  });
});

describe('a speck before a value beside its label', () => {
  it('starts the name after a small mark OCR read as "*", though it was fairly sure of it', () => {
    const speck: Word = { text: '*', x0: 0.38, y0: 0.2, x1: 0.384, y1: 0.203, confidence: 0.4 };
    const f = fieldValues(
      page([
        line(0.04, [[0.1, 'CONFIRMATION OF IMPORT']]),
        line(0.06, [[0.1, 'Kimberley Process Certification Scheme — import confirmation']]),
        line(0.1, [
          [0.1, 'KP certificate number'],
          [0.39, 'CM 63721'],
        ]),
        line(0.2, [
          [0.1, 'Exporter'],
          [0.39, 'Mobilong Négoce de Diamants SARL'],
        ]),
        [speck],
        line(0.23, [
          [0.1, 'Importer'],
          [0.39, 'Shreeji Rough Imports Pvt. Ltd.'],
        ]),
      ]),
    );
    expect(f.exporter_name).toBe('Mobilong Négoce de Diamants SARL');
  });
});

describe('a value split between the label’s row and the row above', () => {
  // As a poor scan boxed it: "Ministry" on the label's row, the rest a little higher, and a
  // speck read as "." over "Ministry".
  const w = (text: string, x0: number, x1: number, y0: number, confidence = 0.95): Word => ({
    text,
    x0,
    x1,
    y0,
    y1: y0 + 0.0095,
    confidence,
  });
  const authority = [
    w('Issuing', 0.081, 0.131, 0.6204),
    w('authority', 0.135, 0.196, 0.6201),
    w('Gokhran', 0.368, 0.429, 0.613),
    w('of', 0.434, 0.447, 0.6134),
    w('Russia,', 0.452, 0.504, 0.6132),
    { ...w('.', 0.548, 0.552, 0.6109, 0.85), y1: 0.6132 },
    w('Ministry', 0.51, 0.564, 0.6213),
    w('of', 0.569, 0.582, 0.6137),
    w('Finance', 0.587, 0.643, 0.6135),
  ];

  it('reads the text whole, not only the part beside the label', () => {
    const f = certificateWith('RU 7484204', [authority]);
    expect(f.issuing_authority).toBe('Gokhran of Russia, Ministry of Finance');
  });

  it('does not join a digit crumb beside a label to the number on the row below', () => {
    const crumb = { ...w('1', 0.4, 0.409, 0.4672, 0.84), y1: 0.4755 };
    const f = certificateWith('CM 63721', [
      line(0.474, [[0.096, 'Valeur en USD']]),
      [crumb],
      line(0.4786, [[0.418, '897 643,35']]),
      line(0.4865, [[0.098, 'Value (USD)']]),
    ]);
    expect(f.value_usd).toBe(897643.35);
  });

  it('reads an address under a generic "Endereço" label whole, past a colon speck', () => {
    const f = certificateWith('AO 051088', [
      line(0.344, [
        [0.1, 'Importador'],
        [0.43, 'Van Loon & Peeters Diamonds NV'],
      ]),
      line(0.357, [[0.1, 'Importer']]),
      // As OCR boxed it: the label tall, the address's tail a little lower, under a crumb
      // ("PRI") that made a row of its own.
      [
        { ...w('Endereco', 0.104, 0.17, 0.3725), y1: 0.3868 },
        w('Pelikaanstraat', 0.427, 0.524, 0.3782),
        w('62,', 0.529, 0.55, 0.3792),
        { ...w(':', 0.676, 0.678, 0.3796, 0.73), y1: 0.3808 },
        { ...w('PRI', 0.104, 0.148, 0.3776, 0.36), y1: 0.3946 },
        w('Antwerpen,', 0.555, 0.636, 0.3786),
        w('Belgium', 0.642, 0.702, 0.3783),
      ],
    ]);
    expect(f.importer_address).toBe('Pelikaanstraat 62, Antwerpen, Belgium');
  });
});
