// Reusable pieces of scenery: windows with a Paris-ish skyline, desks, monitors, plants, charts.
// Every function returns an SVG fragment string (or an array of them).

import { g, rect, circle, ellipse, line, path, poly, polyline, el, P, n, mix, darken, lighten, prng, text } from './svg.mjs';
import { C, SH } from './palette.mjs';

export const W = 1920;
export const H = 1080;
export const FLOOR_Y = 760;

// ---- room shell -----------------------------------------------------------------------------

export function room({ wall = C.wall, floor = C.floor, floorY = FLOOR_Y, base = C.white, planks = true, seed = 1 } = {}) {
  const out = [rect(0, 0, W, floorY, { fill: wall }), rect(0, floorY, W, H - floorY, { fill: floor })];
  if (planks) {
    // very quiet floor: a few long plank joints converging slightly
    const rand = prng(seed);
    for (let i = 1; i < 6; i++) {
      const y = floorY + (i * i * (H - floorY)) / 36;
      out.push(line(0, y, W, y, { stroke: darken(floor, 0.06), strokeWidth: 2, opacity: 0.6 }));
      const k = Math.floor(rand() * 3) + 2;
      for (let j = 0; j < k; j++) {
        const x = Math.round(((j + rand()) * W) / k);
        const y2 = floorY + ((i + 1) * (i + 1) * (H - floorY)) / 36;
        if (i < 5) out.push(line(x, y, x, y2, { stroke: darken(floor, 0.06), strokeWidth: 2, opacity: 0.5 }));
      }
    }
  }
  out.push(rect(0, floorY, W, 26, { fill: C.shadow, opacity: 0.06 }));
  out.push(rect(0, floorY - 16, W, 16, { fill: base }));
  out.push(rect(0, floorY - 2, W, 3, { fill: C.shadow, opacity: 0.08 }));
  return out;
}

/** A soft vignette to focus the centre (no blur: two big translucent frames). */
export function vignette(o = 0.06) {
  return [
    path(`M0 0H${W}V${H}H0Z M80 60 Q${W / 2} 20 ${W - 80} 60 Q${W - 30} ${H / 2} ${W - 80} ${H - 60} Q${W / 2} ${H - 20} 80 ${H - 60} Q30 ${H / 2} 80 60Z`, { fill: C.shadow, opacity: o, fillRule: 'evenodd' }),
  ];
}

// ---- skyline --------------------------------------------------------------------------------

export function eiffel(x, baseY, h, fill) {
  const w = h * 0.42;
  const lvl1 = baseY - h * 0.3;
  const lvl2 = baseY - h * 0.58;
  return g({ fill },
    path(P(['M', x - w / 2, baseY, 'Q', x - w * 0.16, baseY - h * 0.22, x - w * 0.1, lvl2, 'L', x - w * 0.03, baseY - h * 0.93, 'L', x, baseY - h, 'L', x + w * 0.03, baseY - h * 0.93,
      'L', x + w * 0.1, lvl2, 'Q', x + w * 0.16, baseY - h * 0.22, x + w / 2, baseY, 'L', x + w * 0.3, baseY, 'Q', x, baseY - h * 0.2, x - w * 0.3, baseY, 'Z'])),
    rect(x - w * 0.3, lvl1 - h * 0.02, w * 0.6, h * 0.035),
    rect(x - w * 0.16, lvl2 - h * 0.02, w * 0.32, h * 0.03),
  );
}

