// The results dashboard and the debrief in the browser: Alice's path (English) and a better one
// (French), each from a path link that fixes the seed; the headline numbers on each dashboard are
// checked against the model run here in Node with the same seed and decisions; both dashboards and
// the debrief are screenshot; the exports download and parse back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, axe, hook, launch, nextStep, openPage, step } from './browser';
import { ALICE_PATH, DECISIONS, decisionsFromHistory, type Decisions } from '../../src/sim';
import { runSimRequest, STORY_MC_RUNS } from '../../src/service/sim-request';
import { evaluatePath } from '../../src/service/debrief-request';
import { encodePath } from '../../src/persist/path-code';
import { parseCsv } from '../../src/ui/debrief/export';
import { decidedItems } from '../../src/ui/debrief/decided';
import { compileInkFile } from '../../scripts/ink-compile';
import { Session } from '../../src/narrative/session';
import type { Lang } from '../../src/i18n/strings';
import { createLocalSimClient } from '../../src/service/client';
import { formatters } from '../../src/i18n';
import { dashboardModel, FUNNEL_STAGES } from '../../src/ui/results/data';
import { formats } from '../../src/ui/results/format';
import type { BrowserContext } from 'playwright-core';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SEED = 2016;
const alice = ['speech_applaud', 'night_laptop', ...Object.values(ALICE_PATH)];
const better = ['speech_doubt', 'night_laptop', 'plan_target', 'answer_measure', 'content_wp_targeted', 'list_none', 'launch_segmented', 'course_sales'];

/**
 * Plays the path in Node through the same session controller, to learn the choice ids (the
 * writers may add non-decision choices) before the #sim:phase1 line and before D6: the browser
 * then jumps there with path links instead of clicking through 300 lines.
 */
async function rehearse(lang: Lang, prefer: readonly string[]): Promise<{ beforePhase1: string[]; beforeCourse: string[] }> {
  const json = compileInkFile(`story/${lang}/main.ink`).json!;
  const s = new Session({ loadStory: async () => json, externals: formatters, sim: createLocalSimClient() });
  let beforePhase1: string[] = [];
  let beforeCourse: string[] = [];
  s.on((e) => {
    if (e.type === 'sim-start' && e.phase === 'phase1') beforePhase1 = [...s.history];
    if (e.type === 'choices' && e.choices.some((c) => c.id.startsWith('course_'))) beforeCourse = [...s.history];
  });
  await s.start({ lang, seed: SEED, history: [], lines: 0 });
  for (let i = 0; i < 5000 && s.phase !== 'ended' && !beforeCourse.length; i++) {
    if (s.phase === 'choices') await s.choose(s.choices.find((c) => prefer.includes(c.id))?.id ?? s.choices[0]!.id);
    else await s.advance();
  }
  return { beforePhase1, beforeCourse };
}

const link = (h: readonly string[], lang: Lang) => `?path=${encodePath({ seed: SEED, history: h })}&lang=${lang}&renderer=canvas`;

const dashboard = (page: Page) => page.locator('.rs-dashboard');

/** Screenshots a scrolled panel (the lower part of the dashboard, the middle of the debrief), then scrolls back. */
async function shotBottom(page: Page, panel: string, file: string, at = 1): Promise<void> {
  await page.locator(panel).evaluate((el, f) => el.scrollTo(0, (el.scrollHeight - el.clientHeight) * f), at);
  await page.screenshot({ path: `${ARTIFACTS}/${file}.png` });
  await page.locator(panel).evaluate((el) => el.scrollTo(0, 0));
}

async function kpi(page: Page, key: string): Promise<number> {
  return Number(await dashboard(page).locator(`[data-kpi="${key}"]`).first().getAttribute('data-value'));
}

/** Clicks through the story (choices by preference) until `done` holds; never clicks behind an open panel. */
async function playUntil(page: Page, prefer: readonly string[], done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (await done()) return;
    if (await page.locator('.rs-panel:not([hidden])').count()) throw new Error('a results panel is open');
    const before = await step(page);
    const choices = page.locator('button.choice');
    if (await choices.count()) {
      const ids = await choices.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['choiceId'] ?? ''));
      await choices.nth(Math.max(0, ids.findIndex((id) => prefer.includes(id)))).click();
    } else await page.locator('button.next').click();
    await nextStep(page, before);
  }
  throw new Error('the story did not get there');
}

