// Issue 13: faults on purpose (tests/e2e/faults.ts). Each test checks that nothing stored was lost
// and that the page can still be played (to an ending, where the fault is about playing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hook, launch, nextStep, openPage, playToEnd, step } from './browser';
import { injectFaults, storedNow, type Faults } from './faults';
import { encodePath } from '../../src/persist/path-code';
import { STORY_VERSION } from '../../src/narrative/version';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SAVE = 'alice.save.v1';
const LOGBOOK = 'alice.logbook.v1';
const game = (ending: string, history: string[]) => ({ ending, seed: 5, lang: 'en', history, at: '2026-11-27T10:00:00Z' });
const goodLogbook = JSON.stringify({ schema: 1, taken: ['plan_target'], games: [game('ending_met', ['plan_target'])] });

async function open(f: Faults, path = '') {
  let failed: string[] = [];
  const w = await openPage(browser, { path, prepare: async (c) => void ({ failed } = await injectFaults(c, f)) });
  return { ...w, failed: () => failed };
}

async function newGame(page: Page): Promise<void> {
  const before = await step(page);
  await page.getByRole('button', { name: 'New game' }).click();
  await nextStep(page, before);
}

/** Takes `n` choices (the first each time), clicking through the lines between. */
async function takeChoices(page: Page, n: number): Promise<void> {
  for (let made = 0; made < n; ) {
    const before = await step(page);
    const choice = page.locator('button.choice').first();
    if (await choice.count()) {
      await choice.click();
      made++;
    } else await page.locator('button.next').click();
    await nextStep(page, before);
  }
}

/** Playing a whole story on a busy machine (the page's own thread runs the model in some tests). */
const PLAY_TIMEOUT = 420_000;

const notice = (page: Page) => page.locator('.notice:not([hidden]) p').textContent();

