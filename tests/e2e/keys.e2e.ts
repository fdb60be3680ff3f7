// Issue 13, item 6: a decision needs a key press that starts after its choices are shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hook, launch, nextStep, openPage, playToEnd, step } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const choicesShown = (page: Page) => page.locator('button.choice').count();

describe('deliberate choices', () => {
  it('holding Enter (or a number key) through a decision takes nothing; a fresh press does', async () => {
    const { page, context, errors } = await openPage(browser);
    const before = await step(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await nextStep(page, before);
    // Hold Enter and 1: the lines go by (the focused Next button repeats), until the first decision.
    await page.keyboard.down('Enter');
    await page.keyboard.down('1');
    for (let i = 0; i < 400 && (await choicesShown(page)) === 0; i++) {
      await page.keyboard.down('Enter'); // a key repeat (playwright marks it repeat: true)
      await page.waitForTimeout(15);
    }
    expect(await choicesShown(page)).toBeGreaterThan(0);
    const history = await hook.history(page);
    expect(history).toEqual([]);
    // Keep holding both through the decision.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.down('Enter');
      await page.keyboard.down('1');
      await page.waitForTimeout(10);
    }
    await page.keyboard.up('Enter');
    await page.keyboard.up('1');
    expect(await hook.history(page)).toEqual(history);
    expect(await choicesShown(page)).toBeGreaterThan(0);
    // Nothing a stray Enter could take has the focus: the choice group has it, named for screen readers.
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, role: document.activeElement?.getAttribute('role'), label: document.activeElement?.getAttribute('aria-label') }));
    expect(focused).toEqual({ id: 'choices', role: 'group', label: 'Press a number key to choose' });
    await page.keyboard.press('Enter');
    expect(await hook.history(page)).toEqual(history);
    // A fresh press takes the choice.
    const at = await step(page);
    await page.keyboard.press('1');
    await nextStep(page, at);
    expect((await hook.history(page)).length).toBe(history.length + 1);
    // Tab reaches the choices; Enter on one takes it.
    await playToEnd(page, [], { keyboard: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
