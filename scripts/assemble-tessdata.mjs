// Gathers the OCR language data shipped by @tesseract.js-data/* into resources/tessdata, the one
// folder tesseract.js reads (its langPath) and electron-builder ships. Nothing is downloaded.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'resources', 'tessdata');
mkdirSync(out, { recursive: true });

// best_int: the LSTM models measured in toolchain-notes; osd exists in one model only.
const models = { eng: '4.0.0_best_int', fra: '4.0.0_best_int', osd: '4.0.0' };
for (const [lang, variant] of Object.entries(models)) {
  const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  const src = join(pkg, variant, `${lang}.traineddata.gz`);
  if (!existsSync(src)) throw new Error(`missing ${src}: reinstall @tesseract.js-data/${lang}`);
  copyFileSync(src, join(out, `${lang}.traineddata.gz`));
}
process.stdout.write(`tessdata: ${Object.keys(models).join(', ')} -> ${out}\n`);
