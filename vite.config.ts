import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';

// The service worker precaches every file of the build (story chunks in both languages, art, sounds,
// chart code, the simulation worker, every lazy chunk): after one visit the game plays with no network.
// The largest file is the scenery chunk (~1.4 MB) and the largest sound ~0.6 MB; the limit leaves room.
const PRECACHE_LIMIT = 4 * 1024 * 1024;

// The story's early import (src/story-early.ts) is its own entry, a chunk of a few KB that the
// page loads beside the main bundle, not inside it: the story chunk is then asked for as soon as
// the HTML is parsed, and downloads (and compiles, off the main thread) while the main bundle
// still loads. main.ts imports the same chunk, so both share one module instance.
const EARLY = 'early';
// zod's core, shared by the lazy chunks that validate (the checked storage, the room, the workshop):
// one chunk of its own, off the start-up path (main.ts loads the checked storage after the first screen).
const ZOD_CORE = /zod\/v4\/core\/(util|core|errors|parse|regexes|checks|doc|versions|schemas|api)\.js$/;
function earlyStoryScript(): Plugin {
  return {
    name: 'alice:early-story',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === EARLY);
        if (!chunk) throw new Error('the early story chunk is missing from the build');
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, async: true, src: `./${chunk.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    inkPlugin(),
    earlyStoryScript(),
    VitePWA({
      // A new version waits until the player says so (src/ui/update-notice.ts): never swapped under a game.
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false, // the glob below has them
      manifest: {
        // One manifest, one name: the game's English title (also its title in the French prose);
        // the description says it in both languages.
        name: "Alice's Logbook",
        short_name: "Alice's Logbook",
        description: "A choose-your-path game about B2B marketing, with real numbers. / Un jeu dont vous choisissez le chemin, sur le marketing B2B, avec de vrais chiffres.",
        lang: 'en',
        dir: 'ltr',
        id: './',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1f4e8c',
        background_color: '#16294a',
        categories: ['education', 'games', 'business'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,wav,json}'],
        maximumFileSizeToCacheInBytes: PRECACHE_LIMIT,
        // Links into the game (?path=..., ?lang=...) open the cached page offline.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/socket\.io/],
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // SVGs and audio must stay files: Phaser's loader cannot read SVG data URIs.
    assetsInlineLimit: (file) => !/\.(svg|wav|ogg|mp3)$/.test(file),
    chunkSizeWarningLimit: 2000, // Phaser alone is ~1.2 MB minified (355 KB gzipped): a known, budgeted cost
    reportCompressedSize: false,
    rollupOptions: {
      // zod's core in one chunk for the lazy chunks that validate, not one each. What start-up shares
      // with lazy chunks (the DOM helper, Vite's preload helper) stays in the start-up bundle: no
      // chunk of its own, so one request less before the first choice (each costs a round trip to
      // the server or the service worker).
      output: { manualChunks: (id: string) => (ZOD_CORE.test(id) ? 'zod' : undefined) },
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)), [EARLY]: fileURLToPath(new URL('src/story-early.ts', import.meta.url)) },
    },
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