describe('storage that fails', () => {
  it('storage that throws on access (site data blocked): the game starts, says saving is off once, and plays to an ending', async () => {
    const { page, context, errors } = await open({ storage: 'throws' });
    await expect.poll(() => page.locator('h1').textContent()).toBe("Alice's Logbook");
    await expect.poll(() => notice(page)).toMatch(/Saving is off/);
    await newGame(page);
    await playToEnd(page, []);
    expect(await page.locator('.notice').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, PLAY_TIMEOUT);

  it('a full storage: the autosave failure is said (once) with an export, the menu shows it, and the old save and logbook are kept', async () => {
    const oldSave = JSON.stringify({ schema: 1, storyVersion: STORY_VERSION, savedAt: '2026-01-01T00:00:00Z', lang: 'en', seed: 5, history: [], lines: 1, inkState: '{}' });
    const seed = { [SAVE]: oldSave, [LOGBOOK]: goodLogbook };
    const { page, context, errors } = await open({ storage: 'full', seed });
    await newGame(page);
    await takeChoices(page, 2);
    await expect.poll(() => notice(page)).toMatch(/storage is full/);
    expect(await page.locator('.notice .notice-export').count()).toBe(1);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => page.locator('.menu .save-status').textContent()).toMatch(/automatic save at .* failed/);
    const download = page.waitForEvent('download');
    await page.locator('.menu .save-export').click();
    const file = await download;
    expect(JSON.parse(await (await file.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8')))).toMatchObject({ schema: 1, seed: expect.any(Number) });
    await page.keyboard.press('Escape');
    await playToEnd(page, []);
    const kept = await storedNow(page);
    expect(kept[SAVE]).toBe(oldSave);
    expect(kept[LOGBOOK]).toBe(goodLogbook);
    expect(errors).toEqual([]);
    await context.close();
  }, PLAY_TIMEOUT);

  it('a malformed logbook entry: the others stay, the entry is set aside (downloadable), the next game is added', async () => {
    const raw = JSON.stringify({ schema: 1, taken: ['plan_target'], games: [game('ending_met', ['plan_target']), { ...game('ending_wall', []), seed: 'oops' }] });
    const { page, context, errors } = await open({ seed: { [LOGBOOK]: raw } });
    await expect.poll(() => notice(page)).toMatch(/set aside/);
    await newGame(page);
    // Past the first decision and on to the next choices: the logbook records it then.
    await takeChoices(page, 4);
    const kept = await storedNow(page);
    const book = JSON.parse(kept[LOGBOOK]!) as { taken: string[]; games: { ending: string }[] };
    expect(book.games.map((g) => g.ending)).toEqual(['ending_met']);
    expect(book.taken).toContain('plan_target');
    expect(Object.entries(kept).some(([k, v]) => k.startsWith('alice.quarantine.v1.') && (JSON.parse(v) as { raw: string }).raw === raw)).toBe(true);
    await downloadSetAside(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The menu offers what was set aside as a file, and it downloads. */
async function downloadSetAside(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  const download = page.waitForEvent('download');
  await page.locator('.menu .set-aside-download').click();
  expect((await download).suggestedFilename()).toBe('alices-logbook-set-aside.json');
}

describe('damaged settings at start-up', () => {
  it('a settings value with a bad field: the page starts in the good ones, says it was set aside (downloadable, with the reason), and plays on', async () => {
    const raw = JSON.stringify({ lang: 'fr', textScale: 9, highContrast: true, reducedMotion: true, audio: { master: 0.5, music: 0.5, effects: 0.5, muted: true } });
    const { page, context, errors } = await open({ seed: { 'alice.settings.v1': raw } });
    await expect.poll(() => notice(page)).toMatch(/de côté/);
    // The good fields are kept (French, high contrast); the bad one takes its default.
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('#ui').getAttribute('style')).toContain('--text-scale: 1;');
    expect(await page.locator('#ui').getAttribute('class')).toContain('high-contrast');
    await expect.poll(async () => {
      const kept = await storedNow(page);
      return Object.entries(kept).filter(([k]) => k.startsWith('alice.quarantine.v1.')).map(([, v]) => JSON.parse(v) as { raw: string; reason: string });
    }).toEqual([expect.objectContaining({ raw, reason: expect.stringMatching(/textScale/) as unknown as string })]);
    const before = await step(page);
    await page.getByRole('button', { name: 'Nouvelle partie' }).click();
    await nextStep(page, before);
    await downloadSetAside(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a damaged save at start-up', () => {
  it('the title offers Continue; the save is set aside with a notice, Continue says why and changes nothing', async () => {
    const raw = '{"schema":1,"seed":"x"';
    const { page, context, errors } = await open({ seed: { [SAVE]: raw } });
    await expect.poll(() => notice(page)).toMatch(/set aside/);
    await expect.poll(async () => {
      const kept = await storedNow(page);
      return Object.entries(kept).filter(([k]) => k.startsWith('alice.quarantine.v1.')).map(([, v]) => (JSON.parse(v) as { raw: string }).raw);
    }).toEqual([raw]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.locator('.toast:not([hidden])').textContent()).toMatch(/cannot be loaded/);
    expect((await storedNow(page))[SAVE]).toBe(raw);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a worker that fails', () => {
  it.each([
    ['cannot start', { kind: 'fail-start' as const }],
    ['dies during its first run', { kind: 'die' as const, afterMessages: 0 }],
  ])('a worker that %s: the model runs on the page, the story reaches an ending', async (_, worker) => {
    const { page, context, errors } = await open({ worker });
    await newGame(page);
    await playToEnd(page, []);
    await expect.poll(() => page.locator('.end-screen h2').textContent()).toBeTruthy();
    expect(await page.locator('.toast[data-kind="error"]:not([hidden])').count()).toBe(0);
    expect(errors.filter((e) => !/worker/i.test(e))).toEqual([]);
    await context.close();
  }, PLAY_TIMEOUT);

  it('a slow worker: the story waits with the computing notice, then goes on', async () => {
    const { page, context, errors } = await open({ worker: { kind: 'slow', delayMs: 1500 } });
    await newGame(page);
    await takeChoices(page, 4);
    expect((await hook.history(page)).length).toBe(4);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('missing pieces', () => {
  it('a story chunk that fails once is fetched again; one that always fails leaves the title with a message, and New game works once it loads', async () => {
    const once = await open({ failFiles: { match: /\/assets\/main-[^/]+\.js(\?.*)?$/, times: 1 } });
    await newGame(once.page);
    expect(once.failed().length).toBeGreaterThan(0);
    await once.context.close();

    const always = await open({ failFiles: { match: /\/assets\/main-[^/]+\.js(\?.*)?$/ } });
    const { page } = always;
    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toMatch(/story could not be loaded/);
    expect(await page.locator('#ui').getAttribute('data-mode')).toBe('title');
    await always.context.unroute(/\/assets\/main-[^/]+\.js(\?.*)?$/);
    await newGame(page);
    await takeChoices(page, 1);
    await always.context.close();
  });

  it('art and sound that fail to load: the game goes on without them', async () => {
    const { page, context } = await open({ failFiles: { match: /\.(svg|wav|ogg|mp3)(\?.*)?$/ } });
    await newGame(page);
    await takeChoices(page, 2);
    expect((await hook.history(page)).length).toBe(2);
    await context.close();
  });
});

describe('links and actions from strangers', () => {
  it.each([
    ['another story version', encodePath({ seed: 5, history: ['speech_applaud'] }, `${STORY_VERSION}x`), /another version of the story/],
    ['a tampered link', encodePath({ seed: 5, history: ['speech_applaud'] }, STORY_VERSION).replace('applaud', 'applauds'), /damaged or incomplete/],
    ['a truncated link', encodePath({ seed: 5, history: ['speech_applaud'] }, STORY_VERSION).slice(0, -3), /damaged or incomplete/],
    ['a path that does not fit', encodePath({ seed: 5, history: ['speech_applaud', 'no_such_choice'] }, STORY_VERSION), /does not fit/],
  ])('%s opens the title screen, fully drawn, with a message; a new game plays', async (_, code, why) => {
    const { page, context, errors } = await open({ seed: { [LOGBOOK]: goodLogbook } }, `?path=${code}&renderer=canvas`);
    await expect.poll(() => page.locator('.toast').textContent()).toMatch(why);
    await expect.poll(() => page.locator('#ui').getAttribute('data-mode')).toBe('title');
    await hook.ready(page);
    expect(await page.locator('#stage canvas').count()).toBe(1);
    await newGame(page);
    await takeChoices(page, 1);
    expect((await storedNow(page))[LOGBOOK]).toBe(goodLogbook);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a Continue whose save does not fit the story leaves the title as it was; a refused language switch keeps the language', async () => {
    const bad = JSON.stringify({ schema: 1, storyVersion: STORY_VERSION, savedAt: '2026-01-01T00:00:00Z', lang: 'fr', seed: 5, history: ['nope'], lines: 0, inkState: '{}' });
    const { page, context } = await open({ seed: { [SAVE]: bad } });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toMatch(/cannot be loaded/);
    expect(await page.locator('#ui').getAttribute('data-mode')).toBe('title');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect((await storedNow(page))[SAVE]).toBe(bad);
    await newGame(page);
    await takeChoices(page, 1);
    await context.close();
  });
});
