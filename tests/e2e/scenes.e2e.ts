// Every place and every character, staged through the director, screenshotted and checked for
// a drawn (not blank) canvas; then WebGL context loss and a missing image.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, hook, launch, openPage } from './browser';
import { CHARACTERS, SCENES } from '../../src/narrative/registry';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Distinct colours in a coarse sample of the canvas: a blank or single-colour canvas has ~1. */
async function canvasVariety(page: Page): Promise<number> {
  const png = await page.locator('#stage canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 36;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0, 64, 36);
    const d = ctx.getImageData(0, 0, 64, 36).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4) seen.add(((d[i]! >> 4) << 8) | ((d[i + 1]! >> 4) << 4) | (d[i + 2]! >> 4));
    return seen.size;
  }, png.toString('base64'));
}

const { present, settled } = hook;

describe('the scenery', () => {
  it('draws every scene with characters in every expression', async () => {
    const { page, context, errors, offsite } = await openPage(browser, { reducedMotion: 'reduce' });
    await hook.ready(page);
    const expressions = ['neutral', 'happy', 'worried', 'tense', 'surprised'];
    for (const [i, scene] of SCENES.entries()) {
      const a = CHARACTERS[i % CHARACTERS.length]!;
      const b = CHARACTERS[(i + 3) % CHARACTERS.length]!;
      await present(page, [`scene:${scene}`, `char:${a}:${expressions[i % 5]}`, `char:${b}:${expressions[(i + 2) % 5]}`]);
      await settled(page);
      await page.waitForTimeout(200);
      await page.locator('#stage canvas').screenshot({ path: `${ARTIFACTS}/scene-${scene}.png` });
      expect(await canvasVariety(page), scene).toBeGreaterThan(12);
    }
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('recovers from a lost WebGL context and goes on', async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: 'reduce', path: '?renderer=webgl' });
    await hook.ready(page);
    await present(page, ['scene:cecile_office', 'char:cecile:tense']);
    await page.waitForTimeout(600);
    const lost = await page.evaluate(async () => {
      const canvas = document.querySelector('#stage canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) return false;
      ext.loseContext();
      await new Promise((r) => setTimeout(r, 300));
      ext.restoreContext();
      await new Promise((r) => setTimeout(r, 600));
      return true;
    });
    if (lost) {
      await present(page, ['scene:war_room', 'char:alice:worried']);
      await page.waitForTimeout(800);
      await page.locator('#stage canvas').screenshot({ path: `${ARTIFACTS}/after-context-loss.png` });
      expect(await canvasVariety(page)).toBeGreaterThan(12);
    }
    // The story stays playable whatever the canvas does.
    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => page.locator('#line').textContent()).not.toBe('');
    expect(errors.filter((e) => !/context/i.test(e))).toEqual([]);
    await context.close();
  });

  it('shows a placeholder for a missing image and goes on', async () => {
    const { page, context, errors } = await openPage(browser, { reducedMotion: 'reduce' });
    await context.route('**/*boardroom*.svg', (r) => r.abort());
    await context.route('**/head-*.svg', (r) => r.abort());
    await hook.ready(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => page.locator('#line').textContent()).not.toBe('');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${ARTIFACTS}/missing-images.png` });
    expect(await page.locator('button.next').isVisible()).toBe(true);
    // Failed loads are network errors in the console; nothing else may go wrong.
    expect(errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e))).toEqual([]);
    await context.close();
  });
});
