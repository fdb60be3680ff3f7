#!/usr/bin/env node
// `npm run bench`: prints JSON lines {name, value, unit, baseline?, ratio?, budget?}.
// The model: one semester, a 1,000-run Monte Carlo, the branch table, against the PRNG floor
// (scripts/bench-sim.ts). The page, in Debian's Chromium against the production build: navigation
// to the first playable choice vs a bare inkjs page, frame pacing vs a bare Phaser scene (both
// Canvas), long tasks while playing, and heap after 20 playthroughs vs after the first. The
// workshop room (scripts/bench-room.ts): vote -> facilitator p95 with 40 clients vs a bare
// socket.io echo, and the room server's heap per client vs a bare socket.io server's.
// `--sim`, `--room` or `--page` runs one part.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const env = { ...process.env, NO_COLOR: '1' };
const emit = (o) => console.log(JSON.stringify(o));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const only = ['page', 'sim', 'room', 'class'].find((p) => process.argv.includes(`--${p}`)) ?? 'all';
// `--lines=first,offline,frames,play,class` (implies --page): only those page measures. `--no-build`
// reuses dist/ and dist-bench/ as they are (repeated runs while measuring one change; `--keep` keeps dist-bench/).
const linesArg = process.argv.find((a) => a.startsWith('--lines='));
const lines = linesArg ? new Set(linesArg.slice(8).split(',')) : null;
const want = (l) => !lines || lines.has(l);
if (lines && only !== 'all' && only !== 'page') throw new Error('--lines is for the page part');
const pageOnly = lines ? 'page' : only;
const detail = process.argv.includes('--detail');
// `--dist=DIR`: serve another build of the game (before/after comparisons in one run of the machine).
const distDir = process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist';

for (const [part, script] of [['sim', 'scripts/bench-sim.ts'], ['room', 'scripts/bench-room.ts'], ['class', 'scripts/bench-class.ts']]) {
  if (pageOnly !== 'all' && pageOnly !== part) continue;
  const r = spawnSync('node_modules/.bin/tsx', [script, '--json'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.exitCode = 1;
}
if (only === 'sim' || only === 'room') process.exit(process.exitCode ?? 0);

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!chromiumPath) {
  console.error('No Chromium: page benchmarks skipped.');
  process.exit(process.exitCode ?? 0);
}
// `--class`: the game's build only (the Class panel in the page); the page's lines also need the bare baselines.
const noBuild = process.argv.includes('--no-build');
const builds = [['dist', ['build', '--logLevel', 'warn']], ...(only === 'class' ? [] : [['dist-bench', ['build', '--config', 'scripts/bench/vite.config.ts']]])];
for (const [, args] of builds.filter(([out]) => !(noBuild && existsSync(out)))) {
  const b = spawnSync('node_modules/.bin/vite', args, { env, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}

// A small static server: the game at /, the baselines at /bench/. `network.down` drops every
// request unanswered (the offline line below): the game then has only its service worker.
const network = { down: false };
const types = { '.webmanifest': 'application/manifest+json', '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.wav': 'audio/wav', '.png': 'image/png' };
const server = createServer((req, res) => {
  if (network.down) return void req.socket.destroy();
  const url = new URL(req.url, 'http://127.0.0.1');
  const [root, rel] = url.pathname.startsWith('/bench/') ? ['dist-bench', url.pathname.slice(7)] : [distDir, url.pathname.slice(1)];
  const file = normalize(join(root, rel || 'index.html'));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

// The time is taken in the page, at the first animation frame after the element appears (the
// frame that paints it), for both pages alike: asking the page for performance.now() after
// Playwright saw the element would add whatever the page does next (loading the scenery).
// `warm`: the second visit. The game's is served by its service worker (first visit, then one
// reload so that the worker controls the page, then the timed visit); the bare page's is simply
// its second load in the same browser context.
async function timeTo(url, selector, { warm = false } = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await ctx.addInitScript((sel) => {
    const seen = () => {
      const el = document.querySelector(sel);
      return !!el && el.getClientRects().length > 0;
    };
    const mo = new MutationObserver(() => {
      if (!seen()) return;
      mo.disconnect();
      requestAnimationFrame(() => (window.__shownAt = performance.now()));
    });
    mo.observe(document, { childList: true, subtree: true, attributes: true });
  }, selector);
  const page = await ctx.newPage();
  if (warm) await firstVisit(page, url, selector);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(selector, { state: 'visible', timeout: 60_000 });
  await page.waitForFunction(() => typeof window.__shownAt === 'number');
  const t = await page.evaluate(() => window.__shownAt);
  if (warm && url.startsWith(`${base}/?`) && !(await page.evaluate(() => !!navigator.serviceWorker.controller))) throw new Error('warm visit not served by the service worker');
  await ctx.close();
  return t;
}

// A first visit; on the game's page, until its service worker has precached everything and controls the page.
async function firstVisit(page, url, selector) {
  await page.goto(url);
  await page.waitForSelector(selector, { state: 'visible', timeout: 60_000 });
  if (!url.startsWith(`${base}/?`)) return;
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
}

// The game's test hook (window.__alice: src/hook.ts) loads only when an init script asks for it;
// the first-choice timing does not ask (it measures the page as players get it).
const askForHook = (ctx) => ctx.addInitScript(() => (window.__aliceHook = true));

async function framePacing(url, ready, settled = async () => {}) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await askForHook(ctx);
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(ready, null, { timeout: 60_000 });
  await settled(page);
  await page.waitForTimeout(1000);
  const frames = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const out = [];
        let last = performance.now();
        const end = last + 3000;
        const tick = (t) => {
          out.push(t - last);
          last = t;
          if (t < end) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      }),
  );
  await ctx.close();
  const sorted = [...frames].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)], p95: sorted[Math.floor(sorted.length * 0.95)], fps: frames.length / 3 };
}

