import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { APP_VERSION } from '../../main/app-version';

it('APP_VERSION follows package.json', () => {
  const pkg = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  expect(APP_VERSION).toBe(pkg.version);
});
