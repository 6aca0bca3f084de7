import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

// js-yaml comes with electron-builder (no extra dependency); it has no bundled types.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId?: string;
  productName?: string;
  files?: string[];
  asarUnpack?: string[];
  extraResources?: { from: string; to: string }[];
  fileAssociations?: {
    ext: string;
    name: string;
    role: string;
    mimeType: string;
  }[];
  electronFuses?: Record<string, boolean>;
  npmRebuild?: boolean;
  icon?: string;
  linux?: { target: string[]; category: string; maintainer: string };
  win?: { target: string[] };
  mac?: { target: string[]; category: string };
}

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("validates against electron-builder's own JSON schema", () => {
    const schema = JSON.parse(
      readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8'),
    ) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
    // …and the schema really bites: a misspelt key or a wrong type is refused.
    expect(validate({ ...config, fileAsociations: [] })).toBe(false);
    expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).toBe(false);
  });

  it('turns off the Node back doors with fuses and loads code only from the asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('associates .kimb files with the app', () => {
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({
        ext: 'kimb',
        name: 'Kimberlite case',
        role: 'Editor',
        mimeType: 'application/x-kimberlite-case',
      }),
    );
  });

  it('unpacks native modules from the asar and rebuilds them for Electron', () => {
    const unpack = config.asarUnpack ?? [];
    expect(unpack).toContain('**/*.node');
    for (const mod of ['better-sqlite3', 'sharp', '@img', '@napi-rs']) {
      expect(
        unpack.some((p) => p.includes(`node_modules/${mod}/`)),
        mod,
      ).toBe(true);
    }
    expect(config.npmRebuild).toBe(true);
  });

  it('ships the bundles, resources/ and an icon that exists', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.extraResources).toContainEqual(
      expect.objectContaining({ from: 'resources/', to: 'resources' }),
    );
    expect(config.icon).toBeDefined();
    expect(existsSync(config.icon ?? '')).toBe(true);
    const png = readFileSync(config.icon ?? '');
    // PNG IHDR: width and height as big-endian uint32 at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('targets AppImage + deb, nsis and dmg', () => {
    expect(config.productName).toBe('Kimberlite');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac).toMatchObject({
      target: ['dmg'],
      category: 'public.app-category.business',
    });
  });

  it("points at the main entry electron-vite builds (package.json's main)", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
  });
});
