import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Engine API in development (npm start serves the built app itself).
const API_TARGET = 'http://127.0.0.1:3000';

const REACT_PACKAGES =
  /[\\/]node_modules[\\/](react|react-dom|react-router|react-router-dom|@remix-run[\\/]router|scheduler)[\\/]/;
const I18N_PACKAGES = /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/;
// formily and dnd-kit serve the form pages only; they build on antd, never the other way round.
const FORM_PACKAGES = /[\\/]node_modules[\\/](@formily|@dnd-kit)[\\/]/;

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd with its rc-* components is one vendor chunk of about 1.2 MB minified (390 kB gzipped);
    // splitting rc-* from antd makes circular chunks.
    chunkSizeWarningLimit: 1400,
    rollupOptions: {
      output: {
        // Keep vendor code in stable, cacheable chunks.
        manualChunks(id: string): string | undefined {
          if (!id.includes('node_modules')) return undefined;
          if (REACT_PACKAGES.test(id)) return 'react';
          if (I18N_PACKAGES.test(id)) return 'i18n';
          if (FORM_PACKAGES.test(id)) return 'forms';
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
