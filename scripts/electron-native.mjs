#!/usr/bin/env node
// Prepares a checkout to run under Electron (`npm start`): makes sure Electron's binary is
// present and that better-sqlite3 is built for Electron's ABI in .electron-native/, leaving
// node_modules' Node build alone for the CLI and the tests. The shell loads the Electron build
// through ServiceOptions.nativeBinding when unpackaged; packaged apps get theirs from
// electron-builder (npmRebuild). Both steps need the internet the first time; failures end
// with one clear message and exit code 1, never a stack trace.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');
const sqliteSrc = join(root, 'node_modules', 'better-sqlite3');
const nativeDir = join(root, '.electron-native');
const sqliteDst = join(nativeDir, 'better-sqlite3');
const binding = join(sqliteDst, 'build', 'Release', 'better_sqlite3.node');
const stampFile = join(sqliteDst, '.kimberlite-build.json');
const logFile = join(nativeDir, 'build.log');

function fail(message) {
  console.error(`\nelectron-native: ${message}\n`);
  process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Electron's own test for its binary, without the download its index.js would trigger. */
function electronBinary() {
  const pathTxt = join(electronDir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist'),
    readFileSync(pathTxt, 'utf8').trim(),
  );
  return existsSync(exe) ? exe : null;
}

function looksOffline(text) {
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|getaddrinfo|network/i.test(
    text,
  );
}

function ensureElectron() {
  if (!existsSync(join(electronDir, 'package.json'))) {
    fail('node_modules/electron is missing; run `npm ci` first.');
  }
  if (electronBinary() !== null) return;
  console.log('electron-native: downloading the Electron binary (first run only)…');
  const res = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8' });
  if (res.status === 0 && electronBinary() !== null) return;
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  fail(
    [
      'the Electron binary is not installed and could not be downloaded',
      looksOffline(output) ? ' (this machine seems to have no internet access).' : '.',
      '\n  Electron fetches its runtime on first use; run `npm start` once with internet access,',
      '\n  or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron build.',
      '\n  Without Electron you can still use the browser host: `npx kimberlite serve <case.kimb>`.',
    ].join(''),
  );
}

function nodeGypScript() {
  const candidates = [
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  ];
  return candidates.find((c) => existsSync(c)) ?? null;
}

function ensureSqliteForElectron() {
  const electronVersion = readJson(join(electronDir, 'package.json')).version;
  const sqliteVersion = readJson(join(sqliteSrc, 'package.json')).version;
  const wanted = { electronVersion, sqliteVersion, platform: process.platform, arch: process.arch };
  if (existsSync(binding) && existsSync(stampFile)) {
    const have = readJson(stampFile);
    if (Object.entries(wanted).every(([k, v]) => have[k] === v)) {
      console.log(
        `electron-native: better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is ready.`,
      );
      return;
    }
  }

  const gyp = nodeGypScript();
  if (gyp === null) fail('node-gyp was not found (looked in node_modules and next to npm).');

  console.log(
    `electron-native: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (a few minutes)…`,
  );
  rmSync(sqliteDst, { recursive: true, force: true });
  mkdirSync(nativeDir, { recursive: true });
  // A copy, not an in-place rebuild: node_modules keeps the Node build the CLI and tests load.
  cpSync(sqliteSrc, sqliteDst, {
    recursive: true,
    filter: (src) => !src.startsWith(join(sqliteSrc, 'build')),
  });

  // npm exports its own config (nodedir=/usr on our machines) to scripts; node-gyp would then
  // build against Node's headers instead of Electron's, so drop every npm_config_* override.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')),
  );
  const args = [
    gyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
    '--runtime=electron',
    `--devdir=${join(homedir(), '.electron-gyp')}`,
  ];
  const res = spawnSync(process.execPath, args, { cwd: sqliteDst, env, encoding: 'utf8' });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  writeFileSync(logFile, `$ node ${args.join(' ')}\n${output}`);
  if (res.status !== 0 || !existsSync(binding)) {
    rmSync(sqliteDst, { recursive: true, force: true }); // never leave a half build behind
    const why = looksOffline(output)
      ? "could not download Electron's headers from electronjs.org (this machine seems to have no internet access)"
      : 'the native build failed';
    fail(`better-sqlite3 for Electron: ${why}.\n  Full output: ${logFile}`);
  }
  writeFileSync(stampFile, JSON.stringify(wanted, null, 2));
  console.log(`electron-native: built ${binding}`);
}

// --sqlite-only: just the native build (e.g. to prepare it before the binary is available).
if (!process.argv.includes('--sqlite-only')) ensureElectron();
ensureSqliteForElectron();
