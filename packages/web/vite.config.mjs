// @ts-check
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app imports the domain's TypeScript sources directly, as the root vitest config does.
const domain = fileURLToPath(new URL('../domain/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: [{ find: /^@aliquot\/domain$/, replacement: domain }] },
  // bwip-js (~950 kB) and the chart (~430 kB) are loaded only on the screens that draw them.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  // `npm run dev` beside `aliquot serve` (port 8080): the API calls go to the server.
  server: { proxy: { '/api': 'http://localhost:8080', '/fhir': 'http://localhost:8080' } },
});
