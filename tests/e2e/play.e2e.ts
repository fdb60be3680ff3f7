import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, hook, launch, nextStep, openPage, playToEnd, step } from './browser';
import { ALICE_PATH } from '../../src/sim/decisions';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const alice = Object.values(ALICE_PATH);
const better = ['speech_doubt', 'plan_target', 'answer_measure', 'content_wp_targeted', 'list_none', 'launch_segmented', 'course_sales'];

describe('playing in the browser', () => {
  it("plays Alice's path to its end in French, by clicking", async () => {
    const { page, context, errors, offsite } = await openPage(browser);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Le journal de bord d’Alice');
    await page.screenshot({ path: `${ARTIFACTS}/title-fr.png` });
    const before = await step(page);
    await page.getByRole('button', { name: 'Nouvelle partie' }).click();
    await nextStep(page, before);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const chosen = await playToEnd(page, alice, { shots: 'alice-fr' });
    for (const id of alice) expect(chosen).toContain(id);
    await expect.poll(() => page.locator('.end-screen h2').textContent()).toMatch(/mur|Pas tout|Objectif|Au-delà/);
    await page.screenshot({ path: `${ARTIFACTS}/alice-fr-end.png` });
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('plays another path in English with the keyboard alone', async () => {
    const { page, context, errors, offsite } = await openPage(browser, { reducedMotion: 'reduce' });
    await expect.poll(() => page.locator('h1').textContent()).toBe("Alice's Logbook");
    // Focus starts on "New game"; Enter presses it.
    const before = await step(page);
    await page.keyboard.press('Enter');
    await nextStep(page, before);
    const chosen = await playToEnd(page, better, { keyboard: true, shots: 'better-en' });
    for (const id of better.slice(1)) expect(chosen).toContain(id);
    await page.screenshot({ path: `${ARTIFACTS}/better-en-end.png` });
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('continues after a reload where the player left off', async () => {
    const { page, context, errors } = await openPage(browser);
    let before = await step(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await nextStep(page, before);
    // Play until two choices have been made (each choice autosaves).
    let made = 0;
    while (made < 2) {
      before = await step(page);
      const choice = page.locator('button.choice').first();
      if (await choice.count()) {
        await choice.click();
        made++;
      } else await page.locator('button.next').click();
      await nextStep(page, before);
    }
    const history = await hook.history(page);
    const line = await page.locator('#line').textContent();
    await page.reload();
    before = await step(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await nextStep(page, before);
    expect(await hook.history(page)).toEqual(history);
    expect(await page.locator('#line').textContent()).toBe(line);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports a tampered save and a tampered link, and changes nothing', async () => {
    const { page, context } = await openPage(browser);
    await page.evaluate(() => localStorage.setItem('alice.save.v1', '{"schema":1,"seed":"x"}'));
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toContain('cannot be loaded');
    expect(await page.evaluate(() => localStorage.getItem('alice.save.v1'))).toBe('{"schema":1,"seed":"x"}');
    await page.goto(new URL('?path=1-zz-plan_scale_all.not_a_choice', page.url()).href);
    // The link is refused with its reason, on the title screen, and the save is still there.
    await expect.poll(() => page.locator('.toast').textContent()).toMatch(/cannot be opened: .*does not fit the story/);
    await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('alice.save.v1'))).toBe('{"schema":1,"seed":"x"}');
    await context.close();
  });
});
