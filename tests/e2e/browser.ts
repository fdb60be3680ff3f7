// Shared browser-test helpers: Debian's Chromium through playwright-core, requests outside
// 127.0.0.1 blocked and recorded, console errors collected.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
export const ARTIFACTS = 'test-results/screenshots';
mkdirSync(ARTIFACTS, { recursive: true });

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
  });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  errors: string[];
  offsite: string[];
}

/**
 * `prepare`: runs on the new context before the page opens (fault injection: tests/e2e/faults.ts). `base`: another origin to open.
 * `serviceWorkers`: 'block' unless a test is about offline play: otherwise every context would precache the whole game (5 MB)
 * in the background while the test measures or plays.
 */
export async function openPage(browser: Browser, opts: { locale?: string; reducedMotion?: 'reduce' | 'no-preference'; path?: string; base?: string; serviceWorkers?: 'allow' | 'block'; prepare?: (c: BrowserContext) => Promise<unknown> } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: opts.locale ?? 'en-GB', reducedMotion: opts.reducedMotion ?? 'no-preference', serviceWorkers: opts.serviceWorkers ?? 'block' });
  const errors: string[] = [];
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
  // Ask the game for its test hook (window.__alice, src/hook.ts): it is loaded only when asked for.
  await context.addInitScript(() => ((window as unknown as { __aliceHook: boolean }).__aliceHook = true));
  await opts.prepare?.(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(opts.path ?? '', opts.base ?? BASE_URL).href);
  return { page, context, errors, offsite };
}

/** The game's test hook (src/hook.ts), loaded after the game starts when the page asks for it (above). */
interface AliceHook {
  readonly history: readonly string[];
  readonly ready: Promise<void>;
  settled(): Promise<void>;
  present(tags: string[]): void;
}
type HookedWindow = { __alice: AliceHook };
const hooked = (page: Page) => page.waitForFunction(() => '__alice' in window, null, { timeout: 30_000 });

export const hook = {
  /** The choice ids of the game on screen. */
  async history(page: Page): Promise<string[]> {
    await hooked(page);
    return page.evaluate(() => (window as unknown as HookedWindow).__alice.history.slice());
  },
  /** Resolves when the scenery runs. */
  async ready(page: Page): Promise<void> {
    await hooked(page);
    await page.evaluate(() => (window as unknown as HookedWindow).__alice.ready);
  },
  /** Art is drawn into bitmaps a slice at a time: resolves when the stage has drawn everything it was told to. */
  async settled(page: Page): Promise<void> {
    await hooked(page);
    await page.evaluate(() => (window as unknown as HookedWindow).__alice.settled());
  },
  /** Stages tags straight on the scenery. */
  async present(page: Page, tags: string[]): Promise<void> {
    await hooked(page);
    await page.evaluate((t) => (window as unknown as HookedWindow).__alice.present(t), tags);
  },
};

export async function step(page: Page): Promise<number> {
  return Number((await page.locator('#ui').getAttribute('data-step')) ?? 0);
}

/** Waits until the overlay has shown something new since `before`. */
export async function nextStep(page: Page, before: number): Promise<void> {
  await page.waitForFunction((b) => Number(document.getElementById('ui')?.dataset['step'] ?? 0) > b, before, { timeout: 30_000 });
}

/**
 * Plays to the end by clicking real buttons: at each choice the first of `prefer` on offer,
 * else the first choice. Returns the ids chosen.
 */
export async function playToEnd(page: Page, prefer: readonly string[], opts: { keyboard?: boolean; shots?: string } = {}): Promise<string[]> {
  const chosen: string[] = [];
  for (let i = 0; i < 2000; i++) {
    if (await page.locator('.end-screen').isVisible()) return chosen;
    // The results dashboard opens by itself when the semester's numbers arrive: close it, as a player would.
    if (await page.locator('.rs-panel:not([hidden])').count()) {
      await page.keyboard.press('Escape');
      continue;
    }
    const before = await step(page);
    const choices = page.locator('button.choice');
    const n = await choices.count();
    if (n > 0) {
      const ids = await choices.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['choiceId'] ?? ''));
      const pick = Math.max(0, ids.findIndex((id) => prefer.includes(id)));
      chosen.push(ids[pick]!);
      if (opts.shots && chosen.length <= 8) await page.screenshot({ path: `${ARTIFACTS}/${opts.shots}-choice-${chosen.length}.png` });
      if (opts.keyboard) await page.keyboard.press(String(pick + 1));
      else await choices.nth(pick).click();
    } else if (opts.keyboard) {
      await page.keyboard.press(i % 2 ? 'Enter' : ' ');
    } else {
      await page.locator('button.next').click();
    }
    await nextStep(page, before);
  }
  throw new Error('the story did not end after 2000 steps');
}

/** axe-core on one part of the page (evaluated through the debugger protocol: the page's CSP forbids inline scripts). */
export async function axe(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async (sel) => {
    const r = await (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(
      { include: [sel] }, { resultTypes: ['violations'] },
    );
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }, selector);
}