/** Haussmann-style rooftops with zinc mansards and chimneys, plus optional landmarks. */
export function skyline(x0, baseY, width, { far, near, seed = 7, eiffelAt = null, eiffelH = 260, eiffelFill = null, tower = null, windowsLit = null, scale = 1 } = {}) {
  const rand = prng(seed);
  const out = [];
  // far layer: flat silhouettes
  let x = x0 - 20;
  while (x < x0 + width + 20) {
    const w = (60 + rand() * 90) * scale;
    const h = (90 + rand() * 70) * scale;
    out.push(rect(x, baseY - h, w + 2, h + 2, { fill: far }));
    x += w;
  }
  if (tower) out.push(rect(tower.x, baseY - tower.h, tower.w, tower.h, { fill: tower.fill || far }));
  if (eiffelAt !== null) out.push(eiffel(eiffelAt, baseY - 40 * scale, eiffelH, eiffelFill || mix(far, near, 0.55)));
  // near layer: buildings with mansard roofs
  x = x0 - 30;
  while (x < x0 + width + 30) {
    const w = (110 + rand() * 110) * scale;
    const h = (50 + rand() * 60) * scale;
    const roof = 26 * scale;
    const top = baseY - h;
    out.push(rect(x, top, w, h + 2, { fill: near }));
    out.push(path(P(['M', x, top + 1, 'L', x + 10 * scale, top - roof, 'L', x + w - 10 * scale, top - roof, 'L', x + w, top + 1, 'Z']), { fill: darken(near, 0.12) }));
    // chimneys
    const k = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < k; i++) {
      const cx = x + 16 * scale + rand() * (w - 40 * scale);
      out.push(rect(cx, top - roof - 14 * scale, 12 * scale, 16 * scale, { fill: darken(near, 0.12) }));
    }
    // little windows
    const rows = Math.max(1, Math.floor(h / (26 * scale)));
    const cols = Math.max(2, Math.floor(w / (28 * scale)));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const lit = windowsLit && rand() < 0.35;
        out.push(rect(x + (c + 0.35) * (w / cols), top + 10 * scale + r * 26 * scale, 8 * scale, 12 * scale, { fill: lit ? windowsLit : darken(near, 0.1), opacity: lit ? 0.9 : 0.5 }));
      }
    }
    x += w + 4 * scale;
  }
  return out;
}

// Ids are unique per file (prefix = file name) so that previews can inline several files.
let clipCounter = 0;
let idPrefix = 'a';
export function resetIds(prefix) {
  clipCounter = 0;
  idPrefix = prefix.replace(/[^a-z0-9]/gi, '');
}
export function uid(kind) {
  clipCounter += 1;
  return `${idPrefix}-${kind}${clipCounter}`;
}

/** A window with frame, sky and whatever content (clipped). */
export function windowFrame(x, y, w, h, { sky = [C.pale, C.ice], content = [], frame = C.white, mullions = [2, 1], sill = true, r = 10, frameW = 14 } = {}) {
  const cid = uid('clip');
  const gid = uid('sky');
  const defs = [
    el('clipPath', { id: cid }, rect(x, y, w, h, { rx: r })),
    el('linearGradient', { id: gid, x1: 0, y1: 0, x2: 0, y2: 1 }, el('stop', { offset: 0, stopColor: sky[0] }), el('stop', { offset: 1, stopColor: sky[1] })),
  ];
  const out = [
    el('defs', {}, defs),
    rect(x + 10, y + 14, w, h, { rx: r, ...SH(0.08) }),
    g({ clipPath: `url(#${cid})` }, rect(x, y, w, h, { fill: `url(#${gid})` }), content, rect(x, y, w, h * 0.55, { fill: C.white, opacity: 0.05 })),
  ];
  // frame
  const [cols, rows] = mullions;
  for (let i = 1; i < cols; i++) out.push(rect(x + (i * w) / cols - frameW / 4, y, frameW / 2, h, { fill: frame }));
  for (let i = 1; i < rows; i++) out.push(rect(x, y + (i * h) / rows - frameW / 4, w, frameW / 2, { fill: frame }));
  out.push(rect(x, y, w, h, { rx: r, fill: 'none', stroke: frame, strokeWidth: frameW }));
  if (sill) out.push(rect(x - 18, y + h + 4, w + 36, 16, { rx: 6, fill: frame }), rect(x - 18, y + h + 16, w + 36, 6, { fill: C.shadow, opacity: 0.08 }));
  // glass glint
  const gw = Math.min(w, 400);
  out.push(path(P(['M', x + gw * 0.16, y + 10, 'L', x + gw * 0.24, y + 10, 'L', x + gw * 0.06, y + Math.min(h, 300) * 0.5, 'L', x + 8, y + Math.min(h, 300) * 0.5, 'Z',
    'M', x + gw * 0.28, y + 10, 'L', x + gw * 0.31, y + 10, 'L', x + gw * 0.13, y + Math.min(h, 300) * 0.5, 'L', x + gw * 0.1, y + Math.min(h, 300) * 0.5, 'Z']), { fill: C.white, opacity: 0.12 }));
  return out;
}

