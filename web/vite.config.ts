import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Engine API in development (npm start serves the built app itself).
const API_TARGET = 'http://127.0.0.1:3000';

const REACT_PACKAGES =
  /[\\/]node_modules[\\/](react|react-dom|react-router|react-router-dom|@remix-run[\\/]router|scheduler)[\\/]/;
const I18N_PACKAGES = /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/;
// formily and dnd-kit serve the form pages only; they build on antd, never the other way round.
const FORM_PACKAGES = /[\\/]node_modules[\\/](@formily|@dnd-kit)[\\/]/;

// One preact for bpmn-io: htm/preact (diagram-js's popup menus) would otherwise take the hoisted
// preact 11 (preact-markup's) while diagram-js renders with its own preact 10, and the menus stay empty.
const PREACT = fileURLToPath(new URL('../node_modules/@bpmn-io/properties-panel/preact', import.meta.url));
// bpmn-io (bpmn-js, its properties panel with CodeMirror and the FEEL tooling, lint) is one chunk of
// its own, cached apart from antd: split further, its packages import each other in circles.
const BPMN_PACKAGES = /[\\/]node_modules[\\/](bpmn-js[^\\/]*|diagram-js[^\\/]*|@bpmn-io|bpmnlint[^\\/]*|camunda-bpmn-[^\\/]*|moddle[^\\/]*|bpmn-moddle|@codemirror|@lezer|@camunda|min-dom|min-dash|didi|htm|preact[^\\/]*|tiny-svg|path-intersection|ids|inherits-browser|object-refs|saxen|feelers|feelin|luxon|focus-trap|tabbable|marked|semver|style-mod|w3c-keyname|crelt|json-source-map|escape-html|lezer-feel|array-move|clsx)[\\/]/;

// dmn-js's decision table (决策表) with its table renderer: a chunk of its own, loaded with the lazy
// decision pages only (what it shares with bpmn-js, diagram-js and the FEEL editor, stays in the bpmn chunk).
const DMN_PACKAGES = /[\\/]node_modules[\\/](dmn-js[^\\/]*|dmn-moddle|table-js|inferno[^\\/]*|selection-ranges|selection-update|css\.escape)[\\/]/;

// The 知识库 editor (Tiptap on ProseMirror): a chunk of its own, loaded with the lazy editor page only
// (the key helpers it shares with CodeMirror stay in the bpmn chunk).
const EDITOR_PACKAGES = /[\\/]node_modules[\\/](@tiptap|prosemirror-[^\\/]*|orderedmap|rope-sequence|linkifyjs)[\\/]/;

// The contracts are bundled from source, like the forms package (its dist is CommonJS for Node).
const CONTRACTS = fileURLToPath(new URL('../contracts/src/index.ts', import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { alias: [{ find: /^preact(?=$|\/)/, replacement: PREACT }, { find: /^@careflow\/contracts$/, replacement: CONTRACTS }] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd with its rc-* components is one vendor chunk of about 1.2 MB minified (390 kB gzipped);
    // splitting rc-* from antd makes circular chunks.
    // The bpmn chunk is about 2.7 MB (600 kB gzipped).
    chunkSizeWarningLimit: 2800,
    rollupOptions: {
      output: {
        // Keep vendor code in stable, cacheable chunks.
        manualChunks(id: string): string | undefined {
          if (!id.includes('node_modules')) return undefined;
          if (REACT_PACKAGES.test(id)) return 'react';
          if (I18N_PACKAGES.test(id)) return 'i18n';
          if (FORM_PACKAGES.test(id)) return 'forms';
          if (EDITOR_PACKAGES.test(id)) return 'editor';
          if (DMN_PACKAGES.test(id)) return 'dmn';
          if (BPMN_PACKAGES.test(id)) return 'bpmn';
          return 'vendor';
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: API_TARGET, ws: true },
    },
  },
});
