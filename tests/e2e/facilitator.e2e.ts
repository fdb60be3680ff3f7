// Facilitator tools in the browser: start at a decision of Alice's path with her choice marked,
// hold the numbers until they are revealed, and the workshop panel (two paths side by side,
// checked against the model run here in Node; an assumption edited; a broken file refused).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, axe, hook, launch, nextStep, openPage, step } from './browser';
import { ALICE_PATH, CALIBRATION, DEFAULT_ASSUMPTIONS, decisionsFromHistory, withParams } from '../../src/sim';
import { evaluatePath } from '../../src/service/debrief-request';
import { MEASURED_PATH, WORKSHOP_RUNS, WORKSHOP_SEED } from '../../src/ui/workshop/panel';
import { Session } from '../../src/narrative/session';
import { createLocalSimClient } from '../../src/service/client';
import { pathGuide } from '../../src/narrative/guide';
import { compileInkFile } from '../../scripts/ink-compile';
import { formatters } from '../../src/i18n';
import { encodePath } from '../../src/persist/path-code';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const cellValue = async (page: Page, row: string, col: 0 | 1) =>
  Number(await page.locator(`.ws-table tr[data-row="${row}"] td[data-value]`).nth(col).getAttribute('data-value'));

/** Alice's whole game (every choice id) for a seed, played in Node through the same session controller. */
async function aliceGame(seed: number): Promise<string[]> {
  const json = compileInkFile('story/en/main.ink').json!;
  const s = new Session({ loadStory: async () => json, externals: formatters, sim: createLocalSimClient() });
  await s.startGuided({ lang: 'en', seed }, pathGuide(ALICE_PATH, null));
  expect(s.phase).toBe('ended');
  return [...s.history];
}