// ---- furniture & objects ----------------------------------------------------------------------

export function plant(x, baseY, s = 1, pot = C.coral, leaf = C.green) {
  const leafDark = darken(leaf, 0.2);
  const leaves = [];
  const angles = [-62, -40, -20, -4, 12, 30, 52, 70];
  angles.forEach((a, i) => {
    const len = (70 + ((i * 37) % 40)) * s;
    const col = i % 2 ? leaf : leafDark;
    leaves.push(ellipse(0, -len / 2, 13 * s, len / 2, { fill: col, transform: `translate(${n(x)} ${n(baseY - 52 * s)}) rotate(${a})` }));
  });
  return g({},
    ellipse(x + 6 * s, baseY, 46 * s, 8 * s, SH(0.12)),
    leaves,
    path(P(['M', x - 32 * s, baseY - 58 * s, 'L', x + 32 * s, baseY - 58 * s, 'L', x + 24 * s, baseY, 'L', x - 24 * s, baseY, 'Z']), { fill: pot }),
    rect(x - 35 * s, baseY - 62 * s, 70 * s, 12 * s, { rx: 4 * s, fill: darken(pot, 0.1) }),
    path(P(['M', x + 8 * s, baseY - 50 * s, 'L', x + 32 * s, baseY - 50 * s, 'L', x + 24 * s, baseY, 'L', x + 4 * s, baseY, 'Z']), SH(0.1)),
  );
}

/** A tall floor plant (ficus-ish). */
export function tallPlant(x, baseY, s = 1, pot = C.white, leaf = C.green) {
  const rand = prng(Math.round(x * 7 + baseY));
  const leaves = [];
  for (let i = 0; i < 22; i++) {
    const lx = x + (rand() - 0.5) * 150 * s;
    const ly = baseY - 150 * s - rand() * 230 * s;
    leaves.push(ellipse(lx, ly, 20 * s, 11 * s, { fill: i % 3 ? leaf : darken(leaf, 0.2), transform: `rotate(${n(-40 + rand() * 80)} ${n(lx)} ${n(ly)})` }));
  }
  return g({},
    ellipse(x + 8 * s, baseY, 60 * s, 10 * s, SH(0.12)),
    path(P(['M', x, baseY - 100 * s, 'Q', x - 10 * s, baseY - 220 * s, x + 6 * s, baseY - 330 * s]), { fill: 'none', stroke: C.woodDark, strokeWidth: 6 * s, strokeLinecap: 'round' }),
    leaves,
    path(P(['M', x - 40 * s, baseY - 100 * s, 'L', x + 40 * s, baseY - 100 * s, 'L', x + 32 * s, baseY, 'L', x - 32 * s, baseY, 'Z']), { fill: pot }),
    path(P(['M', x + 10 * s, baseY - 100 * s, 'L', x + 40 * s, baseY - 100 * s, 'L', x + 32 * s, baseY, 'L', x + 6 * s, baseY, 'Z']), SH(0.1)),
  );
}

export function desk(x, y, w, { top = C.wood, front = C.woodDark, h = 150, thick = 18, legs = true, panel = false } = {}) {
  return g({},
    ellipse(x + w / 2, y + h + 4, w * 0.55, 12, SH(0.1)),
    legs ? [rect(x + 20, y + thick, 14, h - thick, { fill: darken(front, 0.15) }), rect(x + w - 34, y + thick, 14, h - thick, { fill: darken(front, 0.15) })] : '',
    panel ? rect(x + 10, y + thick, w - 20, h - thick, { fill: front }) : '',
    rect(x, y, w, thick, { rx: 5, fill: top }),
    rect(x, y + thick - 5, w, 5, { fill: darken(top, 0.15) }),
  );
}

