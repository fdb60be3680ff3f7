#!/usr/bin/env node
// `npm test`: unit and story tests (vitest, Node), then the browser tests against the production
// build served on 127.0.0.1. Without Chromium the browser part is skipped loudly; with
// E2E=required (CI) a missing browser is a failure. Ends with one "N passed, N failed" line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

const bin = (name) => `node_modules/.bin/${name}`;
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function vitest(args, label) {
  const out = `test-results/${label}.json`;
  rmSync(out, { force: true });
  const r = spawnSync(bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { stdio: 'inherit', env });
  if (r.status !== 0) exitCode = 1;
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests;
    totals.skipped += j.numPendingTests + j.numTodoTests;
    if (j.numTotalTests === 0) {
      console.error(`${label}: no test ran`);
      exitCode = 1;
    }
  } else if (r.status !== 0) totals.failed += 1;
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

mkdirSync('test-results', { recursive: true });
const only = process.argv[2]; // 'unit' or 'e2e' to run one part
if (only !== 'e2e') vitest([], 'unit');

if (only !== 'unit') {
  const chromium = findChromium();
  if (!chromium) {
    const msg = '\n!!! No Chromium found (/usr/bin/chromium): the BROWSER TESTS WERE SKIPPED. Install it with `apt-get install chromium`.\n';
    console.error(msg);
    if (process.env.E2E === 'required') {
      console.error('E2E=required: a missing browser is a failure.');
      exitCode = 1;
      totals.failed += 1;
    }
  } else {
    const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit', env });
    if (build.status !== 0) {
      exitCode = 1;
      totals.failed += 1;
    } else {
      const port = await freePort();
      const server = spawn(bin('vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'ignore', 'inherit'], env });
      try {
        await waitFor(`http://127.0.0.1:${port}/`, 30_000);
        process.env.BASE_URL = `http://127.0.0.1:${port}/`;
        process.env.CHROMIUM_PATH = chromium;
        env.BASE_URL = process.env.BASE_URL;
        env.CHROMIUM_PATH = chromium;
        vitest(['--config', 'vitest.e2e.config.ts'], 'e2e');
      } finally {
        server.kill('SIGTERM');
      }
    }
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
