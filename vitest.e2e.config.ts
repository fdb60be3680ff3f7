// Browser tests: playwright-core drives Debian's Chromium against the production build.
// Run through `npm test` (scripts/test.mjs), which builds, serves and points BASE_URL here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Vitest sets process.env.BASE_URL to Vite's `base` ('/'); keep the served build's URL.
    env: { BASE_URL: process.env.BASE_URL ?? 'http://127.0.0.1:4173/' },
  },
});
