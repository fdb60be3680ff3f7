// The places of the story, 1920x1080. Conventions: the wall meets the floor at FLOOR_Y (760);
// the lower ~30% stays quiet (the dialogue box covers it); characters stand in the left and
// right thirds (x ~ 300-650 and 1270-1620, feet at y ~ 1000), so the focal decor sits in the
// centre (x ~ 660-1260) and at the far edges.

import { svgDoc, g, rect, circle, ellipse, line, path, poly, el, P, n, mix, darken, lighten, prng, text } from './lib/svg.mjs';
import { C, SH } from './lib/palette.mjs';
import {
  W, H, FLOOR_Y, room, skyline, windowFrame, plant, tallPlant, desk, monitor, monitorBack, laptop, officeChair, mug, paperStack,
  pie, bars, lineChart, textLines, whiteboard, picture, wallClock, pendant, shelf, books, sheet, stickyNote, ceilingLights, resetIds, uid,
} from './lib/decor.mjs';

const doc = (body) => svgDoc(W, H, body);

// ---------------------------------------------------------------------------------------------
// Bedroom (night and dawn share the room; only light and mood change)

function bedroom(mode) {
  const night = mode === 'night';
  const K = night
    ? { wall: '#1c2747', stripe: '#24325a', floor: '#141c33', base: '#222f52', skyTop: '#0c1630', skyBot: '#2b4277', far: '#1a2a4f', near: '#0e1830', lit: C.mustard,
        curtain: '#2c3a66', curtainDark: '#222e54', duvet: '#2d4a80', duvetDark: '#223a66', pillow: '#8ea6cc', wood: '#3a3550', woodDark: '#2c2840', beam: '#cfe0f5', beamO: 0.07, lamp: '#4a5580' }
    : { wall: '#dccfd2', stripe: '#d3c4c8', floor: '#b8a7a6', base: '#eee4e4', skyTop: '#b9c7e0', skyBot: '#f8c4ac', far: '#b6a3b6', near: '#8f7c93', lit: '#f8dfa4',
        curtain: '#e6a99a', curtainDark: '#d48f80', duvet: '#7d9bc9', duvetDark: '#6a88b8', pillow: '#f3eef0', wood: '#b98e70', woodDark: '#9c7458', beam: '#ffd9b8', beamO: 0.22, lamp: C.mustard };
  const out = [];
  out.push(room({ wall: K.wall, floor: K.floor, base: K.base, seed: 3 }));
  // wallpaper stripes
  for (let x = 30; x < W; x += 90) out.push(rect(x, 0, 30, FLOOR_Y - 16, { fill: K.stripe, opacity: 0.5 }));

  // window (centre) with skyline and moon / rising sun
  const wx = 740, wy = 100, ww = 440, wh = 400;
  const sky = [];
  if (night) {
    const rand = prng(11);
    for (let i = 0; i < 40; i++) sky.push(circle(wx + rand() * ww, wy + rand() * wh * 0.6, 1 + rand() * 2.2, { fill: C.white, opacity: 0.4 + rand() * 0.5 }));
    sky.push(circle(wx + 330, wy + 96, 70, { fill: C.pale, opacity: 0.12 }), circle(wx + 330, wy + 96, 46, { fill: '#f4efd8' }), circle(wx + 316, wy + 86, 9, { fill: '#e3dcc0' }), circle(wx + 344, wy + 110, 6, { fill: '#e3dcc0' }));
  } else {
    sky.push(circle(wx + 300, wy + wh - 60, 120, { fill: '#fde3c8', opacity: 0.5 }), circle(wx + 300, wy + wh - 60, 56, { fill: '#fff1de' }));
  }
  if (night) sky.push(ellipse(wx + 110, wy + wh - 150, 70, 150, { fill: C.mustard, opacity: 0.1 }));
  sky.push(skyline(wx, wy + wh, ww, { far: K.far, near: K.near, seed: 21, eiffelAt: wx + 110, eiffelH: 250, eiffelFill: night ? '#b98f3e' : '#9b889d', windowsLit: K.lit }));
  if (night) sky.push(circle(wx + 110, wy + wh - 288, 5, { fill: C.coral }));
  out.push(windowFrame(wx, wy, ww, wh, { sky: [K.skyTop, K.skyBot], content: sky, frame: night ? '#3b4a78' : C.white, mullions: [2, 2] }));
  // curtains
  for (const [x, s] of [[wx - 70, -1], [wx + ww + 70, 1]]) {
    out.push(path(P(['M', x - 60, 60, 'L', x + 60, 60, 'Q', x + 30, 400, x + 56 + s * 10, 740, 'L', x - 56 + s * 10, 740, 'Q', x - 30, 400, x - 60, 60, 'Z']), { fill: K.curtain }));
    out.push(path(P(['M', x - 15, 60, 'Q', x - 4, 400, x - 10, 740]), { fill: 'none', stroke: K.curtainDark, strokeWidth: 10, strokeLinecap: 'round' }));
    out.push(path(P(['M', x + 25, 60, 'Q', x + 30, 400, x + 22, 740]), { fill: 'none', stroke: K.curtainDark, strokeWidth: 6, strokeLinecap: 'round', opacity: 0.7 }));
  }
  out.push(rect(wx - 160, 50, ww + 320, 14, { rx: 7, fill: night ? '#3b4a78' : K.woodDark }));

  // light beam from the window across the floor
  out.push(poly([[wx + 20, wy + wh], [wx + ww - 20, wy + wh], [wx + ww + 260, H], [wx - 140, H]], { fill: K.beam, opacity: K.beamO }));

  // bed (centre, headboard against the wall)
  const bx = 700, bw = 520;
  out.push(ellipse(bx + bw / 2, 884, 330, 24, SH(0.18)));
  out.push(rect(bx - 10, 500, bw + 20, 240, { rx: 28, fill: K.wood }));
  out.push(rect(bx + 10, 520, bw - 20, 60, { rx: 18, fill: lighten(K.wood, 0.08) }));
  out.push(rect(bx, 640, bw, 120, { rx: 16, fill: K.pillow }));
  out.push(rect(bx + 40, 600, 190, 70, { rx: 30, fill: K.pillow }), rect(bx + bw - 230, 600, 190, 70, { rx: 30, fill: darken(K.pillow, 0.06) }));
  // duvet
  out.push(path(P(['M', bx - 20, 690, 'Q', bx + bw / 2, 660, bx + bw + 20, 690, 'L', bx + bw + 34, 870, 'Q', bx + bw / 2, 890, bx - 34, 870, 'Z']), { fill: K.duvet }));
  out.push(path(P(['M', bx - 20, 690, 'Q', bx + bw / 2, 660, bx + bw + 20, 690, 'L', bx + bw + 22, 720, 'Q', bx + bw / 2, 694, bx - 22, 720, 'Z']), { fill: lighten(K.duvet, 0.15) }));
  out.push(path(P(['M', bx + 140, 730, 'Q', bx + 200, 790, bx + 170, 860]), { fill: 'none', stroke: K.duvetDark, strokeWidth: 8, strokeLinecap: 'round' }));
  out.push(path(P(['M', bx + 360, 720, 'Q', bx + 330, 800, bx + 380, 866]), { fill: 'none', stroke: K.duvetDark, strokeWidth: 6, strokeLinecap: 'round' }));
  if (!night) out.push(path(P(['M', bx + bw - 80, 700, 'Q', bx + bw + 60, 720, bx + bw + 40, 840, 'L', bx + bw - 40, 800, 'Z']), { fill: K.duvetDark, opacity: 0.8 }));

  // nightstand with alarm clock and lamp (right of bed)
  const nx = 1250;
  out.push(ellipse(nx + 60, 772, 80, 10, SH(0.15)));
  out.push(rect(nx, 630, 120, 136, { rx: 10, fill: K.woodDark }), rect(nx + 10, 670, 100, 40, { rx: 6, fill: K.wood }), circle(nx + 60, 690, 5, { fill: K.woodDark }));
  // lamp
  out.push(rect(nx + 18, 560, 6, 70, { fill: K.woodDark }), path(P(['M', nx - 8, 560, 'L', nx + 50, 560, 'L', nx + 40, 510, 'L', nx + 2, 510, 'Z']), { fill: K.lamp }));
  if (!night) out.push(poly([[nx - 8, 560], [nx + 50, 560], [nx + 110, 640], [nx - 70, 640]], { fill: C.mustardPale, opacity: 0.25 }));
  // alarm clock
  out.push(rect(nx + 52, 584, 62, 46, { rx: 12, fill: night ? '#101729' : C.coral }), rect(nx + 58, 592, 50, 28, { rx: 6, fill: night ? '#0a0f1c' : '#3a2230' }));
  out.push(text(nx + 83, 613, night ? '3:47' : '6:30', { size: 20, fill: night ? C.coral : C.mustardPale }));
  if (night) out.push(ellipse(nx + 83, 606, 48, 30, { fill: C.coral, opacity: 0.12 }));
  // phone glowing on the nightstand at night
  if (night) out.push(rect(nx + 10, 620, 34, 10, { rx: 3, fill: '#0a0f1c' }), ellipse(nx + 27, 622, 30, 8, { fill: C.pale, opacity: 0.15 }));

  // far left: chair with the mustard cardigan draped on it
  out.push(ellipse(170, 772, 90, 10, SH(0.15)));
  out.push(rect(100, 460, 140, 160, { rx: 20, fill: K.woodDark }), rect(92, 610, 160, 26, { rx: 8, fill: K.wood }), rect(100, 636, 14, 130, { fill: K.woodDark }), rect(228, 636, 14, 130, { fill: K.woodDark }));
  const cardi = night ? mix(C.mustard, '#1c2747', 0.55) : C.mustard;
  const cardiDark = darken(cardi, 0.15);
  out.push(path('M116 690 Q104 610 112 540 L138 540 Q134 620 144 690 Z', { fill: cardiDark }));
  out.push(path('M204 700 Q214 620 206 540 L232 540 Q240 620 230 700 Z', { fill: cardiDark }));
  out.push(path('M96 470 Q170 440 244 470 L238 606 Q170 620 102 606 Z', { fill: cardi }));
  out.push(path('M170 452 L170 612', { stroke: cardiDark, strokeWidth: 6, strokeLinecap: 'round' }));
  out.push(rect(100, 596, 140, 16, { rx: 6, fill: cardiDark }));
  [500, 540, 580].forEach((y) => out.push(circle(182, y, 4, { fill: lighten(cardi, 0.4) })));
  // far right: dresser with a closed laptop and a frame
  out.push(ellipse(1760, 772, 130, 10, SH(0.15)));
  out.push(rect(1650, 560, 240, 206, { rx: 12, fill: K.wood }), rect(1666, 580, 208, 80, { rx: 6, fill: lighten(K.wood, 0.08) }), rect(1666, 670, 208, 80, { rx: 6, fill: lighten(K.wood, 0.08) }));
  out.push(circle(1770, 620, 6, { fill: K.woodDark }), circle(1770, 710, 6, { fill: K.woodDark }));
  out.push(rect(1680, 540, 130, 20, { rx: 5, fill: night ? '#45506e' : C.greyLight }));
  out.push(picture(1690, 300, 170, 200, [rect(1698, 308, 154, 184, { fill: night ? '#33406a' : C.pale }), circle(1800, 360, 18, { fill: night ? '#5a6a9a' : C.coralPale }),
    path('M1698 450 L1740 392 L1772 430 L1800 404 L1852 460 L1852 492 L1698 492Z', { fill: night ? '#2a3660' : C.sky }), rect(1698, 462, 154, 30, { fill: night ? '#24305a' : C.blue, opacity: 0.8 })], night ? '#101729' : K.woodDark));

  if (night) {
    // the nightmare: spreadsheets and pie charts floating in the dark
    const ghost = { paper: '#cfe0f5', grid: '#7fa8dc', head: '#2d6cc0' };
    out.push(g({ opacity: 0.22 },
      sheet(330, 120, 180, 230, { rot: -14, ...ghost, rows: 10, cols: 4, hi: [3, 6] }),
      sheet(1320, 90, 200, 250, { rot: 11, ...ghost, rows: 11, cols: 5, hi: [2] }),
      sheet(560, 300, 130, 170, { rot: 8, ...ghost, rows: 8, cols: 3 }),
      sheet(1480, 380, 150, 190, { rot: -6, ...ghost, rows: 9, cols: 4, hi: [5] }),
      sheet(60, 160, 150, 190, { rot: 5, ...ghost, rows: 9, cols: 4 }),
    ));
    out.push(g({ opacity: 0.35 },
      pie(480, 520, 60, [0.45, 0.3, 0.25], [C.coral, C.mustard, C.sky], { gap: 5 }),
      pie(1220, 290, 44, [0.6, 0.25, 0.15], [C.sky, C.coral, C.mustard], { gap: 4 }),
      pie(1600, 180, 36, [0.5, 0.5], [C.mustard, C.sky], { gap: 3 }),
      pie(260, 420, 30, [0.7, 0.3], [C.sky, C.coral], { gap: 3, hole: 14, holeFill: K.wall }),
    ));
    out.push(g({ opacity: 0.25 }, bars(600, 90, 120, 90, [0.3, 0.55, 0.4, 0.9], [C.sky, C.sky, C.sky, C.coral]), bars(1560, 560, 90, 70, [0.8, 0.5, 0.3], [C.mustard])));
    // vignette of the sleepless night
    out.push(rect(0, 0, W, H, { fill: '#050a18', opacity: 0.12 }));
  } else {
    // a crumpled page on the floor, the night's leftover
    out.push(g({}, ellipse(1628, 806, 24, 5, SH(0.14)), circle(1624, 790, 17, { fill: C.paper }), path('M1612 786l9 4 6-8 7 9', { fill: 'none', stroke: C.greyLight, strokeWidth: 2.5 })));
    out.push(rect(0, 0, W, H, { fill: '#f7c8b0', opacity: 0.08 }));
  }
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// Boardroom: the President's New Year speech

function boardroom() {
  const out = [];
  out.push(room({ wall: '#eef1f5', floor: '#9aa6ba', base: C.white, planks: false }));
  // carpet texture: a quiet border
  out.push(rect(0, FLOOR_Y + 70, W, 6, { fill: C.white, opacity: 0.12 }));
  // wood accent wall behind the screen
  out.push(rect(600, 0, 720, FLOOR_Y - 16, { fill: C.woodLight }));
  for (let x = 640; x < 1320; x += 80) out.push(rect(x, 0, 4, FLOOR_Y - 16, { fill: C.woodDark, opacity: 0.25 }));
  out.push(rect(600, 0, 12, FLOOR_Y - 16, SH(0.08)), rect(1308, 0, 12, FLOOR_Y - 16, SH(0.08)));
  // side windows
  out.push(windowFrame(60, 110, 300, 440, { content: skyline(60, 550, 300, { far: '#b9cbe3', near: '#9db3d3', seed: 5 }), mullions: [1, 2] }));
  out.push(windowFrame(1560, 110, 300, 440, { content: skyline(1560, 550, 300, { far: '#b9cbe3', near: '#9db3d3', seed: 6, eiffelAt: 1700, eiffelH: 200 }), mullions: [1, 2] }));
  // the big screen: 2015 recap
  const sx = 700, sy = 130, sw = 520, sh = 300;
  out.push(rect(sx + 12, sy + 16, sw, sh, { rx: 12, ...SH(0.15) }));
  out.push(rect(sx, sy, sw, sh, { rx: 12, fill: C.ink }), rect(sx + 12, sy + 12, sw - 24, sh - 24, { rx: 6, fill: C.deep }));
  out.push(rect(sx + 12, sy + 12, sw - 24, 40, { fill: C.navy, opacity: 0.6 }));
  out.push(circle(sx + 40, sy + 32, 11, { fill: C.white }), path(P(['M', sx + 32, sy + 34, 'Q', sx + 40, sy + 24, sx + 48, sy + 34]), { fill: 'none', stroke: C.deep, strokeWidth: 3 }));
  out.push(text(sx + sw / 2, sy + 140, '2015: €3bn', { size: 70, fill: C.white }));
  out.push(bars(sx + 110, sy + 170, 300, 100, [0.35, 0.5, 0.62, 0.78, 1], [C.sky, C.sky, C.sky, C.sky, C.mustard], { base: C.pale }));
  out.push(path(P(['M', sx + 120, sy + 240, 'L', sx + 260, sy + 205, 'L', sx + 400, sy + 165]), { fill: 'none', stroke: C.coral, strokeWidth: 6, strokeLinecap: 'round' }), poly([[sx + 412, sy + 160], [sx + 392, sy + 156], [sx + 404, sy + 176]], { fill: C.coral }));
  // confetti garland for the New Year
  const rand = prng(17);
  for (let i = 0; i < 26; i++) {
    const x = 620 + i * 26;
    const y = 70 + Math.sin(i / 4) * 10 + 30 * Math.sin((i / 25) * Math.PI);
    out.push(poly([[x, y - 12], [x + 22, y - 12], [x + 11, y + 12]], { fill: [C.coral, C.mustard, C.blue, C.pale][i % 4] }));
  }
  out.push(path(P(['M', 620, 58, 'Q', 960, 128, 1300, 58]), { fill: 'none', stroke: C.ink, strokeWidth: 2, opacity: 0.5 }));

  // long table in perspective, pointing to the screen
  out.push(ellipse(960, 760, 380, 24, SH(0.12)));
  const tbl = [[820, 560], [1100, 560], [1250, 740], [670, 740]];
  // chairs along the sides (back row first)
  const chair = (x, y, s, col = C.deep) => g({},
    rect(x - 5 * s, y - 10 * s, 10 * s, 30 * s, { fill: C.grey }),
    rect(x - 36 * s, y - 104 * s, 72 * s, 100 * s, { rx: 20 * s, fill: col }),
    rect(x - 26 * s, y - 94 * s, 52 * s, 70 * s, { rx: 14 * s, fill: lighten(col, 0.12) }),
    rect(x - 40 * s, y - 20 * s, 80 * s, 18 * s, { rx: 9 * s, fill: darken(col, 0.2) }));
  for (const [t, s] of [[0.15, 0.62], [0.45, 0.78], [0.78, 0.95]]) {
    const yl = 560 + t * 180;
    const xl = 820 - t * 150 - 30;
    const xr = 1100 + t * 150 + 30;
    out.push(chair(xl, yl, s), chair(xr, yl, s));
  }
  out.push(poly(tbl, { fill: '#5b4636' }));
  out.push(poly([[820, 560], [1100, 560], [1250, 740], [670, 740]], { fill: C.wood }));
  out.push(poly([[670, 740], [1250, 740], [1250, 756], [670, 756]], { fill: C.woodDark }));
  out.push(poly([[860, 580], [1060, 580], [1150, 700], [770, 700]], { fill: C.white, opacity: 0.08 }));
  // glasses of champagne and notepads on the table
  const flute = (x, y, s) => g({}, path(P(['M', x - 6 * s, y - 40 * s, 'L', x + 6 * s, y - 40 * s, 'L', x + 4 * s, y - 14 * s, 'L', x - 4 * s, y - 14 * s, 'Z']), { fill: C.mustard, opacity: 0.85 }), rect(x - 1.5 * s, y - 14 * s, 3 * s, 14 * s, { fill: C.greyLight }), rect(x - 7 * s, y - 2 * s, 14 * s, 3 * s, { rx: 1.5, fill: C.greyLight }));
  out.push(flute(830, 600, 0.7), flute(1090, 600, 0.7), flute(780, 690, 0.95), flute(1140, 690, 0.95), flute(960, 640, 0.8));
  out.push(rect(860, 650, 60, 40, { rx: 3, fill: C.paper, transform: 'rotate(-8 890 670)' }), rect(1000, 650, 60, 40, { rx: 3, fill: C.paper, transform: 'rotate(6 1030 670)' }));
  for (let i = 0; i < 14; i++) {
    const y = 590 + rand() * 140;
    const half = 140 + ((y - 560) / 180) * 150;
    const x = 960 - half + rand() * half * 2;
    out.push(rect(x, y, 10, 6, { rx: 2, fill: [C.coral, C.mustard, C.blue][i % 3], transform: `rotate(${n(rand() * 180)} ${n(x + 5)} ${n(y + 3)})` }));
  }
  // potted plants at the corners of the wood wall
  out.push(tallPlant(560, 760, 0.9, C.white, C.green), tallPlant(1360, 760, 0.9, C.white, C.greenDark));
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// Cécile's office

function cecileOffice() {
  const out = [];
  out.push(room({ wall: C.wall, floor: C.floor, seed: 4 }));
  // a big window with Paris by day
  out.push(windowFrame(700, 90, 520, 430, { sky: ['#9dc0ea', C.ice], content: skyline(700, 520, 520, { far: '#b7cbe6', near: '#8fa9cf', seed: 8, eiffelAt: 1080, eiffelH: 300 }), mullions: [3, 1] }));
  // bookshelf on the left
  out.push(ellipse(180, 766, 140, 10, SH(0.12)));
  out.push(rect(40, 140, 280, 620, { rx: 10, fill: C.woodDark }), rect(54, 154, 252, 600, { rx: 4, fill: darken(C.wall, 0.06) }));
  for (const y of [300, 450, 600, 750]) out.push(rect(54, y - 12, 252, 12, { fill: C.wood }));
  out.push(books(64, 288, [[22, 110, C.deep], [18, 96, C.blue], [26, 118, C.navy], [20, 90, C.coral], [16, 100, C.greyLight, -12]]));
  out.push(g({}, rect(230, 228, 50, 60, { rx: 4, fill: C.mustard }), circle(255, 222, 16, { fill: C.mustard }), rect(222, 282, 66, 8, { rx: 3, fill: C.woodDark })));
  out.push(books(64, 438, [[60, 100, C.blue], [60, 100, C.deep], [60, 100, C.blue]]));
  out.push(g({}, [0, 1, 2].map((i) => rect(78 + i * 60, 356, 14, 40, { rx: 7, fill: C.white, opacity: 0.7 }))));
  out.push(books(250, 438, [[18, 86, C.coral], [16, 74, C.mustard]]));
  out.push(books(70, 588, [[24, 104, C.pale], [20, 96, C.sky], [28, 110, C.deep], [20, 88, C.greyLight]]));
  out.push(plant(250, 588, 0.7, C.pale, C.green));
  out.push(paperStack(80, 748, 110, 6), paperStack(210, 748, 80, 4, C.pale));
  // framed campaign posters on the right
  out.push(picture(1660, 150, 180, 240, [rect(1668, 158, 164, 224, { fill: C.coral }), circle(1750, 240, 50, { fill: C.mustard }), rect(1690, 320, 120, 14, { rx: 7, fill: C.white }), rect(1690, 344, 80, 10, { rx: 5, fill: C.white, opacity: 0.7 })]));
  out.push(picture(1690, 430, 130, 160, [rect(1698, 438, 114, 144, { fill: C.deep }), path('M1710 560 L1755 480 L1800 560Z', { fill: C.sky }), circle(1785, 470, 14, { fill: C.mustard })]));
  out.push(tallPlant(1770, 760, 0.8, C.navy, C.green));
  // the director's desk in front of the window
  out.push(officeChair(960, 470, C.navy, 1.1));
  out.push(desk(660, 610, 600, { top: C.woodDark, front: darken(C.woodDark, 0.1), h: 150, panel: true }));
  out.push(rect(680, 640, 560, 4, { fill: C.white, opacity: 0.12 }));
  out.push(monitor(850, 460, 220, 140, [rect(858, 468, 204, 24, { fill: C.deep }), bars(876, 510, 90, 70, [0.4, 0.6, 0.5, 0.8], [C.sky]), pie(1020, 545, 30, [0.6, 0.4], [C.coral, C.pale])]));
  out.push(paperStack(700, 610, 110, 5), paperStack(1110, 610, 90, 3, C.pale));
  out.push(mug(1220, 610, C.deep, 0.9));
  // desk lamp
  out.push(rect(746, 596, 50, 10, { rx: 4, fill: C.ink }), path('M770 598 L790 520 L760 480', { fill: 'none', stroke: C.ink, strokeWidth: 6, strokeLinecap: 'round', strokeLinejoin: 'round' }), path('M734 490 L786 462 L798 486 L748 514Z', { fill: C.mustard }));
  out.push(stickyNote(1240, 520, C.mustard, 6, 0.5));
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// Alice's open-space desk

function aliceDesk() {
  const out = [];
  out.push(room({ wall: '#eef2f7', floor: '#c9c3b6', seed: 5, base: C.white }));
  // window band at the back of the open space
  out.push(windowFrame(40, 70, 1840, 330, { sky: ['#a9c6ea', C.ice], content: skyline(40, 400, 1840, { far: '#c2d3ea', near: '#a6bbd9', seed: 12, eiffelAt: 1500, eiffelH: 220, scale: 0.85 }), mullions: [8, 1], sill: false, frameW: 16 }));
  out.push(rect(0, 400, W, 18, { fill: C.greyLight }));
  out.push(ceilingLights(0, [300, 960, 1620]));
  // back-row desks, far away and calm, with two colleagues
  for (const x of [110, 1570]) {
    out.push(rect(x, 560, 250, 12, { rx: 4, fill: C.greyLight }), rect(x + 20, 572, 8, 80, { fill: C.grey }), rect(x + 222, 572, 8, 80, { fill: C.grey }));
  }
  out.push(circle(220, 500, 22, { fill: '#5b4330' }), rect(192, 520, 56, 40, { rx: 18, fill: C.sky }));
  out.push(circle(1720, 500, 22, { fill: '#2b1d1a' }), rect(1692, 520, 56, 40, { rx: 18, fill: C.coral }));
  for (const x of [110, 1570]) out.push(monitorBack(x + 30, 494, 80, 56), monitorBack(x + 140, 494, 80, 56));
  out.push(plant(70, 760, 0.9, C.white, C.green));
  out.push(tallPlant(1840, 760, 0.85, C.mustard, C.greenDark));
  // pinboard partition behind Alice's desk
  out.push(rect(660, 410, 600, 210, { rx: 12, fill: '#d9dfe8' }), rect(674, 424, 572, 182, { rx: 6, fill: '#c3cfe0' }));
  out.push(g({ transform: 'rotate(-4 730 470)' }, rect(690, 436, 90, 100, { fill: C.white }), pie(735, 474, 26, [0.5, 0.3, 0.2], [C.blue, C.coral, C.mustard]), rect(702, 510, 66, 5, { rx: 2.5, fill: C.greyLight }), rect(702, 520, 40, 5, { rx: 2.5, fill: C.greyLight })));
  out.push(g({ transform: 'rotate(3 1190 470)' }, rect(1140, 434, 100, 84, { fill: C.white }), rect(1140, 434, 100, 18, { fill: C.coral }), text(1190, 448, '2016', { size: 14, fill: C.white }),
    [0, 1, 2, 3].map((r) => [0, 1, 2, 3, 4].map((c) => rect(1146 + c * 19, 458 + r * 14, 15, 10, { fill: r === 1 && c === 3 ? C.mustard : C.greyPale })))));
  out.push(stickyNote(830, 446, C.mustard, -6, 0.5), stickyNote(1090, 448, C.coralPale, 5, 0.5));
  out.push(circle(730, 440, 5, { fill: C.coralDark }), circle(1190, 436, 5, { fill: C.blue }));
  // the desk itself
  out.push(desk(630, 612, 660, { top: C.white, front: C.greyLight, h: 150 }));
  out.push(rect(650, 630, 620, 132, { fill: C.greyPale }), rect(650, 630, 620, 8, SH(0.08)));
  // two monitors: the spreadsheet and the pie chart
  out.push(monitor(760, 470, 230, 130, [sheet(768, 478, 214, 114, { rows: 8, cols: 5, hi: [3, 5] })]));
  out.push(monitor(1010, 476, 190, 124, [rect(1018, 484, 174, 20, { fill: C.deep }), pie(1064, 548, 32, [0.55, 0.3, 0.15], [C.blue, C.coral, C.mustard]), bars(1108, 516, 70, 60, [0.4, 0.7, 0.55], [C.sky])]));
  out.push(stickyNote(985, 486, C.mustard, 10, 0.3));
  out.push(rect(800, 598, 190, 14, { rx: 5, fill: C.greyLight }), ellipse(1030, 604, 16, 9, { fill: C.greyLight }));
  out.push(mug(1250, 612, C.mustard, 0.9), paperStack(650, 612, 90, 6));
  out.push(plant(700, 540, 0.38, C.coral, C.green));
  out.push(rect(1150, 590, 60, 22, { rx: 6, fill: C.ink }), rect(1148, 578, 64, 14, { rx: 7, fill: C.grey }));
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// Aurélie's office (Communication): colourful, a mood board, the white papers

function aurelieOffice() {
  const out = [];
  out.push(room({ wall: '#f7ece6', floor: '#d8c3ae', seed: 6 }));
  // coral accent wall
  out.push(rect(620, 0, 680, FLOOR_Y - 16, { fill: '#f3d7cb' }));
  // mood board
  out.push(rect(700, 110, 520, 360, { rx: 14, fill: C.woodLight }), rect(714, 124, 492, 332, { rx: 8, fill: '#e9cfa9' }));
  out.push(g({ transform: 'rotate(-4 790 210)' }, rect(730, 140, 130, 170, { fill: C.deep }), path('M752 280 L795 200 L838 280Z', { fill: C.coral }), circle(820, 180, 14, { fill: C.mustard })));
  out.push(g({ transform: 'rotate(3 960 200)' }, rect(890, 140, 150, 110, { fill: C.white }), rect(900, 150, 130, 60, { fill: C.pale }), rect(900, 220, 90, 8, { rx: 4, fill: C.greyLight })));
  // the white paper cover pinned to the board (shield icon)
  out.push(g({ transform: 'rotate(-2 1120 220)' }, rect(1060, 140, 120, 160, { fill: C.white }), rect(1060, 140, 120, 40, { fill: C.navy }),
    path('M1120 200 L1146 210 L1144 240 Q1140 262 1120 272 Q1100 262 1096 240 L1094 210Z', { fill: C.blue }), path('M1108 236 L1117 246 L1134 226', { fill: 'none', stroke: C.white, strokeWidth: 5, strokeLinecap: 'round', strokeLinejoin: 'round' }), rect(1076, 282, 88, 6, { rx: 3, fill: C.greyLight })));
  // colour swatches and polaroids
  [C.coral, C.mustard, C.blue, C.navy, C.green].forEach((col, i) => out.push(rect(740 + i * 46, 340, 38, 60, { rx: 4, fill: col }), rect(740 + i * 46, 400, 38, 18, { fill: C.white })));
  out.push(g({ transform: 'rotate(5 1010 360)' }, rect(970, 300, 90, 104, { fill: C.white }), rect(978, 308, 74, 70, { fill: C.sky }), circle(1015, 344, 18, { fill: C.coralPale })));
  out.push(g({ transform: 'rotate(-6 1130 380)' }, rect(1090, 330, 90, 104, { fill: C.white }), rect(1098, 338, 74, 70, { fill: C.mustardPale }), path('M1104 402 L1130 360 L1160 402Z', { fill: C.green })));
  [[790, 142], [960, 142], [1120, 144], [1010, 304], [1130, 334]].forEach(([x, y]) => out.push(circle(x, y, 6, { fill: C.coralDark })));
  // a megaphone poster on the left edge
  out.push(picture(110, 170, 200, 260, [rect(118, 178, 184, 244, { fill: C.mustard }), path('M150 300 L220 260 L220 360 L150 320Z', { fill: C.navy }), rect(130, 296, 24, 28, { rx: 4, fill: C.navy }), path('M236 280 Q256 310 236 340 M250 266 Q280 310 250 354', { fill: 'none', stroke: C.white, strokeWidth: 6, strokeLinecap: 'round' })], C.white, C.white));
  // shelf with brochures on the left
  out.push(shelf(90, 560, 240, [rect(110, 470, 30, 90, { rx: 3, fill: C.coral }), rect(146, 480, 30, 80, { rx: 3, fill: C.white }), rect(182, 466, 30, 94, { rx: 3, fill: C.deep }), plant(270, 560, 0.55, C.white, C.green)]));
  // window on the right edge
  out.push(windowFrame(1600, 120, 260, 400, { sky: ['#a9c6ea', C.ice], content: skyline(1600, 520, 260, { far: '#c7d6ec', near: '#a9bedc', seed: 14 }), mullions: [1, 2] }));
  out.push(tallPlant(1560, 760, 0.8, C.coral, C.green));
  // desk with a screen and a stack of freshly printed white papers
  out.push(pendant(960, 0, 40, C.mustard));
  out.push(desk(700, 600, 520, { top: C.white, front: C.greyLight, h: 160 }));
  out.push(monitor(860, 470, 200, 124, [rect(868, 478, 184, 108, { fill: C.coralPale }), rect(880, 492, 80, 80, { fill: C.coral }), textLines(972, 496, [60, 50, 66, 40], { col: C.white })], { bezel: C.white, stand: C.greyLight }));
  const wp = (x, y, r) => g({ transform: `rotate(${r} ${x + 40} ${y - 10})` }, rect(x, y - 14, 80, 14, { rx: 2, fill: C.greyPale }), rect(x, y - 20, 80, 8, { rx: 2, fill: C.navy }));
  out.push(wp(730, 600, -3), wp(732, 586, 2), wp(728, 572, -1), wp(1100, 600, 4));
  out.push(mug(1180, 600, C.coral, 0.85));
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// The vendor's phone call: a split view

function phoneCall() {
  const out = [];
  // left: Alice's calm blue office
  out.push(rect(0, 0, W, H, { fill: '#e6eef8' }));
  out.push(rect(0, FLOOR_Y, 1000, H - FLOOR_Y, { fill: '#c9c3b6' }), rect(0, FLOOR_Y - 16, 1000, 16, { fill: C.white }));
  out.push(windowFrame(80, 110, 300, 380, { sky: ['#a9c6ea', C.ice], content: skyline(80, 490, 300, { far: '#c2d3ea', near: '#a6bbd9', seed: 31, eiffelAt: 300, eiffelH: 200 }), mullions: [1, 2] }));
  out.push(desk(560, 620, 320, { top: C.white, front: C.greyLight, h: 140 }));
  out.push(monitor(640, 470, 190, 130, [sheet(648, 478, 174, 114, { rows: 7, cols: 4, hi: [2] })]));
  out.push(mug(600, 620, C.mustard, 0.8));
  // right: a cheesy call centre
  const right = [];
  right.push(rect(900, 0, 1020, H, { fill: '#f3d27c' }));
  for (let x = 940; x < W; x += 70) right.push(rect(x, 0, 22, FLOOR_Y, { fill: '#eec464' }));
  right.push(rect(900, FLOOR_Y, 1020, H - FLOOR_Y, { fill: '#7a5f8f' }), rect(900, FLOOR_Y - 16, 1020, 16, { fill: '#e0b24e' }));
  for (let i = 0; i < 8; i++) right.push(rect(900 + ((i * 157) % 1000), FLOOR_Y + 40 + ((i * 61) % 260), 8, 8, { fill: C.mustard, opacity: 0.4, transform: `rotate(45 ${900 + ((i * 157) % 1000)} ${FLOOR_Y + 40 + ((i * 61) % 260)})` }));
  // motivational poster: a rocket and a big "€"
  right.push(picture(1460, 100, 220, 260, [rect(1468, 108, 204, 244, { fill: '#7a5f8f' }), path('M1570 140 Q1600 170 1600 230 L1540 230 Q1540 170 1570 140Z', { fill: C.white }), circle(1570, 190, 12, { fill: C.coral }), path('M1540 230 L1524 258 L1548 250Z M1600 230 L1616 258 L1592 250Z', { fill: C.coral }), path('M1556 240 L1570 290 L1584 240Z', { fill: C.mustard }), text(1570, 336, '€€€', { size: 34, fill: C.mustard })], C.mustardDark, '#7a5f8f'));
  right.push(wallClock(1200, 150, 50, { rim: '#7a5f8f', hour: 5, minute: 55 }));
  // rows of cubicles with headset-wearing silhouettes
  const agent = (x, y, s, col) => g({},
    circle(x, y, 26 * s, { fill: col }),
    rect(x - 40 * s, y + 22 * s, 80 * s, 70 * s, { rx: 28 * s, fill: col }),
    path(P(['M', x - 30 * s, y, 'Q', x, y - 50 * s, x + 30 * s, y]), { fill: 'none', stroke: C.ink, strokeWidth: 5 * s }),
    rect(x - 34 * s, y - 8 * s, 10 * s, 20 * s, { rx: 4 * s, fill: C.ink }),
    path(P(['M', x - 28 * s, y + 10 * s, 'Q', x - 20 * s, y + 24 * s, x - 6 * s, y + 22 * s]), { fill: 'none', stroke: C.ink, strokeWidth: 3 * s }),
  );
  right.push(agent(1110, 470, 1, '#9d86b0'), agent(1760, 480, 1, '#9d86b0'));
  for (const x of [1010, 1660]) right.push(rect(x, 540, 220, 110, { rx: 8, fill: '#8a70a0' }), rect(x, 540, 220, 14, { rx: 6, fill: '#a58cba' }));
  right.push(plant(1880, 760, 0.7, C.coral, '#7fbf6a'));
  out.push(el('defs', {}, el('clipPath', { id: 'phone_call-right' }, poly([[1000, 0], [W, 0], [W, H], [920, H]]))));
  out.push(g({ clipPath: 'url(#phone_call-right)' }, right));
  // the split gutter and a phone-wave badge on it
  out.push(poly([[992, 0], [1012, 0], [932, H], [912, H]], { fill: C.white }));
  out.push(poly([[984, 0], [990, 0], [910, H], [904, H]], { fill: C.coral }));
  out.push(circle(962, 300, 56, { fill: C.white }), circle(962, 300, 44, { fill: C.coral }));
  out.push(path('M945 282c4-4 9-4 12 0l3 6c1 3 0 5-2 7 3 6 7 10 13 13 2-2 4-3 7-2l6 3c4 3 4 8 0 12-10 8-38-12-43-30-1-4 0-7 4-9z', { fill: C.white }));
  out.push(path('M978 278 Q990 284 992 298 M984 266 Q1002 276 1006 298', { fill: 'none', stroke: C.white, strokeWidth: 4, strokeLinecap: 'round' }));
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// Campaign launch: an abstract stage for the big Send

function launch() {
  const out = [];
  const bg = uid('bg');
  out.push(el('defs', {}, el('radialGradient', { id: bg, cx: 0.5, cy: 0.42, r: 0.75 }, el('stop', { offset: 0, stopColor: C.blue }), el('stop', { offset: 1, stopColor: C.navy }))));
  out.push(rect(0, 0, W, H, { fill: `url(#${bg})` }));
  // rays
  for (let i = 0; i < 16; i++) {
    const a0 = (i / 16) * Math.PI * 2;
    const a1 = a0 + Math.PI / 32;
    out.push(poly([[960, 400], [960 + Math.cos(a0) * 1400, 400 + Math.sin(a0) * 1400], [960 + Math.cos(a1) * 1400, 400 + Math.sin(a1) * 1400]], { fill: C.white, opacity: 0.035 }));
  }
  // dashed flight paths for envelopes (the engine animates envelopes along them)
  const dash = { fill: 'none', stroke: C.pale, strokeWidth: 4, strokeDasharray: '4 18', strokeLinecap: 'round', opacity: 0.45 };
  out.push(path('M960 360 Q700 160 330 120', dash), path('M960 360 Q1240 150 1600 110', dash), path('M960 360 Q560 330 180 420', dash), path('M960 360 Q1380 330 1760 430', dash), path('M960 360 Q860 120 820 40', dash), path('M960 360 Q1080 110 1140 30', dash));
  // the floor glow and the outbox
  out.push(ellipse(960, 720, 520, 60, { fill: C.navy, opacity: 0.5 }));
  out.push(ellipse(960, 690, 300, 30, SH(0.3)));
  out.push(poly([[760, 560], [1160, 560], [1200, 680], [720, 680]], { fill: C.deep }));
  out.push(poly([[760, 560], [1160, 560], [1140, 540], [780, 540]], { fill: C.ink }));
  // envelopes waiting in the outbox
  const env = (x, y, r, s = 1) => g({ transform: `rotate(${r} ${x} ${y})` }, rect(x - 60 * s, y - 40 * s, 120 * s, 80 * s, { rx: 8 * s, fill: C.paper }), path(P(['M', x - 60 * s, y - 34 * s, 'L', x, y + 6 * s, 'L', x + 60 * s, y - 34 * s]), { fill: 'none', stroke: C.greyLight, strokeWidth: 5 * s, strokeLinejoin: 'round' }));
  out.push(env(840, 548, -8), env(930, 540, 4), env(1020, 546, -3), env(1100, 552, 9));
  out.push(poly([[720, 600], [1200, 600], [1200, 690], [720, 690]], { fill: C.blue }), rect(720, 600, 480, 10, { fill: C.sky }));
  out.push(rect(900, 630, 120, 14, { rx: 7, fill: C.pale, opacity: 0.7 }));
  // the big Send button (a paper plane; no words, it reads in every language)
  out.push(rect(756, 268, 420, 160, { rx: 80, ...SH(0.35) }));
  out.push(rect(744, 250, 420, 160, { rx: 80, fill: C.coralDark }), rect(744, 240, 420, 156, { rx: 78, fill: C.coral }));
  out.push(rect(784, 256, 340, 40, { rx: 20, fill: C.white, opacity: 0.16 }));
  out.push(path('M880 330 L1040 270 L990 390 L958 346 Z', { fill: C.white }), path('M958 346 L1040 270 L940 352 Z', { fill: C.coralPale }), path('M940 352 L958 346 L944 378 Z', { fill: C.greyLight }));
  // generic social icons (no brand marks)
  const bubble = (x, y, r, col, glyph) => g({}, circle(x + 6, y + 8, r, SH(0.25)), circle(x, y, r, { fill: col }), glyph);
  const heart = (x, y, s) => path(`M${x} ${y + 14 * s}C${x - 30 * s} ${y - 6 * s} ${x - 14 * s} ${y - 30 * s} ${x} ${y - 14 * s}C${x + 14 * s} ${y - 30 * s} ${x + 30 * s} ${y - 6 * s} ${x} ${y + 14 * s}Z`, { fill: C.white });
  out.push(bubble(300, 260, 56, C.coral, heart(300, 262, 1.2)));
  out.push(bubble(1640, 250, 56, C.mustard, [rect(1614, 228, 52, 36, { rx: 10, fill: C.white }), poly([[1624, 262], [1640, 262], [1622, 280]], { fill: C.white })]));
  out.push(bubble(170, 600, 44, C.sky, [circle(156, 600, 8, { fill: C.white }), circle(184, 586, 8, { fill: C.white }), circle(184, 614, 8, { fill: C.white }), path('M156 600L184 586M156 600L184 614', { stroke: C.white, strokeWidth: 4 })]));
  out.push(bubble(1770, 620, 44, C.green, [path('M1752 628 L1752 608 Q1770 584 1788 608 L1788 628 Z', { fill: C.white }), circle(1770, 636, 6, { fill: C.white })]));
  out.push(bubble(620, 110, 36, C.mustard, [circle(620, 110, 14, { fill: 'none', stroke: C.white, strokeWidth: 5 }), path('M634 104 L634 116 Q640 122 644 112', { fill: 'none', stroke: C.white, strokeWidth: 5, strokeLinecap: 'round' })]));
  out.push(bubble(1330, 110, 36, C.coral, [rect(1316, 98, 28, 22, { rx: 4, fill: C.white }), poly([[1344, 104], [1356, 96], [1356, 124], [1344, 116]], { fill: C.white })]));
  // web banners around the edges (generic ad shapes)
  const banner = (x, y, w, h, col, accent, r = 0) => g({ transform: r ? `rotate(${r} ${x + w / 2} ${y + h / 2})` : undefined },
    rect(x + 8, y + 10, w, h, { rx: 8, ...SH(0.3) }), rect(x, y, w, h, { rx: 8, fill: col }), circle(x + h / 2, y + h / 2, h * 0.3, { fill: accent }), rect(x + h, y + h * 0.3, w - h * 1.6, h * 0.16, { rx: 4, fill: C.navy }), rect(x + h, y + h * 0.56, (w - h * 1.6) * 0.6, h * 0.12, { rx: 4, fill: C.greyLight }), rect(x + w - h * 0.5, y + h * 0.25, h * 0.3, h * 0.5, { rx: 4, fill: accent }));
  out.push(banner(40, 40, 300, 90, C.white, C.blue, -4), banner(1580, 40, 300, 90, C.white, C.coral, 3));
  const tall = (x, y, col, accent, r) => g({ transform: `rotate(${r} ${x + 45} ${y + 110})` },
    rect(x + 8, y + 10, 90, 220, { rx: 8, ...SH(0.3) }), rect(x, y, 90, 220, { rx: 8, fill: col }), circle(x + 45, y + 60, 26, { fill: accent }),
    rect(x + 15, y + 110, 60, 10, { rx: 5, fill: C.white }), rect(x + 15, y + 130, 40, 8, { rx: 4, fill: C.white, opacity: 0.7 }), rect(x + 15, y + 170, 60, 28, { rx: 8, fill: accent }));
  out.push(tall(30, 380, C.mustard, C.navy, -3), tall(1800, 360, C.coral, C.navy, 4));
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// War room: a wall of screens

function warRoom() {
  const out = [];
  out.push(room({ wall: '#263a63', floor: '#1a2744', base: '#30446f', seed: 9 }));
  for (let x = 0; x < W; x += 160) out.push(rect(x, 0, 2, FLOOR_Y - 16, { fill: C.white, opacity: 0.04 }));
  // screen glow on the floor
  out.push(poly([[560, FLOOR_Y], [1360, FLOOR_Y], [1640, H], [280, H]], { fill: C.sky, opacity: 0.06 }));
  const glow = uid('glow');
  out.push(el('defs', {}, el('radialGradient', { id: glow, cx: 0.5, cy: 0.5, r: 0.5 }, el('stop', { offset: 0, stopColor: C.sky, stopOpacity: 0.22 }), el('stop', { offset: 1, stopColor: C.sky, stopOpacity: 0 }))));
  out.push(ellipse(960, 300, 640, 330, { fill: `url(#${glow})` }));
  // wall of screens 3x2
  const sw = 260, sh = 150, gap = 16, x0 = 960 - (3 * sw + 2 * gap) / 2, y0 = 110;
  out.push(rect(x0 - 20, y0 - 20, 3 * sw + 2 * gap + 40, 2 * sh + gap + 40, { rx: 10, fill: '#101a30' }));
  const scr = (i, j, content) => {
    const x = x0 + i * (sw + gap), y = y0 + j * (sh + gap);
    return g({}, rect(x, y, sw, sh, { rx: 6, fill: '#0e1a33' }), rect(x, y, sw, 22, { rx: 6, fill: '#16284a' }), circle(x + 12, y + 11, 4, { fill: C.coral }), rect(x + 24, y + 8, 60, 6, { rx: 3, fill: C.sky, opacity: 0.5 }), content(x, y));
  };
  out.push(scr(0, 0, (x, y) => [lineChart(x + 20, y + 40, sw - 40, 90, [0.3, 0.5, 0.45, 0.7, 0.6, 0.85, 0.9], C.sky, { sw: 4, area: C.blue }), line(x + 20, y + 62, x + sw - 20, y + 62, { stroke: C.mustard, strokeWidth: 2, strokeDasharray: '8 6' })]));
  out.push(scr(1, 0, (x, y) => [text(x + sw / 2, y + 100, '+20%', { size: 58, fill: C.mustard }), rect(x + 60, y + 116, 140, 8, { rx: 4, fill: '#2a3b62' }), rect(x + 60, y + 116, 56, 8, { rx: 4, fill: C.coral })]));
  out.push(scr(2, 0, (x, y) => [pie(x + 80, y + 88, 46, [0.48, 0.32, 0.2], [C.sky, C.coral, C.mustard], { hole: 24, holeFill: '#0e1a33' }), textLines(x + 150, y + 50, [80, 60, 70, 50], { col: C.sky, gap: 20 })]));
  out.push(scr(0, 1, (x, y) => [bars(x + 20, y + 36, sw - 40, 96, [0.5, 0.62, 0.4, 0.78, 0.3, 0.55, 0.22, 0.35], [C.blue, C.sky])]));
  out.push(scr(1, 1, (x, y) => {
    // a map of France made of dots
    const pts = [];
    const rand = prng(44);
    for (let k = 0; k < 60; k++) {
      const a = rand() * Math.PI * 2, r = Math.sqrt(rand());
      pts.push(circle(x + sw / 2 + Math.cos(a) * r * 62, y + 86 + Math.sin(a) * r * 52, k % 9 === 0 ? 5 : 3, { fill: k % 9 === 0 ? C.coral : C.sky, opacity: k % 9 === 0 ? 1 : 0.6 }));
    }
    return pts;
  }));
  out.push(scr(2, 1, (x, y) => [path(P(['M', x + 70, y + 120, 'A', 60, 60, 0, 0, 1, x + 190, y + 120]), { fill: 'none', stroke: '#2a3b62', strokeWidth: 18 }), path(P(['M', x + 70, y + 120, 'A', 60, 60, 0, 0, 1, x + 112, y + 63]), { fill: 'none', stroke: C.coral, strokeWidth: 18 }), line(x + 130, y + 120, x + 104, y + 76, { stroke: C.white, strokeWidth: 4, strokeLinecap: 'round' }), circle(x + 130, y + 120, 7, { fill: C.white })]));
  // the long desk under the screens
  out.push(desk(600, 580, 720, { top: '#2a3b62', front: '#22325a', h: 180, panel: true }));
  out.push(laptop(680, 580, 120, C.greyLight, C.sky), laptop(900, 580, 120, C.greyLight, C.pale), laptop(1120, 580, 120, C.greyLight, C.sky));
  out.push(mug(850, 580, C.coral, 0.8), mug(1270, 580, C.mustard, 0.8), paperStack(1040, 580, 60, 3));
  // far left: a whiteboard of scribbles; far right: closed blinds
  out.push(whiteboard(60, 180, 260, 320, [lineChart(90, 220, 200, 100, [0.9, 0.7, 0.75, 0.4, 0.3], C.coral, { sw: 5 }), textLines(90, 350, [180, 140, 160, 100], { col: C.sky, gap: 24 }), circle(250, 430, 26, { fill: 'none', stroke: C.coral, strokeWidth: 4 })]));
  out.push(rect(1620, 130, 250, 400, { rx: 8, fill: '#2a3b62' }));
  for (let y = 140; y < 520; y += 22) out.push(rect(1630, y, 230, 16, { rx: 3, fill: '#3a4d78' }));
  out.push(line(1840, 130, 1840, 560, { stroke: C.greyLight, strokeWidth: 2 }));
  out.push(rect(0, 0, W, H, { fill: C.navy, opacity: 0.08 }));
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// Sales floor: desks, phones and the Q2 pipeline

function salesFloor() {
  const out = [];
  out.push(room({ wall: '#f3eee4', floor: '#a9b4c6', base: C.white, planks: false }));
  out.push(rect(0, 470, W, 40, { fill: C.mustard, opacity: 0.8 }));
  out.push(ceilingLights(0, [300, 960, 1620]));
  // Q2 pipeline whiteboard with a funnel and sticky notes
  out.push(whiteboard(680, 100, 560, 380, [
    text(960, 160, 'Q2 pipeline', { size: 38, fill: C.navy }),
    poly([[720, 190], [960, 190], [930, 250], [750, 250]], { fill: C.sky }),
    poly([[754, 258], [926, 258], [900, 318], [780, 318]], { fill: C.blue }),
    poly([[784, 326], [896, 326], [876, 386], [804, 386]], { fill: C.deep }),
    poly([[808, 394], [872, 394], [860, 440], [820, 440]], { fill: C.coral }),
    stickyNote(1020, 230, C.mustard, -5, 0.7), stickyNote(1090, 232, C.coralPale, 4, 0.7), stickyNote(1160, 228, C.mustard, -2, 0.7),
    stickyNote(1030, 310, C.pale, 3, 0.7), stickyNote(1100, 316, C.mustard, -6, 0.7),
    stickyNote(1050, 396, C.coral, 2, 0.7),
    path('M1190 380 Q1210 410 1180 430', { fill: 'none', stroke: C.coral, strokeWidth: 4, strokeLinecap: 'round' }),
  ]));
  // the sales bell
  out.push(rect(1290, 200, 70, 10, { rx: 4, fill: C.woodDark }), line(1330, 210, 1330, 226, { stroke: C.woodDark, strokeWidth: 4 }), path('M1304 270 Q1304 226 1330 226 Q1356 226 1356 270 Z', { fill: C.mustard }), rect(1298, 266, 64, 8, { rx: 4, fill: C.mustardDark }), circle(1330, 282, 6, { fill: C.mustardDark }));
  // trophy shelf at the far left, window at the far right
  out.push(shelf(70, 330, 260, [g({}, path('M140 260 Q140 300 170 306 Q200 300 200 260 Z', { fill: C.mustard }), rect(162, 306, 16, 14, { fill: C.mustardDark }), rect(150, 318, 40, 12, { rx: 3, fill: C.woodDark })), rect(230, 270, 70, 60, { rx: 4, fill: C.white }), rect(238, 278, 54, 44, { fill: C.pale })]));
  out.push(picture(90, 130, 200, 120, [rect(98, 138, 184, 104, { fill: C.white }), lineChart(110, 150, 160, 80, [0.2, 0.35, 0.3, 0.6, 0.8], C.coral, { sw: 5, dots: true })]));
  out.push(windowFrame(1620, 110, 250, 330, { content: skyline(1620, 440, 250, { far: '#c2d3ea', near: '#a6bbd9', seed: 19 }), mullions: [1, 2] }));
  // sales desks with phones: rows behind the characters, at the edges and centre
  const salesDesk = (x, w) => g({},
    rect(x, 540, w, 90, { rx: 8, fill: C.greyLight }), rect(x, 540, w, 12, { rx: 6, fill: lighten(C.greyLight, 0.3) }),
    desk(x - 10, 628, w + 20, { top: C.white, front: C.greyLight, h: 130 }),
  );
  out.push(salesDesk(40, 330), salesDesk(1560, 330), salesDesk(720, 480));
  const phoneSet = (x, y) => g({}, rect(x, y - 26, 70, 26, { rx: 8, fill: C.ink }), path(P(['M', x - 2, y - 30, 'Q', x + 35, y - 44, x + 72, y - 30, 'L', x + 66, y - 22, 'L', x + 4, y - 22, 'Z']), { fill: C.charcoal }), rect(x + 12, y - 18, 46, 6, { rx: 3, fill: C.grey }));
  out.push(phoneSet(90, 628), phoneSet(1700, 628), phoneSet(780, 628), phoneSet(1080, 628));
  out.push(monitor(870, 510, 170, 110, [lineChart(886, 530, 138, 70, [0.3, 0.4, 0.35, 0.6, 0.7], C.blue, { sw: 4, area: C.pale })]));
  out.push(monitorBack(180, 540, 110, 80), monitorBack(1790, 540, 100, 76));
  out.push(mug(1170, 628, C.coral, 0.8), mug(300, 628, C.blue, 0.8), paperStack(1600, 628, 70, 4));
  out.push(plant(1500, 760, 0.8, C.mustard, C.green), plant(420, 760, 0.8, C.deep, C.greenDark));
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// The President's review: a more formal, colder boardroom with large windows

function presidentReview() {
  const out = [];
  out.push(rect(0, 0, W, H, { fill: '#dfe5ec' }));
  // floor-to-ceiling windows
  const content = [
    ellipse(500, 200, 420, 60, { fill: C.white, opacity: 0.5 }),
    ellipse(1500, 150, 360, 50, { fill: C.white, opacity: 0.45 }),
  ];
  // a business district of glass towers
  const rand = prng(77);
  let x = 40;
  while (x < 1900) {
    const w = 90 + rand() * 120;
    const h = 260 + rand() * 360;
    const col = mix('#9fb0c4', '#6f8299', rand());
    content.push(rect(x, FLOOR_Y - h, w, h, { fill: col }), rect(x + w * 0.62, FLOOR_Y - h, w * 0.38, h, { fill: C.white, opacity: 0.12 }));
    for (let yy = FLOOR_Y - h + 20; yy < FLOOR_Y - 10; yy += 24) content.push(rect(x + 6, yy, w - 12, 3, { fill: C.white, opacity: 0.15 }));
    x += w + 30 + rand() * 80;
  }
  content.push(rect(0, 620, W, 140, { fill: '#8a9bb0' }));
  out.push(windowFrame(30, 30, 1860, 714, { sky: ['#b8c6d6', '#e8edf2'], content, frame: '#5b6678', mullions: [8, 1], sill: false, r: 4, frameW: 18 }));
  out.push(rect(0, FLOOR_Y - 16, W, 16, { fill: '#5b6678' }));
  out.push(rect(0, FLOOR_Y, W, H - FLOOR_Y, { fill: '#4c5668' }), rect(0, FLOOR_Y, W, 30, SH(0.15)));
  // long dark table in perspective, empty leather chairs
  const chair = (cx, y, s) => g({}, rect(cx - 36 * s, y - 110 * s, 72 * s, 124 * s, { rx: 14 * s, fill: '#2f3542' }), rect(cx - 28 * s, y - 100 * s, 56 * s, 10 * s, { rx: 5 * s, fill: '#454d5e' }));
  for (const [t, s] of [[0.1, 0.62], [0.4, 0.78], [0.74, 0.96]]) {
    const yl = 560 + t * 190;
    out.push(chair(810 - t * 160 - 30, yl, s), chair(1110 + t * 160 + 30, yl, s));
  }
  out.push(chair(960, 540, 0.6));
  out.push(ellipse(960, 776, 380, 22, SH(0.2)));
  out.push(poly([[810, 560], [1110, 560], [1270, 750], [650, 750]], { fill: '#2b2f38' }));
  out.push(poly([[650, 750], [1270, 750], [1270, 766], [650, 766]], { fill: '#1d2027' }));
  out.push(poly([[840, 576], [1080, 576], [1160, 680], [760, 680]], { fill: C.white, opacity: 0.06 }));
  // bottles, glasses, a closed folder at the head of the table
  const bottle = (x, y, s) => g({}, rect(x - 8 * s, y - 44 * s, 16 * s, 44 * s, { rx: 5 * s, fill: C.pale, opacity: 0.85 }), rect(x - 4 * s, y - 54 * s, 8 * s, 12 * s, { fill: C.blue }));
  out.push(bottle(850, 600, 0.7), bottle(1070, 600, 0.7), bottle(760, 720, 1), bottle(1160, 720, 1));
  out.push(rect(900, 690, 120, 40, { rx: 4, fill: C.navy }), rect(906, 694, 108, 6, { fill: C.white, opacity: 0.3 }));
  // a freestanding screen: the semester's target line, results pending
  out.push(rect(950, 440, 20, 120, { fill: '#2b2f38' }));
  out.push(rect(800, 270, 320, 180, { rx: 8, fill: '#1d2027' }), rect(810, 280, 300, 160, { rx: 4, fill: '#eef2f6' }));
  out.push(text(960, 318, 'H1 2016', { size: 28, fill: C.navy }));
  out.push(line(830, 360, 1090, 360, { stroke: C.coral, strokeWidth: 3, strokeDasharray: '10 8' }), bars(840, 370, 240, 60, [0.3, 0.42, 0.5, 0.46, 0.58, 0.62], [C.greyLight, C.sky]));
  // cold light
  out.push(rect(0, 0, W, H, { fill: '#9fb7d6', opacity: 0.1 }));
  return doc(out);
}

// ---------------------------------------------------------------------------------------------
// Title background and placeholder

function title() {
  const out = [];
  const bg = uid('bg');
  out.push(el('defs', {}, el('linearGradient', { id: bg, x1: 0, y1: 0, x2: 0, y2: 1 }, el('stop', { offset: 0, stopColor: C.navy }), el('stop', { offset: 0.6, stopColor: C.deep }), el('stop', { offset: 1, stopColor: '#f2a27f' }))));
  out.push(rect(0, 0, W, H, { fill: `url(#${bg})` }));
  const rand = prng(5);
  for (let i = 0; i < 60; i++) out.push(circle(rand() * W, rand() * 500, 1 + rand() * 2, { fill: C.white, opacity: 0.2 + rand() * 0.4 }));
  const sun = uid('sun');
  out.push(el('defs', {}, el('radialGradient', { id: sun, cx: 0.5, cy: 0.5, r: 0.5 }, el('stop', { offset: 0, stopColor: C.mustardPale, stopOpacity: 0.9 }), el('stop', { offset: 0.35, stopColor: C.mustard, stopOpacity: 0.45 }), el('stop', { offset: 1, stopColor: C.coral, stopOpacity: 0 }))));
  out.push(ellipse(960, 860, 700, 420, { fill: `url(#${sun})` }), circle(960, 880, 110, { fill: '#fbe6b5' }));
  out.push(skyline(-40, 900, 2000, { far: '#2f5c9a', near: '#1f3f70', seed: 23, eiffelAt: 1330, eiffelH: 340, windowsLit: C.mustardPale }));
  out.push(rect(0, 880, W, 200, { fill: C.navy }));
  // the desk edge with the logbook, a mug and a phone
  out.push(rect(0, 930, W, 150, { fill: C.woodDark }), rect(0, 930, W, 14, { fill: C.wood }));
  out.push(g({ transform: 'rotate(-4 960 980)' },
    rect(700, 950, 520, 110, { rx: 10, ...SH(0.35) }),
    rect(690, 930, 260, 110, { rx: 8, fill: C.paper }), rect(960, 930, 260, 110, { rx: 8, fill: C.paper }), rect(946, 926, 28, 118, { rx: 6, fill: C.coral }),
    textLines(714, 954, [200, 170, 210, 150], { col: C.pale, gap: 18, h: 6 }), textLines(986, 954, [190, 210, 140], { col: C.pale, gap: 18, h: 6 }),
    pie(1160, 1010, 20, [0.6, 0.4], [C.coral, C.mustard]),
  ));
  out.push(mug(520, 990, C.mustard, 1.4), rect(1380, 950, 90, 150, { rx: 14, fill: C.ink, transform: 'rotate(12 1425 1025)' }), rect(1390, 960, 70, 120, { rx: 8, fill: C.sky, transform: 'rotate(12 1425 1025)' }));
  // floating envelopes, charts and notifications around the edges
  const env = (x, y, r, s) => g({ transform: `rotate(${r} ${x} ${y})`, opacity: 0.9 }, rect(x - 60 * s, y - 40 * s, 120 * s, 80 * s, { rx: 8 * s, fill: C.paper }), path(P(['M', x - 60 * s, y - 34 * s, 'L', x, y + 6 * s, 'L', x + 60 * s, y - 34 * s]), { fill: 'none', stroke: C.greyLight, strokeWidth: 5 * s }));
  out.push(env(200, 220, -14, 1), env(1720, 180, 12, 0.9), env(330, 620, 8, 0.7), env(1620, 600, -10, 0.75));
  out.push(g({ opacity: 0.9 }, pie(1760, 420, 56, [0.5, 0.3, 0.2], [C.coral, C.mustard, C.sky], { gap: 4 })));
  out.push(g({ opacity: 0.85 }, sheet(90, 340, 150, 190, { rot: -10, rows: 9, cols: 4, hi: [3] })));
  const heart = (x, y, s) => path(`M${x} ${y + 14 * s}C${x - 30 * s} ${y - 6 * s} ${x - 14 * s} ${y - 30 * s} ${x} ${y - 14 * s}C${x + 14 * s} ${y - 30 * s} ${x + 30 * s} ${y - 6 * s} ${x} ${y + 14 * s}Z`, { fill: C.white });
  out.push(g({}, circle(1540, 100, 34, { fill: C.coral }), heart(1540, 102, 0.8)));
  out.push(g({}, circle(400, 110, 30, { fill: C.mustard }), rect(384, 96, 32, 22, { rx: 6, fill: C.white }), poly([[390, 116], [400, 116], [388, 128]], { fill: C.white })));
  return doc(out);
}

function placeholder() {
  const s = 256;
  const out = [rect(0, 0, s, s, { fill: C.greyPale })];
  for (let i = -s; i < s; i += 32) out.push(path(`M${i} ${s}L${i + s} 0`, { stroke: '#d6dce5', strokeWidth: 12 }));
  out.push(rect(78, 88, 100, 80, { rx: 10, fill: C.white, stroke: C.grey, strokeWidth: 6 }));
  out.push(path('M90 156 L118 122 L138 142 L152 130 L168 156 Z', { fill: C.grey }), circle(150, 110, 9, { fill: C.grey }));
  return svgDoc(s, s, out);
}

// ---------------------------------------------------------------------------------------------

const SCENE_BUILDERS = {
  bedroom_night: () => bedroom('night'),
  bedroom_dawn: () => bedroom('dawn'),
  boardroom,
  cecile_office: cecileOffice,
  alice_desk: aliceDesk,
  aurelie_office: aurelieOffice,
  phone_call: phoneCall,
  launch,
  war_room: warRoom,
  sales_floor: salesFloor,
  president_review: presidentReview,
};

export const SCENE_NAMES = Object.keys(SCENE_BUILDERS);

export function buildScene(name) {
  const b = SCENE_BUILDERS[name];
  if (!b) throw new Error('unknown scene ' + name);
  resetIds(name);
  return b();
}

export function buildTitle() {
  resetIds('title');
  return title();
}

export function buildPlaceholder() {
  resetIds('placeholder');
  return placeholder();
}
