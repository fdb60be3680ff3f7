// The ending's result code (text, link, QR code) and the Class panel with pasted codes: shares per
// decision, the class's outcomes, the ranking checked against the model run here in Node, a
// trainee's ledger, bad codes and duplicates, CSV export, a file over 1 MB refused, `?class=`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { create } from 'qrcode';
import { ARTIFACTS, axe, launch, openPage } from './browser';
import { ALICE_PATH, DECISIONS, allDecisionPaths, type Decisions } from '../../src/sim/decisions';
import { encodePath, decodePath } from '../../src/persist/path-code';
import { STORY_VERSION } from '../../src/narrative/version';
import { evaluatePath } from '../../src/service/debrief-request';
import { CLASS_RUNS, CLASS_SEED } from '../../src/ui/class/panel';
import { QUIET_ZONE } from '../../src/ui/result-code';
import { Session } from '../../src/narrative/session';
import { createLocalSimClient } from '../../src/service/client';
import { pathGuide } from '../../src/narrative/guide';
import { compileInkFile } from '../../scripts/ink-compile';
import { formatters } from '../../src/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ids = (d: Decisions) => DECISIONS.map((x) => d[x.key]);
const codeOf = (d: Decisions, seed: number) => encodePath({ seed, history: ['speech_applaud', ...ids(d).slice(0, 2), 'night_laptop', ...ids(d).slice(2)] });

