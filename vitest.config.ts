import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages = fileURLToPath(new URL('./packages/', import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run the TypeScript sources of the workspace packages directly; no build is needed first.
    alias: [
      { find: /^@aliquot\/([a-z]+)$/, replacement: `${packages}$1/src/index.ts` },
      { find: /^@aliquot\/([a-z]+)\/([a-z0-9-]+)$/, replacement: `${packages}$1/src/$2/index.ts` },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    globalSetup: ['packages/testkit/src/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