export function monitor(x, y, w, h, screen = [], { bezel = C.ink, stand = C.grey } = {}) {
  const cid = uid('scr');
  return g({},
    el('defs', {}, el('clipPath', { id: cid }, rect(x + 8, y + 8, w - 16, h - 16, { rx: 4 }))),
    path(P(['M', x + w / 2 - 14, y + h, 'L', x + w / 2 + 14, y + h, 'L', x + w / 2 + 20, y + h + 40, 'L', x + w / 2 - 20, y + h + 40, 'Z']), { fill: stand }),
    rect(x + w / 2 - 50, y + h + 36, 100, 9, { rx: 4, fill: darken(stand, 0.15) }),
    rect(x, y, w, h, { rx: 10, fill: bezel }),
    g({ clipPath: `url(#${cid})` }, rect(x + 8, y + 8, w - 16, h - 16, { fill: C.ice }), screen),
  );
}

/** Back of a monitor (seen from behind in an open space). */
export function monitorBack(x, y, w, h, col = C.greyLight) {
  return g({}, rect(x + w / 2 - 8, y + h, 16, 26, { fill: darken(col, 0.2) }), rect(x, y, w, h, { rx: 8, fill: col }), rect(x + w * 0.3, y + h * 0.3, w * 0.4, h * 0.4, { rx: 6, fill: darken(col, 0.08) }));
}

export function laptop(x, y, w, col = C.greyLight, screen = C.pale) {
  const h = w * 0.62;
  return g({},
    path(P(['M', x + w * 0.06, y, 'L', x + w * 0.94, y, 'L', x + w * 0.9, y - h, 'L', x + w * 0.1, y - h, 'Z']), { fill: col }),
    path(P(['M', x + w * 0.13, y - 8, 'L', x + w * 0.87, y - 8, 'L', x + w * 0.84, y - h + 10, 'L', x + w * 0.16, y - h + 10, 'Z']), { fill: screen }),
    rect(x - 8, y - 2, w + 16, 10, { rx: 4, fill: darken(col, 0.1) }),
  );
}

export function officeChair(x, y, col = C.ink, s = 1) {
  return g({},
    ellipse(x, y + 150 * s, 70 * s, 10 * s, SH(0.12)),
    rect(x - 5 * s, y + 80 * s, 10 * s, 62 * s, { fill: C.grey }),
    path(P(['M', x - 60 * s, y + 150 * s, 'L', x, y + 136 * s, 'L', x + 60 * s, y + 150 * s]), { fill: 'none', stroke: C.grey, strokeWidth: 8 * s, strokeLinecap: 'round' }),
    rect(x - 62 * s, y, 124 * s, 96 * s, { rx: 26 * s, fill: col }),
    rect(x - 50 * s, y + 10 * s, 100 * s, 20 * s, { rx: 10 * s, fill: lighten(col, 0.12) }),
  );
}

export function mug(x, y, col = C.coral, s = 1) {
  return g({},
    circle(x + 22 * s, y - 18 * s, 10 * s, { fill: 'none', stroke: col, strokeWidth: 5 * s }),
    rect(x - 16 * s, y - 36 * s, 36 * s, 36 * s, { rx: 6 * s, fill: col }),
    rect(x + 6 * s, y - 36 * s, 14 * s, 36 * s, { rx: 6 * s, fill: C.shadow, opacity: 0.1 }),
  );
}

export function paperStack(x, y, w = 80, k = 4, col = C.paper) {
  const out = [];
  for (let i = 0; i < k; i++) out.push(rect(x + (i % 2) * 4, y - (i + 1) * 7, w, 7, { rx: 2, fill: i % 2 ? col : darken(col, 0.05) }));
  return g({}, out);
}

