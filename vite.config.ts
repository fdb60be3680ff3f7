import { defineConfig } from 'vitest/config';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';

export default defineConfig({
  base: './',
  plugins: [inkPlugin()],
  build: {
    target: 'es2022',
    // SVGs and audio must stay files: Phaser's loader cannot read SVG data URIs.
    assetsInlineLimit: (file) => !/\.(svg|wav|ogg|mp3)$/.test(file),
    chunkSizeWarningLimit: 2000, // Phaser alone is ~1.2 MB minified (355 KB gzipped): a known, budgeted cost
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
  // `npm run dev` beside `npm run room`: the page's socket.io requests go to the room server, so the
  // dev page talks to it on its own origin as the built game does (nothing listens: nothing happens).
  server: { host: '127.0.0.1', proxy: { '/socket.io': { target: `http://127.0.0.1:${process.env.ROOM_PORT ?? 4180}`, ws: true } } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/story/**/*.test.ts', 'tests/room/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
