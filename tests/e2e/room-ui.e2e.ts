// The live room in the game, against the real room server on 127.0.0.1 serving the production
// build: a trainee joins with a name from the join link and plays, the facilitator's page (its
// link) sees them and how far they are; a hold, the trainee's vote arriving, the reveal of the
// split, the model's result per option, the release; a reload returns both to the room; the
// trainee's result fills the Class panel; offline the room says it needs the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createRoomServer, type RoomServer } from '../../src/server/server';
import { openSqliteStore } from '../../src/server/store-sqlite';
import { FacilitatorClient, TraineeClient } from '../../src/room/client';
import { facilitatorLink, joinLink } from '../../src/room/links';
import { ARTIFACTS, axe, launch, openPage } from './browser';
import { MemoryStorage } from '../room/helpers';
import { ALICE_PATH } from '../../src/sim/decisions';
import { encodePath } from '../../src/persist/path-code';
import { Session } from '../../src/narrative/session';
import { createLocalSimClient } from '../../src/service/client';
import { pathGuide } from '../../src/narrative/guide';
import { compileInkFile } from '../../scripts/ink-compile';
import { formatters } from '../../src/i18n';

let browser: Browser;
let server: RoomServer;
let origin = '';

beforeAll(async () => {
  server = createRoomServer({ store: openSqliteStore(':memory:'), staticDir: 'dist', log: () => {} });
  const port = await server.listen(0, '127.0.0.1');
  origin = `http://127.0.0.1:${port}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the live room', () => {
  it('join, progress, hold, vote, reveal, results, release, reload, Class panel, offline', async () => {
    const node = new FacilitatorClient({ url: origin, storage: new MemoryStorage(), transports: ['websocket'] });
    const created = await node.create();
    if (!created.ok) throw new Error(created.error.message);
    node.disconnect();
    const { room, key } = created;

    // The facilitator's page.
    expect(facilitatorLink(origin, room, key)).toBe(`${joinLink(origin, room)}#room-key=${key}`);
    const fac = await openPage(browser, { path: `${joinLink(origin, room)}&lang=en#room-key=${key}` });
    const facPanel = fac.page.locator('.room-fac-panel');
    await facPanel.waitFor({ state: 'visible', timeout: 60_000 });
    // The key leaves the address bar; `#room-host` (no secret) keeps a reload on the facilitator's screen.
    await expect.poll(() => fac.page.evaluate(() => location.hash)).toBe('#room-host');
    await expect(facPanel.locator('.room-status').getAttribute('data-status')).resolves.toBe('online');
    await facPanel.locator('.qr-box svg.qr').waitFor();
    await expect(facPanel.locator('.room-join-link').getAttribute('href')).resolves.toBe(joinLink(origin, room));

    // A trainee joins from the join link.
    const tr = await openPage(browser, { path: `${joinLink(origin, room)}&lang=en&renderer=canvas` });
    const join = tr.page.locator('.room-join');
    await join.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await axe(tr.page, '.room-join')).toEqual([]);
    await tr.page.locator('#room-name').fill('Chloé');
    await tr.page.keyboard.press('Enter');
    await tr.page.locator('.room-bar:not([hidden])').waitFor();
    await expect(tr.page.locator('.room-bar').textContent()).resolves.toMatch(/Chloé · connected/);
    await facPanel.locator('.room-members tbody tr').first().waitFor();
    await expect(facPanel.locator('.room-members tbody th').first().textContent()).resolves.toBe('Chloé');

    // The trainee starts playing: the facilitator sees how far.
    await tr.page.locator('.title-screen button.primary').click();
    await tr.page.locator('button.next, button.choice').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => facPanel.locator('.room-where').first().textContent(), { timeout: 30_000 }).toMatch(/episode 1/);

    // Hold at D1: the trainee sees the vote, votes by keyboard; the facilitator sees the vote arrive.
    await facPanel.locator('#room-hold-decision').selectOption('plan');
    await facPanel.locator('button.room-hold-button').click();
    const hold = tr.page.locator('.room-hold:not([hidden])');
    await hold.waitFor({ timeout: 30_000 });
    await expect(hold.getAttribute('data-phase')).resolves.toBe('voting');
    await hold.locator('button.room-vote[data-option="plan_target"]').focus();
    await tr.page.keyboard.press('Enter');
    await hold.locator('button.room-vote[data-option="plan_target"][aria-pressed="true"]').waitFor();
    await expect.poll(() => facPanel.locator('.room-hold-votes').getAttribute('data-voted'), { timeout: 30_000 }).toBe('1');
    await expect(facPanel.locator('li[data-option="plan_target"]').getAttribute('data-count')).resolves.toBe('1');
    await tr.page.screenshot({ path: `${ARTIFACTS}/room-trainee-vote.png` });

    // Reveal the split, then the model's result per option.
    await facPanel.locator('button.room-reveal').click();
    await expect.poll(() => hold.getAttribute('data-phase'), { timeout: 30_000 }).toBe('revealed');
    await expect(hold.locator('li[data-option="plan_target"] .room-count').getAttribute('data-count')).resolves.toBe('1');
    await facPanel.locator('button.room-publish').click();
    await hold.locator('li[data-option="plan_analyse"] .room-result').waitFor({ timeout: 60_000 });
    await expect(hold.locator('.room-result').count()).resolves.toBe(3);
    await fac.page.screenshot({ path: `${ARTIFACTS}/room-facilitator.png`, fullPage: true });
    expect(await axe(fac.page, '.room-fac-panel')).toEqual([]);

    // The facilitator's page reloads: back in the room, the hold still there. Release.
    await fac.page.reload();
    await facPanel.waitFor({ state: 'visible', timeout: 60_000 });
    await facPanel.locator('.room-hold-state').waitFor({ timeout: 30_000 });
    await facPanel.locator('button.room-release').click();
    await hold.waitFor({ state: 'hidden', timeout: 30_000 });

    // The trainee reloads: no join screen, back in the room as Chloé.
    await tr.page.reload();
    await tr.page.locator('.room-bar:not([hidden])').waitFor({ timeout: 60_000 });
    await expect(tr.page.locator('.room-bar').textContent()).resolves.toMatch(/Chloé/);
    await expect(tr.page.locator('.room-join:not([hidden])').count()).resolves.toBe(0);

    // Offline: the bar says the room needs the network.
    await tr.context.setOffline(true);
    await expect.poll(() => tr.page.locator('.room-bar').textContent(), { timeout: 30_000 }).toMatch(/needs the network/);
    await tr.context.setOffline(false);
    await expect.poll(() => tr.page.locator('.room-bar').textContent(), { timeout: 60_000 }).toMatch(/connected/);

    // The trainee's game reaches its end (here replayed from Alice's result code): the result goes to the room
    // and fills the facilitator's Class panel.
    const json = compileInkFile('story/en/main.ink').json!;
    const sess = new Session({ loadStory: async () => json, externals: formatters, sim: createLocalSimClient() });
    await sess.startGuided({ lang: 'en', seed: 77 }, pathGuide(ALICE_PATH, null));
    const code = encodePath({ seed: 77, history: [...sess.history] });
    await tr.page.goto(`${joinLink(origin, room)}&lang=en&renderer=canvas&path=${code}`);
    await tr.page.locator('.end-screen').waitFor({ state: 'visible', timeout: 60_000 });
    await expect.poll(() => facPanel.locator('.room-where').first().textContent(), { timeout: 30_000 }).toBe('finished');
    await expect.poll(() => facPanel.locator('.room-results-in').textContent(), { timeout: 30_000 }).toMatch(/^1 of 1 trainees have finished/);
    // The Class panel, opened from the facilitator's tools (no codes pasted), is the room's class.
    await facPanel.locator('button.room-fac-close').click();
    await fac.page.locator('button.fac-class').first().click();
    const cls = fac.page.locator('.class-panel');
    await cls.locator('.class-rank tbody tr').first().waitFor({ timeout: 60_000 });
    await expect(cls.locator('.class-rank tbody button.class-trainee').textContent()).resolves.toBe('Chloé');
    await expect(cls.locator('.class-room').textContent()).resolves.toMatch(/1 of 1 trainees have finished/);
    await expect(cls.locator('.class-room').getAttribute('aria-live')).resolves.toBe('polite');
    // Another trainee finishes while it is open: the class grows by itself, no click.
    const other = new TraineeClient({ url: origin, storage: new MemoryStorage(), transports: ['websocket'] });
    const joined = await other.join(room, 'Malik');
    if (!joined.ok) throw new Error(joined.error.message);
    await other.finish(encodePath({ seed: 78, history: [...sess.history] }), null);
    await expect.poll(() => cls.locator('.class-rank tbody tr').count(), { timeout: 60_000 }).toBe(2);
    await expect(cls.locator('.class-room').textContent()).resolves.toMatch(/2 of 2 trainees have finished/);
    expect(await axe(fac.page, '.class-panel')).toEqual([]);
    other.disconnect();

    // The facilitator's browser opens the trainees' join link: it asks which screen; joining as a trainee keeps the key.
    const again = await fac.context.newPage();
    await again.goto(`${joinLink(origin, room)}&lang=en&renderer=canvas`);
    const choose = again.locator('.room-choose');
    await choose.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await axe(again, '.room-choose')).toEqual([]);
    await choose.locator('button.room-choose-trainee').click();
    await again.locator('.room-join').waitFor({ state: 'visible', timeout: 30_000 });
    await again.close();
    await fac.page.reload();
    await facPanel.waitFor({ state: 'visible', timeout: 60_000 });
    await expect(facPanel.locator('.room-status').getAttribute('data-status')).resolves.toBe('online');
    expect(fac.offsite).toEqual([]);
    expect(tr.offsite).toEqual([]);
    await fac.context.close();
    await tr.context.close();
  }, 420_000);
});
