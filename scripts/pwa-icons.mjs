#!/usr/bin/env node
// `node scripts/pwa-icons.mjs`: the web app icons, from the game's own art (scripts/art): Alice's head
// (assets/art/chars/alice) on the title screen's sky. Writes public/icons/icon.svg and, rasterized
// by Debian's Chromium through playwright-core, icon-192.png, icon-512.png and icon-maskable-512.png
// (the maskable one keeps Alice inside the central 80% safe zone). The outputs are committed:
// run this again after the art changes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const parts = ['body', 'head', 'eyes_open', 'brows_happy', 'mouth_happy'];
const inner = (f) => readFileSync(`assets/art/chars/alice/${f}.svg`, 'utf8').replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const alice = parts.map((p) => `<svg width="600" height="900" viewBox="0 0 600 900">${inner(p)}</svg>`).join('');

// The title screen's sky (assets/art/title.svg) behind a crop of Alice's head and shoulders.
function icon({ safe }) {
  // The crop of Alice's 600x900 canvas shown in the 512x512 icon; `safe` zooms out for maskable icons.
  const size = safe ? 420 : 330;
  const x = 300 - size / 2;
  const y = safe ? 10 : 30;
  const rx = safe ? 0 : 96;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">`
    + `<defs><linearGradient id="icon-sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#16294a"/><stop offset="0.6" stop-color="#1f4e8c"/><stop offset="1" stop-color="#f2a27f"/></linearGradient></defs>`
    + `<rect width="512" height="512" rx="${rx}" fill="url(#icon-sky)"/>`
    + `<svg x="0" y="0" width="512" height="512" viewBox="${x} ${y} ${size} ${size}">${alice}</svg>`
    + `</svg>`;
}

mkdirSync('public/icons', { recursive: true });
const svgs = { any: icon({ safe: false }), maskable: icon({ safe: true }) };
writeFileSync('public/icons/icon.svg', svgs.any);

const { chromium } = await import('playwright-core');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [file, svg, px] of [['icon-192.png', svgs.any, 192], ['icon-512.png', svgs.any, 512], ['icon-maskable-512.png', svgs.maskable, 512]]) {
    const page = await browser.newPage({ viewport: { width: px, height: px } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${px}" height="${px}">`);
    await page.waitForFunction(() => document.images[0]?.complete);
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: true, clip: { x: 0, y: 0, width: px, height: px } });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('wrote public/icons/icon.svg, icon-192.png, icon-512.png, icon-maskable-512.png');