// The Class panel in the page (issue 14: 200 codes under 2 s), in the production build: from the
// click on the facilitator's Class button, the 200 codes pasted at once (a new page: the panel's
// code, the worker and the model all cold), to the ranking drawn; then the same codes read again.
async function classInPage() {
  const codes = spawnSync('node_modules/.bin/tsx', ['scripts/bench-class.ts', '--codes'], { env, encoding: 'utf8' }).stdout;
  const cold = [];
  const again = [];
  for (let i = 0; i < 3; i++) {
    const c = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const p = await c.newPage();
    await p.goto(`${base}/?lang=en&renderer=canvas`);
    await p.locator('button.fac-class').first().waitFor();
    const read = () => p.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      const before = document.querySelector('.class-panel')?.getAttribute('data-ready') ?? null;
      document.querySelector('#class-read').click();
      const done = () => {
        const el = document.querySelector('.class-panel');
        if (el?.getAttribute('data-ready') === before || !el?.querySelector('.class-rank tbody tr')) return false;
        mo.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
        return true;
      };
      const mo = new MutationObserver(done);
      mo.observe(document.body, { subtree: true, childList: true, attributes: true });
    }));
    const t = await p.evaluate((text) => new Promise((resolve) => {
      const t0 = performance.now();
      document.querySelector('button.fac-class').click();
      const mo = new MutationObserver(() => {
        const input = document.querySelector('#class-input');
        if (!input) return;
        mo.disconnect();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        document.querySelector('#class-read').click();
        const mo2 = new MutationObserver(() => {
          if (!document.querySelector('.class-panel[data-ready] .class-rank tbody tr')) return;
          mo2.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        mo2.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      mo.observe(document.body, { subtree: true, childList: true });
    }), codes);
    cold.push(t);
    again.push(await read());
    const rows = await p.locator('.class-rank tbody tr').count();
    if (rows !== 200) throw new Error(`class panel: ${rows} ranked, not 200`);
    await c.close();
  }
  emit({ name: 'class.page_load_200_cold', value: round(median(cold), 1), unit: 'ms', budget: 2000, runs: cold.map((x) => round(x, 0)), note: 'new page: click on Class, 200 codes (120 paths) pasted at once, to the ranking drawn' });
  emit({ name: 'class.page_load_200_again', value: round(median(again), 1), unit: 'ms', budget: 2000, runs: again.map((x) => round(x, 0)), note: 'the same codes read again in that page' });
}

try {
  if (only === 'class') await classInPage();
  else await pageLines();
} finally {
  await browser.close();
  server.close();
  // The baseline pages are build output: do not leave them where eslint and git look (`--keep`
  // leaves them for the next `--no-build` run).
  if (!process.argv.includes('--keep')) rmSync('dist-bench', { recursive: true, force: true });
}

async function pageLines() {
  // 1. Navigation -> first playable choice (a path link with no choices replays to the first one).
  if (want('first')) {
  // Loads alternate, game then bare page; 11 of each (5 read 1.13-1.31 for the same build on a quiet
  // machine: a single slow load moved the median). `--first-runs=N` to change it.
  const runs = Number(/^--first-runs=(\d+)$/.exec(process.argv.find((x) => x.startsWith('--first-runs=')) ?? '')?.[1] ?? 11);
  const pairs = (a, b) => round(median(a.map((x, i) => x / b[i])));
  const app = [];
  const bare = [];
  for (let i = 0; i < runs; i++) {
    app.push(await timeTo(`${base}/?path=1-1-&lang=en&renderer=canvas`, 'button.choice'));
    bare.push(await timeTo(`${base}/bench/ink.html`, 'button.choice'));
  }
  const a = median(app);
  const b = median(bare);
  emit({ name: 'page.first_choice', value: round(a, 1), unit: 'ms', baseline: round(b, 1), baselineName: 'bare inkjs page', ratio: round(a / b), budget: 1.2, runs, pairRatioMedian: pairs(app, bare) });
  const appWarm = [];
  const bareWarm = [];
  for (let i = 0; i < runs; i++) {
    appWarm.push(await timeTo(`${base}/?path=1-1-&lang=en&renderer=canvas`, 'button.choice', { warm: true }));
    bareWarm.push(await timeTo(`${base}/bench/ink.html`, 'button.choice', { warm: true }));
  }
  const aw = median(appWarm);
  const bw = median(bareWarm);
  emit({ name: 'page.first_choice_warm', value: round(aw, 1), unit: 'ms', baseline: round(bw, 1), baselineName: 'bare inkjs page, second load', ratio: round(aw / bw), budget: 1.2, runs, pairRatioMedian: pairs(appWarm, bareWarm), note: 'second visit, the game from its service worker cache' });
  }

  // 1b. Offline: after one visit, the network goes (the server drops every request, the context is
  // offline), the page reloads and plays one whole path to its ending.
  if (want('offline')) {
    const c = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await askForHook(c);
    const p = await c.newPage();
    const url = `${base}/?lang=en&renderer=canvas`;
    let ok = false;
    let why = '';
    try {
      await firstVisit(p, url, 'h1');
      network.down = true;
      await c.setOffline(true);
      await p.reload();
      await p.waitForFunction(() => !!window.__alice, null, { timeout: 60_000 });
      await p.evaluate(() => window.__alice.autoplay());
      const phase = await p.evaluate(() => window.__alice.phase);
      const numbers = await p.evaluate(() => document.querySelector('.end-screen') && !document.querySelector('.end-screen').hidden);
      ok = phase === 'ended' && !!numbers;
      if (!ok) why = `phase ${phase}, end screen ${numbers ? 'shown' : 'not shown'}`;
    } catch (e) {
      why = String(e).split('\n')[0];
    } finally {
      network.down = false;
      await c.close();
    }
    emit({ name: 'page.offline_ok', value: ok ? 1 : 0, unit: 'bool', budget: 1, note: ok ? 'reloaded offline after one visit and played one path to its ending' : why });
    if (!ok) process.exitCode = 1;
  }

  // 2. Frame pacing in a story scene (characters breathing and blinking), Canvas renderer, once the
  // scene is on stage: the scenery loads after the first choice is shown, and pacing while art is
  // still being drawn is the long-task budget's business (below), not this one's.
  if (want('frames')) {
  const appFrames = await framePacing(
    `${base}/?path=1-1-&lang=en&renderer=canvas`,
    () => !!document.querySelector('button.choice'),
    async (page) => {
      await page.waitForFunction(() => !!window.__alice);
      await page.evaluate(() => window.__alice.settled());
    },
  );
  const bareFrames = await framePacing(`${base}/bench/phaser.html?renderer=canvas`, () => window.benchReady === true);
  emit({ name: 'page.frame_p95', value: round(appFrames.p95, 1), unit: 'ms', baseline: round(bareFrames.p95, 1), baselineName: 'bare Phaser scene', ratio: round(appFrames.p95 / bareFrames.p95) });
  emit({ name: 'page.fps', value: round(appFrames.fps, 1), unit: 'fps', baseline: round(bareFrames.fps, 1), baselineName: 'bare Phaser scene', ratio: round(appFrames.fps / bareFrames.fps) });
  }

  // 3. Long tasks while playing, and heap after 20 playthroughs vs after the first. autoplay() runs
  // its steps in tasks of ~8 ms plus one step (a fast player's clicks), so a long task is one slow
  // step or frame, not hundreds of steps chained in one task. Heap is read once the stage is idle.
  if (want('play')) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await askForHook(ctx);
  const page = await ctx.newPage();
  await page.goto(`${base}/?lang=en&renderer=canvas`);
  await page.waitForFunction(() => !!window.__alice);
  await page.evaluate(() => window.__alice.ready);
  await page.evaluate(() => {
    window.__long = [];
    window.__causes = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => ({ at: e.startTime, d: e.duration })))).observe({ type: 'longtask' });
    // Long animation frames name the scripts that ran in them: what the long tasks were.
    new PerformanceObserver((l) => {
      for (const f of l.getEntries()) {
        if (f.duration <= 50) continue;
        const scripts = f.scripts.filter((x) => x.duration > 5).map((x) => `${x.invoker || x.invokerType} ${x.sourceFunctionName || ''}@${(x.sourceURL || '').split('/').pop()}`.trim());
        const full = f.scripts.map((x) => [Math.round(x.duration), Math.round(x.forcedStyleAndLayoutDuration), x.invoker || x.invokerType, x.sourceFunctionName, `${(x.sourceURL || '').split('/').pop()}:${x.sourceCharPosition}`]);
        window.__causes.push({ d: f.duration, t: Math.round(f.startTime), render: f.renderStart ? f.startTime + f.duration - f.renderStart : 0, blocking: Math.round(f.blockingDuration), scripts, full });
      }
    }).observe({ type: 'long-animation-frame' });
  });
  const cdp = await ctx.newCDPSession(page);
  const heap = async () => {
    await page.evaluate(() => window.__alice.settled());
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // The same heap without V8's compiled code, from a heap snapshot: what the game holds (JS objects,
  // strings, arrays, the DOM and other engine objects). Compiled code grows for several playthroughs
  // as the JIT optimises the hot functions (the model, ink, the scene) and is flushed on its own
  // schedule: it is most of usedSize's growth (measured: +0.49 MB of code against +0.003 MB of JS
  // objects from the first to the third playthrough), not memory the game keeps.
  const objectsHeap = async () => {
    const chunks = [];
    const onChunk = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const snap = JSON.parse(chunks.join(''));
    const fields = snap.snapshot.meta.node_fields;
    const width = fields.length, typeAt = fields.indexOf('type'), sizeAt = fields.indexOf('self_size');
    const code = snap.snapshot.meta.node_types[0].indexOf('code');
    let bytes = 0;
    for (let i = 0; i < snap.nodes.length; i += width) if (snap.nodes[i + typeAt] !== code) bytes += snap.nodes[i + sizeAt];
    return bytes;
  };
  // The budget's window in each playthrough: from its first choice on screen to its ending (issue
  // 15); what happens before (the new game's story, the first AudioContext) is counted apart.
  const windows = [];
  windows.push(await page.evaluate(() => window.__alice.autoplay()));
  const first = await heap();
  const inWindow = (tasks, ws) => tasks.filter((t) => ws.some((w) => t.at >= w.firstChoiceAt && t.at <= w.endedAt));
  const allFirst = await page.evaluate(() => window.__long.slice());
  // After the first playthrough's tasks are read: the snapshot pauses the page (a long task of its own, outside every window).
  const firstObjects = await objectsHeap();
  const longFirst = inWindow(allFirst, windows).map((t) => t.d);
  for (let i = 1; i < 20; i++) windows.push(await page.evaluate(() => window.__alice.autoplay()));
  const after = await heap();
  const afterObjects = await objectsHeap();
  const allTasks = await page.evaluate(() => window.__long.slice());
  const longAll = inWindow(allTasks, windows).map((t) => t.d);
  const outside = allTasks.length - longAll.length;
  const maxOutside = round(Math.max(0, ...allTasks.filter((t) => !inWindow([t], windows).length).map((t) => t.d)), 1);
  const causes = await page.evaluate(() => window.__causes.slice());
  // The noise floor of this machine at this moment: long tasks in the bare Phaser scene in 10 s.
  const floor = await (async () => {
    const c = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const p = await c.newPage();
    await p.goto(`${base}/bench/phaser.html?renderer=canvas`);
    await p.waitForFunction(() => window.benchReady === true);
    const n = await p.evaluate(() => new Promise((resolve) => {
      const seen = [];
      new PerformanceObserver((l) => seen.push(...l.getEntries())).observe({ type: 'longtask' });
      setTimeout(() => resolve(seen.length), 10_000);
    }));
    await c.close();
    return n;
  })();
  emit({ name: 'page.long_tasks_bare_phaser_10s', value: floor, unit: 'tasks>50ms', note: 'noise floor of the machine during this run' });
  emit({ name: 'page.long_tasks_first_playthrough', value: longFirst.length, unit: 'tasks>50ms', max: round(Math.max(0, ...longFirst), 1), baseline: floor, baselineName: 'bare Phaser scene, 10 s', budget: 0, note: 'first choice to ending; budget: no more than the baseline', before: allFirst.length - longFirst.length });
  // What the long frames spent their time on: rendering (style, layout, paint, canvas) or scripts.
  const tally = new Map();
  for (const c of causes) {
    const key = c.scripts.length ? c.scripts.slice(0, 2).join(' + ') : 'rendering only';
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const top = [...tally].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([k, n]) => `${n}x ${k}`);
  emit({ name: 'page.long_tasks_20_playthroughs', value: longAll.length, unit: 'tasks>50ms', max: round(Math.max(0, ...longAll), 1), baseline: floor, baselineName: 'bare Phaser scene, 10 s', outsideWindow: outside, maxOutsideWindow: maxOutside, longFrames: causes.length, renderMsInLongFrames: round(median(causes.map((c) => c.render)) ?? 0, 1), topCauses: top });
  emit({ name: 'page.heap_objects_after_20_playthroughs', value: round(afterObjects / 1048576, 2), unit: 'MB', baseline: round(firstObjects / 1048576, 2), baselineName: 'after the first playthrough', ratio: round(afterObjects / firstObjects, 3), budget: 1.05, note: 'heap snapshot: everything but V8 compiled code' });
  emit({ name: 'page.heap_after_20_playthroughs', value: round(after / 1048576, 2), unit: 'MB', baseline: round(first / 1048576, 2), baselineName: 'after the first playthrough', ratio: round(after / first, 3), note: 'V8 usedSize, compiled code included (it grows while the JIT warms up); the budget is on heap_objects' });
  if (detail) for (const c of causes) console.error(JSON.stringify(c));
  await ctx.close();
  }
  if (want('class')) await classInPage();
}
