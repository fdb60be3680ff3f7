// Builds the two baseline pages of `npm run bench` (bare Phaser, bare inkjs) like the game.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { inkPlugin } from '../vite-plugin-ink.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
export default defineConfig({
  root: here,
  base: './',
  plugins: [inkPlugin()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { phaser: `${here}phaser.html`, ink: `${here}ink.html` } },
  },
});