/**
 * The charts' text equivalents hold the model's numbers: the weekly table and the funnel table of
 * the dashboard on screen, cell for cell, against the dashboard's model built here in Node from the
 * same run (same seed, same decisions).
 */
async function checkTables(page: Page, decisions: Decisions | Record<string, string>, phase: 'phase1' | 'semester', lang: Lang): Promise<void> {
  const m = dashboardModel(runSimRequest({ phase, decisions: decisions as Decisions, seed: SEED }));
  const f = formats(lang);
  const cells = (id: string) => dashboard(page).locator(`figure[data-chart="${id}"] .sr-only table tbody tr`).evaluateAll((rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
  const weekly = await cells('weekly');
  expect(weekly.map((r) => r.slice(1))).toEqual(m.weekly.accepted.map((a, i) => [f.int(a), f.int(m.weekly.cumulative[i] ?? 0), f.int(m.weekly.targetPace[i] ?? 0)]));
  const funnel = await cells('funnel');
  expect(funnel.map((r) => r.slice(1))).toEqual(m.funnel.map((r) => FUNNEL_STAGES.map((st) => f.int(r.values[st]))));
}

async function checkDashboard(page: Page, expected: Record<string, unknown>, phase: 'phase1' | 'semester', drawn: 'worker' | 'page' = 'worker'): Promise<void> {
  await expect.poll(() => dashboard(page).locator('.rs-body').getAttribute('data-ready'), { timeout: 60_000 }).toBe('true');
  expect(await dashboard(page).locator('.rs-body').getAttribute('data-phase')).toBe(phase);
  expect(await kpi(page, 'accepted')).toBe(expected['accepted']);
  expect(await kpi(page, 'raw')).toBe(expected['raw']);
  expect(await kpi(page, 'qualified')).toBe(expected['qualified']);
  expect(await kpi(page, 'spend')).toBe(expected['spend']);
  if (phase === 'semester') {
    expect(await kpi(page, 'cost-per-accepted')).toBe(expected['cost_per_lead']);
    expect(await kpi(page, 'chance')).toBe(expected['p_objective']);
    expect(await dashboard(page).locator('.rs-tabs button').count()).toBe(2);
  }
  // Four charts, each drawn, each with its text equivalent.
  const figs = dashboard(page).locator('figure.rs-fig');
  expect(await figs.count()).toBe(4);
  for (let i = 0; i < 4; i++) {
    const fig = figs.nth(i);
    expect(await fig.locator('canvas').getAttribute('aria-label')).toMatch(/\d/);
    expect(await fig.locator('.sr-only table tbody tr').count()).toBeGreaterThan(0);
    expect(await fig.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(100);
    // Drawn in the chart worker on an OffscreenCanvas where the browser has one, else on the page.
    expect(await fig.getAttribute('data-drawn')).toBe(drawn);
  }
  // The modal holds the focus; the story behind it is inert.
  expect(await page.evaluate(() => document.activeElement?.closest('.rs-dashboard') !== null)).toBe(true);
  expect(await page.locator('.dialogue').evaluate((d) => (d as HTMLElement).inert)).toBe(true);
}

async function playAndCheck(name: string, lang: 'en' | 'fr', prefer: readonly string[]): Promise<void> {
  const plan = await rehearse(lang, prefer);
  expect(plan.beforePhase1.length).toBeGreaterThanOrEqual(5);
  // Canvas renderer: software WebGL takes seconds a frame on a loaded CI box, and Playwright's clicks wait for frames.
  const { page, context, errors, offsite } = await openPage(browser, { reducedMotion: 'reduce', path: link(plan.beforePhase1, lang) });
  await page.waitForSelector('button.choice', { timeout: 60_000 });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);

  // Weeks 1-8: the link replayed the #sim:phase1 line; the dashboard button is in the dialogue box.
  await expect.poll(() => page.locator('.dialogue .results-open').isVisible()).toBe(true);
  const d15 = decisionsFromHistory(await hook.history(page));
  expect(Object.keys(d15)).toHaveLength(5);
  const p1 = runSimRequest({ phase: 'phase1', decisions: d15, seed: SEED }).vars;
  await page.screenshot({ path: `${ARTIFACTS}/results-${name}-dialogue-button.png` });
  await page.locator('.dialogue .results-open').click();
  await checkDashboard(page, p1, 'phase1');
  await checkTables(page, d15, 'phase1', lang);
  await page.screenshot({ path: `${ARTIFACTS}/results-${name}-phase1.png` });
  await shotBottom(page, '.rs-dashboard', `results-${name}-phase1-bottom`);
  // Number keys do nothing behind the panel; Esc closes it and gives the focus back to the story.
  const before = await hook.history(page);
  await page.keyboard.press('1');
  expect(await hook.history(page)).toEqual(before);
  await page.keyboard.press('Escape');
  await expect.poll(() => dashboard(page).isHidden()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.matches('.results-open') ?? false)).toBe(true);
  expect(await page.locator('.menu').isHidden()).toBe(true);

  // The semester: jump to D6 with a link, choose, and the dashboard opens by itself when the numbers arrive.
  await page.goto(new URL(link(plan.beforeCourse, lang), page.url()).href);
  await page.waitForSelector('button.choice[data-choice-id^="course_"]', { timeout: 60_000 });
  await playUntil(page, prefer, () => dashboard(page).isVisible());
  const decisions = decisionsFromHistory(await hook.history(page)) as Decisions;
  expect(DECISIONS.every((d) => decisions[d.key])).toBe(true);
  const sem = runSimRequest({ phase: 'semester', decisions, seed: SEED }).vars;
  await checkDashboard(page, sem, 'semester');
  await checkTables(page, decisions, 'semester', lang);
  await page.screenshot({ path: `${ARTIFACTS}/results-${name}-semester.png` });
  expect(await axe(page, '.rs-dashboard')).toEqual([]);
  await shotBottom(page, '.rs-dashboard', `results-${name}-semester-bottom`);
  await dashboard(page).locator('.rs-close').click();
  await expect.poll(() => dashboard(page).isHidden()).toBe(true);

  // The ending, then the debrief from the end screen.
  await playUntil(page, prefer, () => page.locator('.end-screen').isVisible());
  // The end screen (result code, its link, the QR code) is read on paper: its link keeps its contrast.
  await expect.poll(() => page.locator('.end-screen .qr-box[aria-busy]').count(), { timeout: 10_000 }).toBe(0);
  expect(await axe(page, '.end-screen')).toEqual([]);
  // axe leaves text over a translucent panel "incomplete": the link's contrast on the panel's paper is checked here.
  const [linkColour, paper] = await page.evaluate(() => [
    getComputedStyle(document.querySelector('.end-screen a')!).color,
    getComputedStyle(document.querySelector('.end-screen')!).backgroundColor,
  ]);
  expect(contrast(linkColour, paper)).toBeGreaterThanOrEqual(4.5);
  const debriefAsked = Date.now();
  await page.locator('.end-screen .results-debrief').click();
  const deb = page.locator('.rs-debrief');
  await expect.poll(() => deb.locator('.rs-body').getAttribute('data-ready'), { timeout: 170_000, interval: 500 }).toBe('true');
  const base = evaluatePath(decisions, SEED, STORY_MC_RUNS);
  expect(base.accepted).toEqual(runSimRequest({ phase: 'semester', decisions, seed: SEED }).detail.distribution!.accepted);
  const entries = deb.locator('article.db-entry');
  expect(await entries.count()).toBe(6);
  for (let i = 0; i < 6; i++) {
    const e = entries.nth(i);
    const key = DECISIONS[i]!.key;
    expect(await e.getAttribute('data-chosen')).toBe(decisions[key]);
    expect(Number(await e.locator('.db-bar-chosen').getAttribute('data-accepted'))).toBe(base.accepted.p50);
    expect(await e.locator('.db-sources li').count()).toBeGreaterThan(0);
    expect((await e.locator('.db-learning').textContent())?.length).toBeGreaterThan(40);
    if (name.startsWith('alice')) {
      // Each alternative's number is a direct model run with that one decision swapped.
      for (const li of await e.locator('.db-bars li:not(.db-bar-chosen)').all()) {
        const option = (await li.getAttribute('data-option'))!;
        const swapped = evaluatePath({ ...decisions, [key]: option } as Decisions, SEED, STORY_MC_RUNS);
        expect(Number(await li.getAttribute('data-accepted')), `${key} -> ${option}`).toBe(swapped.accepted.p50);
      }
    }
  }
  // What decided the result: the mechanisms the model's numbers name for this path (and the best road's), in the page's language.
  const decided = deb.locator('section.db-decided');
  expect(await decided.locator('h3').textContent()).toBe(lang === 'fr' ? 'Ce qui a fait votre résultat' : 'What decided your result');
  const bestPath = (await deb.locator('.db-best').getAttribute('data-best-path'))!.split('.');
  const bestDecisions = Object.fromEntries(DECISIONS.map((d, i) => [d.key, bestPath[i]])) as unknown as Decisions;
  const expected = decidedItems(base, evaluatePath(bestDecisions, SEED, STORY_MC_RUNS)).map((x) => x.id);
  expect((await decided.getAttribute('data-items'))!.split(' ').filter(Boolean)).toEqual(expected);
  expect(await decided.locator('li.db-decided-item').count()).toBe(expected.length);
  if (name.startsWith('alice')) expect(expected.length).toBeGreaterThan(0);
  for (const text of await decided.locator('.db-decided-text').allTextContents()) expect(text).not.toMatch(/NaN|undefined|[{}]/);
  // Every link leads to a sources row on the page; following one focuses it.
  const links = await decided.locator('a.db-src-link').all();
  for (const a of links) expect(await deb.locator((await a.getAttribute('href'))!).count()).toBe(1);
  if (links.length) {
    await links[0]!.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe((await links[0]!.getAttribute('href'))!.slice(1));
  }
  // The section in full: the print layout lets the debrief flow, so the shot is not cut by the panel.
  await page.emulateMedia({ media: 'print' });
  await decided.screenshot({ path: `${ARTIFACTS}/results-${name}-debrief-decided.png` });
  await decided.screenshot({ path: `/tmp/debrief-${lang}.png` });
  await page.emulateMedia({ media: 'screen' });
  await deb.evaluate((el) => el.scrollTo(0, 0));
  const bestAccepted = Number(await deb.locator('.db-best').getAttribute('data-accepted'));
  console.log(`${name}: debrief ready ${Date.now() - debriefAsked} ms after asking; worker ledger ${await deb.locator('.db-best').getAttribute('data-ledger-ms')} ms, best-path wait ${await deb.locator('.db-best').getAttribute('data-search-ms')} ms`);
  expect(bestAccepted).toBeGreaterThanOrEqual(base.accepted.p50);
  await page.screenshot({ path: `${ARTIFACTS}/results-${name}-debrief.png` });
  expect(await axe(page, '.rs-debrief')).toEqual([]);
  await shotBottom(page, '.rs-debrief', `results-${name}-debrief-middle`, 0.45);

  // Exports: JSON and CSV download and parse.
  const [json] = await Promise.all([page.waitForEvent('download'), deb.locator('.db-json').click()]);
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const data = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { seed: number; path: { id: string }[]; played: { accepted: { p50: number } }; ledger: unknown[]; lang: string };
  expect(data.seed).toBe(SEED);
  expect(data.lang).toBe(lang);
  expect(data.path.map((p) => p.id)).toEqual(DECISIONS.map((d) => decisions[d.key]));
  expect(data.played.accepted.p50).toBe(base.accepted.p50);
  expect(data.ledger).toHaveLength(6);
  const [csv] = await Promise.all([page.waitForEvent('download'), deb.locator('.db-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const rows = parseCsv(readFileSync((await csv.path())!, 'utf8'));
  expect(rows[0]).toEqual(['section', 'item', 'metric', 'value']);
  expect(rows.find((r) => r[0] === 'played' && r[1] === 'accepted' && r[2] === 'p50')?.[3]).toBe(String(base.accepted.p50));
  expect(rows.filter((r) => r[0] === 'ledger' && r[2] === 'chosen').map((r) => r[3])).toEqual(DECISIONS.map((d) => decisions[d.key]));

  // Print: only the debrief, flowing on white.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('#stage').evaluate((s) => getComputedStyle(s).display)).toBe('none');
  expect(await deb.evaluate((d) => getComputedStyle(d).position)).toBe('static');
  await page.screenshot({ path: `${ARTIFACTS}/results-${name}-debrief-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Closing returns to the end screen; the menu reopens the debrief.
  await page.keyboard.press('Escape');
  await expect.poll(() => deb.isHidden()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.closest('.end-screen') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await page.locator('.menu .results-debrief').click();
  await expect.poll(() => deb.locator('.rs-body').getAttribute('data-ready')).toBe('true');

  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await context.close();
}

/** WCAG contrast ratio of two CSS rgb()/rgba() colours (alpha ignored: the panel is 97% opaque). */
function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('results dashboard and debrief', () => {
  it("shows Alice's path in English: dashboards match the model, the debrief explains and exports", async () => {
    await playAndCheck('alice-en', 'en', alice);
  }, 420_000);

  it('shows a better path in French', async () => {
    await playAndCheck('better-fr', 'fr', better);
  }, 420_000);
});

// Where the charts cannot be drawn in the worker: the browser has no OffscreenCanvas, or the chart
// worker fails to load. The dashboard draws them on the page (one chart per task), every chart has
// pixels on it, and the text equivalents still hold the model's numbers.
describe('charts without the chart worker', () => {
  const cases: [string, (c: BrowserContext) => Promise<unknown>][] = [
    ['no OffscreenCanvas', (c) => c.addInitScript(() => {
      delete (window as { OffscreenCanvas?: unknown }).OffscreenCanvas;
      delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown }).transferControlToOffscreen;
    })],
    ['the chart worker fails to load', (c) => c.route(/chart\.worker/, (r) => r.fulfill({ status: 404, body: '' }))],
  ];
  for (const [name, prepare] of cases) {
    it(`draws the charts on the page: ${name}`, async () => {
      const plan = await rehearse('en', alice);
      const { page, context, errors, offsite } = await openPage(browser, { reducedMotion: 'reduce', path: link(plan.beforePhase1, 'en'), prepare });
      await page.waitForSelector('button.choice', { timeout: 60_000 });
      await expect.poll(() => page.locator('.dialogue .results-open').isVisible()).toBe(true);
      const d15 = decisionsFromHistory(await hook.history(page));
      await page.locator('.dialogue .results-open').click();
      await checkDashboard(page, runSimRequest({ phase: 'phase1', decisions: d15, seed: SEED }).vars, 'phase1', 'page');
      await checkTables(page, d15, 'phase1', 'en');
      // Each canvas has something drawn on it.
      const inked = await dashboard(page).locator('figure.rs-fig canvas').evaluateAll((cs) => cs.map((c) => {
        const cv = c as HTMLCanvasElement;
        const px = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
        return n;
      }));
      expect(inked).toHaveLength(4);
      for (const n of inked) expect(n).toBeGreaterThan(500);
      expect(await dashboard(page).locator('.rs-status').textContent()).not.toContain('could not');
      await page.screenshot({ path: `${ARTIFACTS}/results-fallback-${name.replace(/\W+/g, '-')}.png` });
      // A worker that does not load is reported once on the console as a warning, not an error.
      expect(errors.filter((e) => !/chart\.worker|404|Failed to load resource/.test(e))).toEqual([]);
      expect(offsite).toEqual([]);
      await context.close();
    }, 240_000);
  }
});
