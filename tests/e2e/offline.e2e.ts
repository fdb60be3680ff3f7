// Offline play (vite-plugin-pwa's service worker, src/ui/update-notice.ts): after one visit the
// game starts and plays to an ending with the server gone, and a new version is announced and waits
// for the player's click. The game is served by a server of its own (static-server.ts), stopped to
// take the network away for real (and the context is set offline too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launch, nextStep, openPage, playToEnd, step } from './browser';
import { serveDist, type StaticServer } from './static-server';
import { ALICE_PATH } from '../../src/sim/decisions';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the service worker has precached the game and controls the page (one reload). */
async function installed(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
}

describe('offline', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('installs: a manifest with icons, a service worker that precaches the whole game', async () => {
    const { page, context, errors } = await openPage(browser, { base: server.url, serviceWorkers: 'allow' });
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      return (await fetch(href)).json() as Promise<{ name: string; icons: { src: string; purpose: string }[]; theme_color: string }>;
    });
    expect(manifest.name).toBe("Alice's Logbook");
    expect(manifest.icons.map((i) => i.purpose)).toContain('maskable');
    await installed(page);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    // Both stories, the charts, the simulation worker, the scenery, the sounds.
    for (const part of [/\/assets\/main-.*\.js/, /charts-.*\.js/, /sim\.worker-.*\.js/, /game-.*\.js/, /sfx-.*\.wav/, /music-office-.*\.wav/, /title-.*\.svg/]) {
      expect(cached.some((u) => part.test(u)), String(part)).toBe(true);
    }
    expect(cached.filter((u) => /\/assets\/main-.*\.js/.test(u)).length).toBe(2); // the English and the French story
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays to an ending with the network gone, after one visit', async () => {
    const own = await serveDist();
    const { page, context, errors } = await openPage(browser, { base: own.url, serviceWorkers: 'allow' });
    await installed(page);
    await own.close();
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe("Alice's Logbook");
    const before = await step(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await nextStep(page, before);
    const chosen = await playToEnd(page, Object.values(ALICE_PATH));
    expect(chosen.length).toBeGreaterThan(5);
    await expect.poll(() => page.locator('.end-screen h2').textContent()).toBeTruthy();
    // The semester's numbers came from the simulation worker, itself from the cache.
    await page.screenshot({ path: `${ARTIFACTS}/offline-end.png` });
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  }, 600_000); // a whole playthrough by clicks: minutes on a loaded machine (not a timed assertion)

  it('announces a new version and reloads only on the click; the save survives', async () => {
    const { page, context, errors } = await openPage(browser, { base: server.url, serviceWorkers: 'allow' });
    await installed(page);
    // A game in progress, saved.
    let before = await step(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await nextStep(page, before);
    while (!(await page.locator('button.choice').count())) {
      before = await step(page);
      await page.locator('button.next').click();
      await nextStep(page, before);
    }
    before = await step(page);
    await page.locator('button.choice').first().click();
    await nextStep(page, before);
    const save = await page.evaluate(() => localStorage.getItem('alice.save.v1'));
    expect(save).toBeTruthy();
    const line = await page.locator('#line').textContent();
    // A new version on the server: the page finds it, says so, and changes nothing yet.
    server.swSuffix = `\n// next version ${Date.now()}\n`;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('.update-notice');
    await expect.poll(() => notice.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await notice.textContent()).toContain('A new version of the game is ready');
    expect(await page.locator('#line').textContent()).toBe(line);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);
    // In French too.
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    await expect.poll(() => notice.textContent()).toContain('Une nouvelle version du jeu est prête');
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await page.screenshot({ path: `${ARTIFACTS}/update-notice.png` });
    // The click: the new worker takes over and the page reloads; the save is still there.
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByRole('button', { name: 'Reload' }).click()]);
    await expect.poll(() => page.locator('h1').textContent()).toBe("Alice's Logbook");
    expect(await page.evaluate(() => localStorage.getItem('alice.save.v1'))).toBe(save);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting))).toBe(true);
    before = await step(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await nextStep(page, before);
    expect(await page.locator('#line').textContent()).toBe(line);
    expect(errors).toEqual([]);
    server.swSuffix = null;
    await context.close();
  }, 300_000);
});
