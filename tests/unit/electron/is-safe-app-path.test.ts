import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeAppPath, resolveAppPath } from '../../../main/electron/security/is-safe-app-path';

const root = resolve('/srv/kimberlite/out/renderer');

describe('resolveAppPath (app:// traversal check)', () => {
  it('serves files under the renderer folder', () => {
    expect(resolveAppPath('app://kimberlite/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://kimberlite/assets/index-abc.js', root)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath('app://kimberlite/assets/a%20b.png', root)).toBe(
      join(root, 'assets', 'a b.png'),
    );
  });

  it('maps the bare origin to index.html and ignores query and fragment', () => {
    expect(resolveAppPath('app://kimberlite/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://kimberlite', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://kimberlite/index.html?x=1#y', root)).toBe(
      join(root, 'index.html'),
    );
  });

  it.each([
    ['dot-dot segments', 'app://kimberlite/../../etc/passwd'],
    ['encoded dot-dot', 'app://kimberlite/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dot-dot', 'app://kimberlite/%2E%2E/secret'],
    ['encoded slash', 'app://kimberlite/..%2f..%2fetc%2fpasswd'],
    ['encoded slash after a folder', 'app://kimberlite/assets%2f..%2f..%2fx'],
    ['backslash', 'app://kimberlite/..\\..\\windows\\win.ini'],
    ['encoded backslash', 'app://kimberlite/..%5c..%5cwin.ini'],
    ['NUL', 'app://kimberlite/index.html%00.png'],
    ['absolute path after a double slash', 'app://kimberlite//etc/passwd'],
    ['encoded absolute path', 'app://kimberlite/%2fetc%2fpasswd'],
    ['drive letter', 'app://kimberlite/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://kimberlite/C%3A/Windows/win.ini'],
    ['malformed percent-encoding', 'app://kimberlite/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['credentials', 'app://user:pw@kimberlite/index.html'],
    ['a port', 'app://kimberlite:8080/index.html'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const nasty = ['..', '%2e%2e', '.%2e', '%2e.', '\\', '%5c', '%00', '/', '%2f', 'a', ':', 'C:'];
    for (const a of nasty) {
      for (const b of nasty) {
        for (const c of nasty) {
          const out = resolveAppPath(`app://kimberlite/${a}/${b}/${c}`, root);
          if (out !== null) expect(out.startsWith(root + '/')).toBe(true);
        }
      }
    }
  });
});

describe('isSafeAppPath', () => {
  it('accepts plain rooted paths', () => {
    expect(isSafeAppPath('/index.html')).toBe(true);
    expect(isSafeAppPath('/assets/')).toBe(true);
  });
  it.each(['relative.html', '/a/../b', '/./a', '/a\\b', '/a\0b', '//host/share', '/a//b', '/x:y'])(
    'refuses %j',
    (p) => {
      expect(isSafeAppPath(p)).toBe(false);
    },
  );
});