describe('the result code', () => {
  it('is on the ending screen as text, a link to copy and a QR code of that link', async () => {
    const json = compileInkFile('story/en/main.ink').json!;
    const s = new Session({ loadStory: async () => json, externals: formatters, sim: createLocalSimClient() });
    await s.startGuided({ lang: 'en', seed: 77 }, pathGuide(ALICE_PATH, null));
    // Opened from an old (v1) link, the ending shows the game's code in today's format (v2: the story version and a check).
    const code = encodePath({ seed: 77, history: [...s.history] }, STORY_VERSION);
    const { page, context, errors, offsite } = await openPage(browser, { path: `?path=${encodePath({ seed: 77, history: [...s.history] })}&lang=en&renderer=canvas` });
    await page.locator('.end-screen').waitFor({ state: 'visible', timeout: 60_000 });
    if (await page.locator('.rs-panel:not([hidden])').count()) await page.keyboard.press('Escape');
    await expect(page.locator('.result-code-text').textContent()).resolves.toBe(code);
    const link = (await page.locator('.result-code-link').getAttribute('href'))!;
    expect(new URL(link).searchParams.get('path')).toBe(code);
    expect(decodePath(code, STORY_VERSION).ok).toBe(true);
    const svg = page.locator('.qr-box svg.qr');
    await svg.waitFor();
    // The QR code is the qrcode library's symbol of the link, module for module, with its quiet zone.
    const qr = create(link, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    let d = '';
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) d += `M${c + QUIET_ZONE} ${r + QUIET_ZONE}h1v1h-1z`;
    await expect(svg.locator('path').getAttribute('d')).resolves.toBe(d);
    await expect(svg.getAttribute('viewBox')).resolves.toBe(`0 0 ${n + 8} ${n + 8}`);
    await expect(svg.getAttribute('aria-label')).resolves.toMatch(/QR code/);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(256);
    expect(box.width).toBeCloseTo(box.height, 0);
    await page.screenshot({ path: `${ARTIFACTS}/result-code.png` });
    // Keyboard: the copy button is reachable and says what it did.
    await page.locator('.result-code-copy').focus();
    await page.keyboard.press('Enter');
    await page.locator('.toast:not([hidden])').waitFor();
    expect(await axe(page, '.end-screen')).toEqual([]);
    // French.
    await page.goto(new URL(`?path=${code}&lang=fr&renderer=canvas`, page.url()).href);
    await page.locator('.end-screen').waitFor({ state: 'visible', timeout: 60_000 });
    await expect(page.locator('#result-code-title').textContent()).resolves.toBe('Votre code de résultat');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
  it('is drawn on the page, the same symbol, when the QR worker fails to load', async () => {
    const json = compileInkFile('story/en/main.ink').json!;
    const s = new Session({ loadStory: async () => json, externals: formatters, sim: createLocalSimClient() });
    await s.startGuided({ lang: 'en', seed: 78 }, pathGuide(ALICE_PATH, null));
    const { page, context, errors, offsite } = await openPage(browser, {
      path: `?path=${encodePath({ seed: 78, history: [...s.history] }, STORY_VERSION)}&lang=en&renderer=canvas`,
      prepare: (c) => c.route(/qr\.worker/, (r) => r.fulfill({ status: 404, body: '' })),
    });
    await page.locator('.end-screen').waitFor({ state: 'visible', timeout: 60_000 });
    const svg = page.locator('.qr-box svg.qr');
    await svg.waitFor({ timeout: 30_000 });
    const link = (await page.locator('.result-code-link').getAttribute('href'))!;
    const qr = create(link, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    let d = '';
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) d += `M${c + QUIET_ZONE} ${r + QUIET_ZONE}h1v1h-1z`;
    await expect(svg.locator('path').getAttribute('d')).resolves.toBe(d);
    expect(errors.filter((e) => !/qr\.worker|404|Failed to load resource/.test(e))).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });
});

describe('the Class panel', () => {
  it('reads 200 pasted codes, shows the class beside Alice and the best path, ranks it, exports it', async () => {
    const { page, context, errors, offsite } = await openPage(browser, { path: '?lang=en&renderer=canvas' });
    const paths = allDecisionPaths();
    // 200 trainees: 120 distinct paths (some shared, other seeds), one duplicate line, two bad codes, names and noise.
    const trainees = Array.from({ length: 200 }, (_, i) => ({ name: `Trainee ${i + 1}`, d: paths[(i * 7) % 120]!, seed: 1000 + i }));
    const lines = ['Workshop of 2026-12-07, group B', ...trainees.map((t, i) => (i % 3 ? `${t.name}: ${codeOf(t.d, t.seed)}` : `${t.name}, http://127.0.0.1:4173/?path=${codeOf(t.d, t.seed)}&lang=en`))];
    lines.push(`again ${codeOf(trainees[5]!.d, trainees[5]!.seed)}`, 'Zoé 1-zz-not_a_code!', encodePath({ seed: 4, history: ['plan_target'] }));
    await page.locator('button.fac-class').first().click();
    const panel = page.locator('.class-panel');
    await panel.waitFor({ state: 'visible' });
    await page.locator('#class-input').fill(lines.join('\n'));
    const t0 = Date.now();
    await page.locator('#class-read').click();
    await page.locator('.class-rank tbody tr').first().waitFor({ timeout: 60_000 });
    const ms = Date.now() - t0;
    console.log(`class panel: 200 codes (120 paths) read, run and drawn in ${ms} ms (click to ranking); status: ${await page.locator('.class-status').textContent()}`);
    await expect(page.locator('.class-status').textContent()).resolves.toMatch(/200 trainees\. 1 duplicates counted once\. 2 bad codes skipped\./);
    await expect(panel.locator('.class-bad li').count()).resolves.toBe(2);
    // Again: every path already run (the worker keeps their numbers, as when a live room re-reads its class).
    const ready = await panel.getAttribute('data-ready');
    const t1 = Date.now();
    await page.locator('#class-read').click();
    await page.waitForFunction((r) => document.querySelector('.class-panel')?.getAttribute('data-ready') !== r, ready, { timeout: 60_000 });
    console.log(`class panel, again: 200 codes read, run and drawn in ${Date.now() - t1} ms; status: ${await page.locator('.class-status').textContent()}`);
    await expect(panel.locator('.class-rank tbody tr').count()).resolves.toBe(200);

    // Shares: D6 as counted here; Alice's option marked.
    const course = panel.locator('table.class-decision[data-key="course"]');
    for (const o of DECISIONS[5].options) {
      const share = trainees.filter((t) => t.d.course === o).length / 200;
      expect(Number(await course.locator(`tr[data-option="${o}"]`).getAttribute('data-share'))).toBeCloseTo(share, 10);
    }
    await expect(course.locator('tr[data-option="course_double_down"] td.class-mark span').first().getAttribute('aria-label')).resolves.toBe('Alice’s choice');

    // The numbers are the model's under the class seed, run here in Node.
    const alice = evaluatePath(ALICE_PATH, CLASS_SEED, CLASS_RUNS);
    await expect(panel.locator('.class-spread tr[data-metric="accepted"] td').nth(5).getAttribute('data-value')).resolves.toBe(String(alice.accepted.p50));
    const top = panel.locator('.class-rank tbody tr').first();
    const topN = Number(await top.getAttribute('data-n'));
    const topNumbers = evaluatePath(trainees[topN - 1]!.d, CLASS_SEED, CLASS_RUNS);
    await expect(top.locator('td[data-value]').first().getAttribute('data-value')).resolves.toBe(String(topNumbers.accepted.p50));
    const accepted = await panel.locator('.class-rank tbody tr td[data-value]:nth-child(4)').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(accepted).toEqual([...accepted].sort((a, b) => b - a));

    // A trainee's ledger, by keyboard; Escape closes it, then the panel.
    await top.locator('button.class-trainee').focus();
    await page.keyboard.press('Enter');
    await panel.locator('.class-ledger').waitFor();
    await expect(panel.locator('.class-ledger h4').textContent()).resolves.toBe(`Ledger of Trainee ${topN}`);
    // The replay link carries the trainee's game in today's code format (v2: the story version and a check).
    const v1 = decodePath(codeOf(trainees[topN - 1]!.d, trainees[topN - 1]!.seed));
    if (!v1.ok) throw new Error(v1.error);
    await expect(panel.locator('.class-ledger a.class-replay').getAttribute('href')).resolves.toContain(`path=${encodePath(v1.value, STORY_VERSION)}`);
    await page.screenshot({ path: `${ARTIFACTS}/class-panel.png`, fullPage: true });
    expect(await axe(page, '.class-panel')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(panel.locator('.class-ledger').count()).resolves.toBe(0);

    // CSV export.
    const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('button.class-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(201);
    expect(csv[0]).toMatch(/^rank,trainee,ending,accepted leads/);
    expect(csv[1]).toContain(`Trainee ${topN}`);

    // A file over 1 MB is refused before it is read.
    await page.locator('#class-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1024 * 1024 + 1, 'a') });
    await expect.poll(() => page.locator('.class-status').textContent()).toMatch(/more than 1 MB/);
    // A small file adds its codes (a duplicate counted once).
    await page.locator('#class-file').setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from(`name,code\nNew one,${codeOf(ALICE_PATH, 5)}\nTrainee 1,${codeOf(trainees[0]!.d, trainees[0]!.seed)}\n`) });
    await expect.poll(() => panel.locator('.class-rank tbody tr').count(), { timeout: 30_000 }).toBe(201);
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);

    // ?class=CODE,CODE in French.
    await page.goto(new URL(`?lang=fr&renderer=canvas&class=${codeOf(ALICE_PATH, 1)},${codeOf(paths[3]!, 2)},bad-code_x`, page.url()).href);
    await page.locator('.class-rank tbody tr').first().waitFor({ timeout: 60_000 });
    await expect(page.locator('.class-status').textContent()).resolves.toMatch(/^2 participants/);
    await expect(page.locator('#class-title').textContent()).resolves.toBe('La classe');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
