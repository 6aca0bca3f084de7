// Renders resources/icons/icon.svg to the 512×512 icon.png electron-builder packages (it
// derives .ico/.icns from it). Run after editing the SVG: `node scripts/make-icon.mjs`.
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const svg = fileURLToPath(new URL('../resources/icons/icon.svg', import.meta.url));
const png = fileURLToPath(new URL('../resources/icons/icon.png', import.meta.url));

await sharp(svg, { density: 72 }).resize(512, 512).png({ compressionLevel: 9 }).toFile(png);
console.log(`wrote ${png}`);
