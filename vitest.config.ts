import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const packages = fileURLToPath(new URL('./packages/', import.meta.url));

/**
 * End-to-end files (a real server, a browser, a simulated lab) first: they are the longest, and a long
 * one started last keeps the whole run waiting on one core while the other idles.
 */
class EndToEndFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const endToEnd = (file: TestSpecification): boolean => file.moduleId.endsWith('.e2e.test.ts');
    return [...sorted.filter(endToEnd), ...sorted.filter((file) => !endToEnd(file))];
  }
}

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
    sequence: { sequencer: EndToEndFirst },
  },
});
