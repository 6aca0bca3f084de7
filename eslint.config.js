// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The runtime borders of architecture.md, enforced per folder.
const electronOnlyInShell = {
  paths: [{ name: 'electron', message: 'Only main/electron/** may import electron.' }],
  patterns: [{ group: ['electron/*'], message: 'Only main/electron/** may import electron.' }],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    // Keep disableTypeChecked's parserOptions (project: false): plain JS is in no tsconfig.
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', electronOnlyInShell] },
  },
  {
    files: ['main/electron/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '../main/*', '../main/**', '../renderer/**'],
              message: 'The preload imports only electron and the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to the service only through renderer/api/client.ts.',
            },
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' },
            {
              group: ['**/main/**', '../main/*'],
              message: 'The renderer may not import main/**; use renderer/api/client.ts.',
            },
            {
              group: ['**/preload/*', '!**/preload/contract'],
              message: 'The renderer may import only types from preload/contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
