// A minimal multi-page TIFF writer: bilevel (1 bit, as document scanners and fax software
// store pages), PackBits-compressed, with resolution tags. sharp cannot write multi-page
// TIFF, and utif2 only writes uncompressed RGBA (15 MB a page).

export interface TiffPage {
  width: number;
  height: number;
  /** 8-bit grey pixels; thresholded here. */
  grey: Uint8Array;
  dpi: number;
}

export function encodeBilevelTiff(pages: readonly TiffPage[], threshold = 150): Buffer {
  const strips = pages.map((p) => packBits(toBilevel(p, threshold), Math.ceil(p.width / 8)));
  const ifdSize = (n: number): number => 2 + n * 12 + 4;
  const TAGS = 11;
  const chunks: Buffer[] = [];
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  let offset = 8;
  const layout = pages.map((_, i) => {
    const dataAt = offset;
    offset += (strips[i]?.length ?? 0) + ((strips[i]?.length ?? 0) % 2);
    const resAt = offset;
    offset += 16;
    const ifdAt = offset;
    offset += ifdSize(TAGS);
    return { dataAt, resAt, ifdAt };
  });
  header.writeUInt32LE(layout[0]?.ifdAt ?? 0, 4);
  chunks.push(header);
  pages.forEach((p, i) => {
    const strip = strips[i] ?? Buffer.alloc(0);
    const at = layout[i];
    if (!at) return;
    chunks.push(strip);
    if (strip.length % 2) chunks.push(Buffer.alloc(1));
    const res = Buffer.alloc(16);
    res.writeUInt32LE(p.dpi, 0);
    res.writeUInt32LE(1, 4);
    res.writeUInt32LE(p.dpi, 8);
    res.writeUInt32LE(1, 12);
    chunks.push(res);
    const ifd = Buffer.alloc(ifdSize(TAGS));
    ifd.writeUInt16LE(TAGS, 0);
    const entries: [number, number, number, number][] = [
      [256, 4, 1, p.width],
      [257, 4, 1, p.height],
      [258, 3, 1, 1],
      [259, 3, 1, 32773],
      [262, 3, 1, 0],
      [273, 4, 1, at.dataAt],
      [278, 4, 1, p.height],
      [279, 4, 1, strip.length],
      [282, 5, 1, at.resAt],
      [283, 5, 1, at.resAt + 8],
      [296, 3, 1, 2],
    ];
    entries.forEach(([tag, type, count, value], k) => {
      const o = 2 + k * 12;
      ifd.writeUInt16LE(tag, o);
      ifd.writeUInt16LE(type, o + 2);
      ifd.writeUInt32LE(count, o + 4);
      if (type === 3) ifd.writeUInt16LE(value, o + 8);
      else ifd.writeUInt32LE(value, o + 8);
    });
    ifd.writeUInt32LE(layout[i + 1]?.ifdAt ?? 0, 2 + TAGS * 12);
    chunks.push(ifd);
  });
  return Buffer.concat(chunks);
}

/** WhiteIsZero bilevel rows: bit 1 = black. */
function toBilevel(p: TiffPage, threshold: number): Uint8Array {
  const rowBytes = Math.ceil(p.width / 8);
  const out = new Uint8Array(rowBytes * p.height);
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      if ((p.grey[y * p.width + x] ?? 255) < threshold)
        out[y * rowBytes + (x >> 3)] = (out[y * rowBytes + (x >> 3)] ?? 0) | (0x80 >> (x & 7));
    }
  }
  return out;
}

/** PackBits, row by row (TIFF requires runs not to cross rows). */
function packBits(data: Uint8Array, rowBytes: number): Buffer {
  const out: number[] = [];
  for (let row = 0; row < data.length; row += rowBytes) {
    const end = row + rowBytes;
    let i = row;
    while (i < end) {
      let run = 1;
      while (i + run < end && run < 128 && data[i + run] === data[i]) run++;
      if (run > 1) {
        out.push(257 - run, data[i] ?? 0);
        i += run;
        continue;
      }
      const start = i;
      while (i < end && i - start < 128 && !(i + 1 < end && data[i + 1] === data[i])) i++;
      if (i === start) i++;
      out.push(i - start - 1);
      for (let k = start; k < i; k++) out.push(data[k] ?? 0);
    }
  }
  return Buffer.from(out);
}
