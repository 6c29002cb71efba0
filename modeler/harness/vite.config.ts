import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Test pages for the modeler alone, without the web app or an engine: built by the browser tests
 * into a directory of their own (`vite build --config modeler/harness/vite.config.ts --outDir …`).
 * Never shipped.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // The web app's one-preact rule (see web/vite.config.ts): diagram-js's popup menus stay empty otherwise.
  resolve: { alias: [{ find: /^preact(?=$|\/)/, replacement: fileURLToPath(new URL('../../node_modules/@bpmn-io/properties-panel/preact', import.meta.url)) }] },
  build: {
    emptyOutDir: true,
    // A test page: built on every test run, so build it fast rather than small.
    minify: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 16000,
    rollupOptions: { input: { camunda7: fileURLToPath(new URL('camunda7/index.html', import.meta.url)) } },
  },
});
