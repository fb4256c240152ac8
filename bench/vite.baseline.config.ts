import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the bench's baseline page (bench/baseline) as the app is built: same target, nothing inlined. */
export default defineConfig({
  root: fileURLToPath(new URL('baseline', import.meta.url)),
  base: './',
  plugins: [react()],
  // The output folder is given on the command line (bench/run.ts builds into a temp folder).
  build: { target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1500 },
  logLevel: 'warn',
});