export function pie(cx, cy, r, fractions, colors, { gap = 0, hole = 0, holeFill = C.white, start = -90 } = {}) {
  const out = [];
  let a0 = (start * Math.PI) / 180;
  fractions.forEach((f, i) => {
    const a1 = a0 + f * Math.PI * 2;
    const mid = (a0 + a1) / 2;
    const ox = Math.cos(mid) * gap;
    const oy = Math.sin(mid) * gap;
    const large = f > 0.5 ? 1 : 0;
    out.push(path(`M${n(cx + ox)} ${n(cy + oy)}L${n(cx + ox + Math.cos(a0) * r)} ${n(cy + oy + Math.sin(a0) * r)}A${n(r)} ${n(r)} 0 ${large} 1 ${n(cx + ox + Math.cos(a1) * r)} ${n(cy + oy + Math.sin(a1) * r)}Z`, { fill: colors[i % colors.length] }));
    a0 = a1;
  });
  if (hole) out.push(circle(cx, cy, hole, { fill: holeFill }));
  return g({}, out);
}

export function bars(x, y, w, h, values, colors, { gap = 0.3, base = null, r = 3 } = {}) {
  const bw = w / values.length;
  const out = [];
  values.forEach((v, i) => {
    const bh = v * h;
    out.push(rect(x + i * bw + (bw * gap) / 2, y + h - bh, bw * (1 - gap), bh, { rx: r, fill: colors[i % colors.length] }));
  });
  if (base) out.push(rect(x - 4, y + h, w + 8, 3, { fill: base }));
  return g({}, out);
}

export function lineChart(x, y, w, h, values, col, { sw = 5, area = null, dots = false } = {}) {
  const pts = values.map((v, i) => [x + (i * w) / (values.length - 1), y + h - v * h]);
  const out = [];
  if (area) out.push(poly([[x, y + h], ...pts, [x + w, y + h]], { fill: area, opacity: 0.35 }));
  out.push(polyline(pts, { stroke: col, strokeWidth: sw, strokeLinecap: 'round', strokeLinejoin: 'round' }));
  if (dots) pts.forEach(([px, py]) => out.push(circle(px, py, sw * 1.1, { fill: col })));
  return g({}, out);
}

/** Lines of "text" (rounded bars). */
export function textLines(x, y, widths, { h = 8, gap = 16, col = C.greyLight } = {}) {
  return g({}, widths.map((w, i) => rect(x, y + i * gap, w, h, { rx: h / 2, fill: col })));
}

export function whiteboard(x, y, w, h, content = []) {
  return g({},
    rect(x + 10, y + 12, w, h, { rx: 10, ...SH(0.1) }),
    rect(x, y, w, h, { rx: 10, fill: C.greyLight }),
    rect(x + 10, y + 10, w - 20, h - 20, { rx: 6, fill: C.white }),
    content,
    rect(x + w * 0.2, y + h, w * 0.6, 12, { rx: 4, fill: C.greyLight }),
    rect(x + w * 0.3, y + h - 4, 40, 8, { rx: 3, fill: C.coral }),
    rect(x + w * 0.3 + 50, y + h - 4, 40, 8, { rx: 3, fill: C.blue }),
  );
}

export function picture(x, y, w, h, content = [], frame = C.ink, mat = C.white) {
  return g({},
    rect(x + 8, y + 10, w, h, { rx: 4, ...SH(0.1) }),
    rect(x, y, w, h, { rx: 4, fill: frame }),
    rect(x + 8, y + 8, w - 16, h - 16, { fill: mat }),
    content,
  );
}

export function wallClock(x, y, r, { face = C.white, rim = C.ink, hour = 10, minute = 10 } = {}) {
  const ha = ((hour % 12) / 12 + minute / 720) * Math.PI * 2 - Math.PI / 2;
  const ma = (minute / 60) * Math.PI * 2 - Math.PI / 2;
  const ticks = [];
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2;
    ticks.push(line(x + Math.cos(a) * r * 0.78, y + Math.sin(a) * r * 0.78, x + Math.cos(a) * r * 0.88, y + Math.sin(a) * r * 0.88, { stroke: rim, strokeWidth: 3, strokeLinecap: 'round' }));
  }
  return g({},
    circle(x + 6, y + 8, r, SH(0.1)),
    circle(x, y, r, { fill: face, stroke: rim, strokeWidth: r * 0.12 }),
    ticks,
    line(x, y, x + Math.cos(ha) * r * 0.45, y + Math.sin(ha) * r * 0.45, { stroke: rim, strokeWidth: 5, strokeLinecap: 'round' }),
    line(x, y, x + Math.cos(ma) * r * 0.7, y + Math.sin(ma) * r * 0.7, { stroke: rim, strokeWidth: 3.5, strokeLinecap: 'round' }),
    circle(x, y, 4, { fill: C.coral }),
  );
}

