import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script, without type declarations
import { compiledModule, watSources } from '../../../scripts/build-wasm.mjs';

interface Compiled {
  path: string;
  text: string;
}

describe('WebAssembly sources', () => {
  const sources = (watSources as () => string[])();

  it('finds the median filter among them', () => {
    expect(sources.some((p) => p.endsWith('median3.wat'))).toBe(true);
  });

  it.each(sources)(
    '%s is compiled into its TypeScript module (run scripts/build-wasm.mjs)',
    async (wat) => {
      const { path, text } = await (compiledModule as (p: string) => Promise<Compiled>)(wat);
      expect(readFileSync(path, 'utf8')).toBe(text);
    },
  );
});
