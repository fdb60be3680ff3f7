// The room server serves the production build and socket.io on one origin: the game loads from
// it, and the page's CSP (`connect-src 'self'`) lets it open the room's websocket and polling
// requests on that origin, while a websocket to another origin is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createRoomServer, type RoomServer } from '../../src/server/server';
import { openSqliteStore } from '../../src/server/store-sqlite';
import { launch, openPage } from './browser';

let browser: Browser;
let server: RoomServer;
let port = 0;

beforeAll(async () => {
  server = createRoomServer({ store: openSqliteStore(':memory:'), staticDir: 'dist', log: () => {} });
  port = await server.listen(0, '127.0.0.1');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the game on the room server', () => {
  it('loads, and reaches socket.io on its own origin only', async () => {
    const { page, context, errors, offsite } = await openPage(browser, { path: `http://127.0.0.1:${port}/?room=K7P3QX&lang=en` });
    await page.waitForFunction(() => !!(window as unknown as { __alice?: unknown }).__alice, null, { timeout: 60_000 });
    await page.evaluate(() => (window as unknown as { __alice: { ready: Promise<unknown> } }).__alice.ready);
    await page.locator('#ui button').first().waitFor({ state: 'attached' });
    const probe = (url: string) =>
      page.evaluate(
        (u) =>
          new Promise<string>((resolve) => {
            let ws: WebSocket;
            try {
              ws = new WebSocket(u);
            } catch (e) {
              return resolve(`refused: ${String(e)}`);
            }
            ws.onmessage = (e) => {
              resolve(`open:${String(e.data).slice(0, 1)}`);
              ws.close();
            };
            ws.onerror = () => resolve('error');
            setTimeout(() => resolve('timeout'), 5000);
          }),
        url,
      );
    // Engine.IO's open packet is "0{...}".
    expect(await probe(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`)).toBe('open:0');
    expect(await probe(`ws://localhost:${port}/socket.io/?EIO=4&transport=websocket`)).not.toBe('open:0');
    const polling = await page.evaluate(async () => (await fetch('/socket.io/?EIO=4&transport=polling')).text());
    expect(polling.startsWith('0{')).toBe(true);
    expect(offsite).toEqual([]);
    // The refused cross-origin websocket logs a CSP error; nothing else may.
    expect(errors.filter((e) => !/Content Security Policy|localhost/.test(e))).toEqual([]);
    await context.close();
  });
});