describe('facilitator tools', () => {
  it('starts at a decision of Alice’s path, marks her choice, and holds the numbers until revealed', async () => {
    const { page, context, errors, offsite } = await openPage(browser, { path: '?renderer=canvas' });
    await page.locator('button.fac-jump').click();
    await page.locator('.fac-jump-panel button[data-decision="launch"]').click();
    await page.locator('button.choice[data-choice-id="launch_blast"]').waitFor({ timeout: 30_000 });
    const ids = await page.locator('button.choice').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['choiceId']));
    expect([...ids].sort()).toEqual(['launch_blast', 'launch_segmented', 'launch_test_first']);
    expect(decisionsFromHistory(await hook.history(page))).toEqual({ plan: ALICE_PATH.plan, answer: ALICE_PATH.answer, content: ALICE_PATH.content, list: ALICE_PATH.list });
    await expect(page.locator('button.choice.noted').getAttribute('data-choice-id')).resolves.toBe('launch_blast');
    await expect(page.locator('button.choice.noted .choice-note').textContent()).resolves.toMatch(/Alice/);
    await page.screenshot({ path: `${ARTIFACTS}/facilitator-jump-d5.png` });

    // Hold the numbers (menu toggle), then play on: the first results wait for the reveal.
    await page.keyboard.press('Escape');
    await page.locator('.menu button.fac-hold').click();
    await expect(page.locator('.menu button.fac-hold').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await page.locator('button.choice[data-choice-id="launch_blast"]').click();
    for (let i = 0; i < 300 && !(await page.locator('.hold-bar').count()); i++) {
      if (await page.locator('.rs-panel:not([hidden])').count()) await page.keyboard.press('Escape');
      const before = await step(page);
      const choice = page.locator('button.choice');
      if (await choice.count()) await choice.first().click();
      else if (await page.locator('button.next:not([hidden])').count()) await page.locator('button.next').click();
      await Promise.race([nextStep(page, before), page.locator('.hold-bar').waitFor({ timeout: 30_000 })]);
    }
    await page.locator('.hold-bar').waitFor();
    const held = await step(page);
    await page.waitForTimeout(300);
    expect(await step(page)).toBe(held); // nothing new is shown while the numbers are held
    await page.screenshot({ path: `${ARTIFACTS}/facilitator-hold.png` });
    await page.keyboard.press('r');
    await page.locator('.hold-bar').waitFor({ state: 'detached' });
    await nextStep(page, held);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('puts two paths side by side, moves with an assumption, and refuses a broken file', async () => {
    const { page, context, errors, offsite } = await openPage(browser, { path: '?renderer=canvas&lang=fr' });
    await page.locator('button.fac-workshop').click();
    const panel = page.locator('.ws-panel');
    await panel.locator('.ws-table tr[data-row="accepted"]').waitFor({ timeout: 60_000 });
    // Numbers match the model run here, same seed and runs: Alice's path (A) and a measured one (B).
    const a = evaluatePath(ALICE_PATH, WORKSHOP_SEED, WORKSHOP_RUNS);
    const b = evaluatePath(MEASURED_PATH, WORKSHOP_SEED, WORKSHOP_RUNS);
    expect(await cellValue(page, 'accepted', 0)).toBe(a.accepted.p50);
    expect(await cellValue(page, 'accepted', 1)).toBe(b.accepted.p50);
    expect(await cellValue(page, 'raw', 0)).toBe(a.rawLeads.p50);
    await expect(panel.locator('h2').textContent()).resolves.toMatch(/Atelier/);
    expect(await axe(page, '.ws-panel')).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/workshop-fr.png` });

    // Path B follows its selects: Alice's list choice instead of none.
    const status = panel.locator('.ws-status');
    await panel.locator('#ws-1-list').selectOption('list_buy_merge');
    await expect.poll(async () => cellValue(page, 'accepted', 1), { timeout: 30_000 })
      .toBe(evaluatePath({ ...MEASURED_PATH, list: 'list_buy_merge' }, WORKSHOP_SEED, WORKSHOP_RUNS).accepted.p50);

    // Ten times the banner click rate (entered in percent): Alice's raw leads go up.
    await panel.locator('details[data-group="display"] summary').click();
    const ctr = CALIBRATION.bannerCtr.value;
    const input = panel.locator('#ws-p-bannerCtr');
    await input.fill(String(Number((ctr * 1000).toPrecision(10))));
    await input.press('Enter');
    const ten = Number((ctr * 10).toPrecision(12)); // what the panel makes of 10x the percentage typed in
    const edited = withParams(DEFAULT_ASSUMPTIONS, { bannerCtr: { value: ten, high: ten } });
    const expected = evaluatePath(ALICE_PATH, WORKSHOP_SEED, WORKSHOP_RUNS, edited).rawLeads.p50;
    await expect.poll(async () => cellValue(page, 'raw', 0), { timeout: 30_000 }).toBe(expected);
    expect(expected).toBeGreaterThan(a.rawLeads.p50);
    await expect(panel.locator('.ws-changed').textContent()).resolves.toMatch(/1 hypothèse/);

    // A broken file: a clear message naming the field, and nothing changes.
    const dir = 'test-results/tmp';
    mkdirSync(dir, { recursive: true });
    const bad = JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS));
    bad.params.emailOpenRate.value = 1.7;
    writeFileSync(`${dir}/bad-assumptions.json`, JSON.stringify(bad));
    writeFileSync(`${dir}/not-json.json`, '{ this is not json');
    const rawBefore = await cellValue(page, 'raw', 0);
    await panel.locator('#ws-file').setInputFiles(`${dir}/bad-assumptions.json`);
    await expect.poll(async () => status.textContent(), { timeout: 30_000 }).toMatch(/emailOpenRate/);
    expect(await cellValue(page, 'raw', 0)).toBe(rawBefore);
    await panel.locator('#ws-file').setInputFiles(`${dir}/not-json.json`);
    await expect.poll(async () => status.textContent()).toMatch(/JSON/);
    expect(await cellValue(page, 'raw', 0)).toBe(rawBefore);
    // Over 1 MB: refused by its size, the field named in French (a valid file padded with spaces).
    writeFileSync(`${dir}/huge-assumptions.json`, JSON.stringify(DEFAULT_ASSUMPTIONS) + ' '.repeat(2_000_000));
    await panel.locator('#ws-file').setInputFiles(`${dir}/huge-assumptions.json`);
    await expect.poll(async () => status.textContent()).toMatch(/Le fichier fait .+ octets, au-delà de la limite/);
    expect(await cellValue(page, 'raw', 0)).toBe(rawBefore);
    // A negative count: the parameter named, in French.
    const negative = JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS));
    negative.params.salesCapacity.low = -1;
    writeFileSync(`${dir}/negative-assumptions.json`, JSON.stringify(negative));
    await panel.locator('#ws-file').setInputFiles(`${dir}/negative-assumptions.json`);
    await expect.poll(async () => status.textContent(), { timeout: 30_000 }).toMatch(/bas de la fourchette \(params\.salesCapacity\.low\) : valeur négative/);
    expect(await cellValue(page, 'raw', 0)).toBe(rawBefore);
    await expect(panel.locator('#ws-p-bannerCtr').inputValue()).resolves.toBe(String(Number((ctr * 1000).toPrecision(10))));

    // A file saved by an earlier version of the game (format 1, without today's engagement groups):
    // it loads, those assumptions at their published figures, named.
    const older = JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS));
    older.version = 1;
    delete older.params.engagedShare;
    delete older.params.dormantShare;
    older.params.salesCapacity.value = older.params.salesCapacity.low; // and its own edit, kept
    writeFileSync(`${dir}/older-assumptions.json`, JSON.stringify(older));
    await panel.locator('#ws-file').setInputFiles(`${dir}/older-assumptions.json`);
    await expect.poll(async () => status.textContent(), { timeout: 30_000 }).toMatch(/version antérieure du jeu : les 2 hypothèses qu’il ne contient pas reprennent les chiffres publiés/);
    await expect(panel.locator('#ws-p-engagedShare').inputValue()).resolves.toBe(String(Number((DEFAULT_ASSUMPTIONS.params.engagedShare.value * 100).toPrecision(10))));
    await expect(panel.locator('#ws-p-salesCapacity').inputValue()).resolves.toBe(String(DEFAULT_ASSUMPTIONS.params.salesCapacity.low));

    // Back to the published figures.
    await panel.locator('button.ws-reset').click();
    await expect.poll(async () => cellValue(page, 'raw', 0), { timeout: 30_000 }).toBe(a.rawLeads.p50);
    await page.keyboard.press('Escape');
    await expect(panel.isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('keeps the reader’s logbook: endings found, options taken, a replay; a tampered logbook is reported', async () => {
    const { page, context, errors, offsite } = await openPage(browser, { path: '?renderer=canvas' });
    await page.locator('button.map-open').click();
    const map = page.locator('.map-panel');
    await map.locator('.map-ending').first().waitFor();
    await expect(map.locator('.map-ending.found').count()).resolves.toBe(0);
    await expect(map.locator('.map-option.taken').count()).resolves.toBe(0);
    await page.keyboard.press('Escape');

    // Alice's whole game from a link: the ending is found, her six options are taken.
    const seed = 77;
    const history = await aliceGame(seed);
    await page.goto(new URL(`?path=${encodePath({ seed, history })}&lang=en&renderer=canvas`, page.url()).href);
    await page.locator('.end-screen').waitFor({ state: 'visible', timeout: 60_000 });
    if (await page.locator('.rs-panel:not([hidden])').count()) await page.keyboard.press('Escape');
    await page.locator('button.menu-button').click();
    await page.locator('.menu button.map-open').click();
    await map.locator('.map-ending.found').first().waitFor();
    await expect(map.locator('.map-ending.found').getAttribute('data-ending')).resolves.toBe('ending_wall');
    const taken = await map.locator('.map-option.taken').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['option']));
    expect([...taken].sort()).toEqual(Object.values(ALICE_PATH).sort());
    await expect(map.locator('.map-paths').textContent()).resolves.toMatch(/^1 of 486/);
    expect(await axe(page, '.map-panel')).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/logbook.png` });

    // Replay the game that found the ending: the same choices, back at the end.
    await map.locator('.map-ending.found button.map-replay').click();
    await page.locator('.end-screen').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await hook.history(page)).toEqual(history);

    // A tampered logbook entry: it is set aside unchanged (a quarantine key), the map says so calmly and keeps the
    // good entries (Alice's options); the game still starts.
    const tampered = await page.evaluate(() => {
      const book = JSON.parse(localStorage.getItem('alice.logbook.v1')!) as { taken: string[] };
      book.taken.push('<b>');
      const raw = JSON.stringify(book);
      localStorage.setItem('alice.logbook.v1', raw);
      return raw;
    });
    await page.goto(new URL('?renderer=canvas', page.url()).href);
    await page.locator('button.map-open').click();
    await expect.poll(async () => map.locator('.map-set-aside').textContent()).toMatch(/set aside/);
    const kept = await map.locator('.map-option.taken').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['option']));
    expect([...kept].sort()).toEqual(Object.values(ALICE_PATH).sort());
    const setAside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('alice.quarantine.v1.')).map((k) => JSON.parse(localStorage.getItem(k)!) as { from: string; raw: string }));
    expect(setAside.some((e) => e.from === 'alice.logbook.v1' && e.raw.includes('<b>'))).toBe(true);
    expect(tampered).toContain('<b>');
    await page.keyboard.press('Escape');
    await page.locator('.title-screen button.primary').click();
    await page.locator('#ui[data-step]').waitFor();
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });
});