export function pendant(x, y, len, col = C.ink, { glow = false } = {}) {
  return g({},
    line(x, 0, x, y + len, { stroke: C.ink, strokeWidth: 3 }),
    glow ? poly([[x - 40, y + len + 40], [x + 40, y + len + 40], [x + 180, y + len + 420], [x - 180, y + len + 420]], { fill: C.mustardPale, opacity: 0.12 }) : '',
    path(P(['M', x - 46, y + len + 44, 'Q', x - 40, y + len, x, y + len, 'Q', x + 40, y + len, x + 46, y + len + 44, 'Z']), { fill: col }),
    ellipse(x, y + len + 44, 30, 6, { fill: C.mustardPale }),
  );
}

export function shelf(x, y, w, items = [], col = C.woodLight) {
  return g({}, items, rect(x, y, w, 12, { rx: 3, fill: col }), rect(x, y + 12, w, 6, SH(0.1)));
}

export function books(x, baseY, specs) {
  // specs: [[w, h, colour, tilt]]
  let cx = x;
  const out = [];
  for (const [w, h, col, tilt = 0] of specs) {
    out.push(rect(cx, baseY - h, w, h, { rx: 2, fill: col, transform: tilt ? `rotate(${tilt} ${n(cx + w)} ${n(baseY)})` : undefined }));
    out.push(rect(cx + 3, baseY - h + 10, w - 6, 4, { fill: C.white, opacity: 0.5, transform: tilt ? `rotate(${tilt} ${n(cx + w)} ${n(baseY)})` : undefined }));
    cx += w + 2;
  }
  return g({}, out);
}

/** A spreadsheet sheet (grid paper) — for the nightmare and the prospect list. */
export function sheet(x, y, w, h, { rot = 0, paper = C.paper, grid = C.pale, head = C.blue, opacity = 1, rows = 12, cols = 5, hi = [] } = {}) {
  const out = [rect(x, y, w, h, { rx: 6, fill: paper }), rect(x, y, w, h / rows, { rx: 6, fill: head, opacity: 0.8 })];
  for (const r of hi) out.push(rect(x, y + (r * h) / rows, w, h / rows, { fill: C.mustardPale }));
  for (let i = 1; i < rows; i++) out.push(line(x, y + (i * h) / rows, x + w, y + (i * h) / rows, { stroke: grid, strokeWidth: 2 }));
  for (let j = 1; j < cols; j++) out.push(line(x + (j * w) / cols, y + h / rows, x + (j * w) / cols, y + h, { stroke: grid, strokeWidth: 2 }));
  return g({ opacity: opacity === 1 ? undefined : opacity, transform: rot ? `rotate(${rot} ${n(x + w / 2)} ${n(y + h / 2)})` : undefined }, out);
}

export function stickyNote(x, y, col = C.mustard, rot = 0, s = 1) {
  return g({ transform: rot ? `rotate(${rot} ${n(x)} ${n(y)})` : undefined },
    rect(x - 30 * s + 4, y - 30 * s + 6, 60 * s, 60 * s, SH(0.12)),
    rect(x - 30 * s, y - 30 * s, 60 * s, 60 * s, { fill: col }),
    rect(x - 20 * s, y - 14 * s, 40 * s, 5 * s, { rx: 2, fill: darken(col, 0.25), opacity: 0.6 }),
    rect(x - 20 * s, y - 2 * s, 28 * s, 5 * s, { rx: 2, fill: darken(col, 0.25), opacity: 0.6 }),
  );
}

export function ceilingLights(y, xs, col = C.white) {
  return g({}, xs.map((x) => [rect(x - 110, y, 220, 14, { rx: 7, fill: col }), rect(x - 110, y + 14, 220, 4, SH(0.08))]));
}

export { text };
