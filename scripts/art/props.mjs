// Props (400x300) the director shows over a scene, and small effect sprites (envelopes, icons,
// sheets) it may multiply for the launch and the nightmare.

import { svgDoc, g, rect, circle, ellipse, line, path, poly, P, darken } from './lib/svg.mjs';
import { C, SH } from './lib/palette.mjs';
import { pie, lineChart, sheet } from './lib/decor.mjs';

const PW = 400;
const PH = 300;

function shield(cx, cy, s, fill = C.blue) {
  return g({},
    path(P(['M', cx, cy - 40 * s, 'L', cx + 32 * s, cy - 28 * s, 'L', cx + 30 * s, cy + 4 * s, 'Q', cx + 26 * s, cy + 30 * s, cx, cy + 44 * s, 'Q', cx - 26 * s, cy + 30 * s, cx - 30 * s, cy + 4 * s, 'L', cx - 32 * s, cy - 28 * s, 'Z']), { fill }),
    path(P(['M', cx, cy - 40 * s, 'L', cx + 32 * s, cy - 28 * s, 'L', cx + 30 * s, cy + 4 * s, 'Q', cx + 26 * s, cy + 30 * s, cx, cy + 44 * s, 'Z']), { fill: C.navy, opacity: 0.18 }),
    path(P(['M', cx - 13 * s, cy + 2 * s, 'L', cx - 2 * s, cy + 13 * s, 'L', cx + 16 * s, cy - 10 * s]), { fill: 'none', stroke: C.white, strokeWidth: 7 * s, strokeLinecap: 'round', strokeLinejoin: 'round' }),
  );
}

function sms() {
  return svgDoc(PW, PH, [
    ellipse(140, 286, 90, 10, SH(0.15)),
    g({ transform: 'rotate(-8 130 160)' },
      rect(66, 34, 136, 246, { rx: 22, fill: C.ink }),
      rect(76, 52, 116, 206, { rx: 8, fill: C.ice }),
      rect(76, 52, 116, 30, { fill: C.blue }),
      circle(96, 67, 9, { fill: C.coralPale }),
      rect(112, 62, 50, 8, { rx: 4, fill: C.white }),
      rect(86, 96, 80, 26, { rx: 10, fill: C.white }),
      rect(104, 132, 78, 26, { rx: 10, fill: C.pale }),
      rect(86, 168, 64, 26, { rx: 10, fill: C.white }),
      rect(116, 40, 36, 6, { rx: 3, fill: '#3a4458' }),
    ),
    // the big bubble popping out
    path('M196 40 H368 Q388 40 388 60 V150 Q388 170 368 170 H250 L214 200 L222 170 H196 Q176 170 176 150 V60 Q176 40 196 40 Z', { fill: C.white, stroke: C.coral, strokeWidth: 6, strokeLinejoin: 'round' }),
    rect(198, 66, 150, 12, { rx: 6, fill: C.greyLight }),
    rect(198, 92, 120, 12, { rx: 6, fill: C.greyLight }),
    rect(198, 118, 90, 12, { rx: 6, fill: C.greyLight }),
    circle(338, 130, 18, { fill: C.mustard }),
    circle(332, 125, 2.5, { fill: C.ink }), circle(344, 125, 2.5, { fill: C.ink }),
    path('M330 134 Q338 142 346 134', { fill: 'none', stroke: C.ink, strokeWidth: 3, strokeLinecap: 'round' }),
    circle(378, 44, 16, { fill: C.coral }), rect(376, 34, 4, 12, { rx: 2, fill: C.white }), circle(378, 52, 2.5, { fill: C.white }),
  ]);
}

function whitePaper() {
  return svgDoc(PW, PH, [
    ellipse(200, 288, 150, 10, SH(0.15)),
    g({ transform: 'rotate(-5 200 150)' },
      rect(118, 26, 200, 256, { rx: 6, fill: C.greyPale }),
      rect(112, 22, 200, 256, { rx: 6, fill: C.paper }),
      rect(100, 16, 200, 260, { rx: 6, fill: C.white }),
      rect(100, 16, 200, 96, { rx: 6, fill: C.navy }),
      rect(100, 100, 200, 12, { fill: C.navy }),
      rect(100, 16, 14, 260, { fill: C.shadow, opacity: 0.12 }),
      rect(126, 40, 120, 12, { rx: 6, fill: C.white }),
      rect(126, 62, 90, 10, { rx: 5, fill: C.sky }),
      shield(200, 170, 1.05),
      rect(136, 232, 128, 8, { rx: 4, fill: C.greyLight }),
      rect(150, 248, 100, 8, { rx: 4, fill: C.greyLight }),
      circle(280, 260, 8, { fill: C.blue }), path('M274 262 Q280 254 286 262', { fill: 'none', stroke: C.white, strokeWidth: 2.5 }),
    ),
  ]);
}

function prospectList() {
  const out = [ellipse(200, 288, 170, 12, SH(0.16))];
  // fan-folded stack
  for (let i = 0; i < 9; i++) {
    const y = 282 - i * 11;
    const x = 52 + (i % 2) * 8;
    out.push(rect(x, y - 11, 288, 11, { rx: 2, fill: i % 2 ? C.paper : '#e3ecd8', stroke: '#c9d3bd', strokeWidth: 1.5 }));
    out.push(rect(x + 4, y - 7, 4, 4, { rx: 2, fill: '#c9d3bd' }), rect(x + 280, y - 7, 4, 4, { rx: 2, fill: '#c9d3bd' }));
  }
  out.push(rect(300, 184, 48, 98, SH(0.08)));
  // the top sheet flowing up and curling
  const sx = 80, sy = 14, sw = 240, sh = 170;
  out.push(path(P(['M', sx, sy + sh, 'L', sx + sw, sy + sh, 'L', sx + sw + 4, 190, 'L', sx - 4, 190, 'Z']), { fill: '#eef2e8' }));
  out.push(g({ transform: `rotate(-3 200 100)` },
    rect(sx, sy, sw, sh, { rx: 3, fill: '#f3f7ee' }),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => rect(sx + 22, sy + 16 + r * 15, sw - 44, 15, { fill: r % 2 ? '#e3efd9' : '#f3f7ee' })),
    rect(sx + 22, sy + 16 + 3 * 15, sw - 44, 15, { fill: C.mustardPale }),
    rect(sx + 22, sy + 16 + 7 * 15, sw - 44, 15, { fill: C.mustardPale }),
    [1, 2, 3].map((c) => line(sx + 22 + c * 49, sy + 16, sx + 22 + c * 49, sy + 166, { stroke: C.greyLight, strokeWidth: 1.5 })),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => [rect(sx + 28, sy + 21 + r * 15, 30 + ((r * 13) % 12), 5, { rx: 2.5, fill: C.grey }), rect(sx + 78, sy + 21 + r * 15, 34, 5, { rx: 2.5, fill: C.greyLight }), rect(sx + 128, sy + 21 + r * 15, 24 + ((r * 7) % 14), 5, { rx: 2.5, fill: C.greyLight })]),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => [circle(sx + 10, sy + 22 + r * 15, 3.5, { fill: C.white, stroke: C.greyLight, strokeWidth: 1.5 }), circle(sx + sw - 10, sy + 22 + r * 15, 3.5, { fill: C.white, stroke: C.greyLight, strokeWidth: 1.5 })]),
  ));
  // a "hyper-targeted" sticker
  out.push(g({ transform: 'rotate(12 330 40)' }, circle(330, 40, 34, { fill: C.coral }), circle(330, 40, 24, { fill: 'none', stroke: C.white, strokeWidth: 4 }), circle(330, 40, 12, { fill: 'none', stroke: C.white, strokeWidth: 4 }), circle(330, 40, 4, { fill: C.white })));
  return svgDoc(PW, PH, out);
}

function dashboard() {
  return svgDoc(PW, PH, [
    ellipse(200, 290, 120, 8, SH(0.15)),
    path('M186 236 L214 236 L220 278 L180 278 Z', { fill: C.grey }),
    rect(150, 276, 100, 10, { rx: 5, fill: darken(C.grey, 0.15) }),
    rect(20, 14, 360, 226, { rx: 14, fill: C.ink }),
    rect(32, 26, 336, 202, { rx: 6, fill: C.navy }),
    rect(32, 26, 336, 24, { fill: '#101d38' }),
    circle(46, 38, 5, { fill: C.coral }), circle(62, 38, 5, { fill: C.mustard }), circle(78, 38, 5, { fill: C.green }),
    // KPI tiles
    [[44, C.sky], [150, C.coral], [256, C.mustard]].map(([x, col]) => [rect(x, 60, 98, 44, { rx: 6, fill: '#223a66' }), rect(x + 10, 70, 46, 10, { rx: 5, fill: col }), rect(x + 10, 88, 70, 6, { rx: 3, fill: C.sky, opacity: 0.5 })]),
    rect(44, 114, 198, 104, { rx: 6, fill: '#223a66' }),
    lineChart(56, 128, 174, 76, [0.2, 0.45, 0.4, 0.7, 0.55, 0.3, 0.22], C.coral, { sw: 4, area: C.coral }),
    line(56, 150, 230, 150, { stroke: C.mustard, strokeWidth: 2, strokeDasharray: '6 5' }),
    rect(252, 114, 104, 104, { rx: 6, fill: '#223a66' }),
    pie(304, 166, 36, [0.62, 0.24, 0.14], [C.sky, C.coral, C.mustard], { hole: 18, holeFill: '#223a66' }),
  ]);
}

function actionPlan() {
  const rows = [true, true, false, true, false];
  return svgDoc(PW, PH, [
    ellipse(200, 290, 130, 10, SH(0.15)),
    g({ transform: 'rotate(3 200 150)' },
      rect(86, 20, 228, 266, { rx: 14, fill: C.woodDark }),
      rect(100, 40, 200, 234, { rx: 4, fill: C.white }),
      rect(160, 10, 80, 30, { rx: 8, fill: C.grey }),
      rect(172, 18, 56, 10, { rx: 5, fill: C.greyLight }),
      rect(116, 54, 120, 14, { rx: 7, fill: C.navy }),
      rect(116, 76, 80, 8, { rx: 4, fill: C.sky }),
      rows.map((done, i) => {
        const y = 104 + i * 34;
        return [
          rect(116, y, 22, 22, { rx: 5, fill: C.white, stroke: done ? C.blue : C.greyLight, strokeWidth: 3 }),
          done ? path(P(['M', 119, y + 11, 'L', 126, y + 18, 'L', 140, y - 2]), { fill: 'none', stroke: C.coral, strokeWidth: 5, strokeLinecap: 'round', strokeLinejoin: 'round' }) : '',
          rect(150, y + 6, [110, 90, 120, 70, 100][i], 9, { rx: 4.5, fill: done ? C.greyLight : C.grey }),
        ];
      }),
    ),
    // a pen
    g({ transform: 'rotate(-35 330 220)' }, rect(300, 212, 90, 14, { rx: 7, fill: C.mustard }), poly([[300, 212], [300, 226], [284, 219]], { fill: C.woodLight }), poly([[290, 216], [290, 222], [284, 219]], { fill: C.ink }), rect(370, 212, 8, 14, { fill: C.mustardDark })),
  ]);
}

export const PROP_BUILDERS = { sms, white_paper: whitePaper, prospect_list: prospectList, dashboard, action_plan: actionPlan };
export const PROP_NAMES = Object.keys(PROP_BUILDERS);
export const PROP_SIZE = [PW, PH];

export function buildProp(name) {
  const b = PROP_BUILDERS[name];
  if (!b) throw new Error('unknown prop ' + name);
  return b();
}

// ---- effect sprites ---------------------------------------------------------------------------

function envelope(bounced = false) {
  return svgDoc(120, 84, [
    rect(4, 8, 112, 72, { rx: 8, ...SH(0.15) }),
    rect(2, 4, 112, 72, { rx: 8, fill: C.paper }),
    path('M4 10 L58 46 L112 10', { fill: 'none', stroke: C.greyLight, strokeWidth: 5, strokeLinejoin: 'round' }),
    path('M4 72 L44 40 M112 72 L72 40', { fill: 'none', stroke: C.greyPale, strokeWidth: 3 }),
    bounced ? [circle(96, 62, 18, { fill: C.coral }), path('M89 55 L103 69 M103 55 L89 69', { stroke: C.white, strokeWidth: 4, strokeLinecap: 'round' })] : '',
  ]);
}

function iconBubble(col, glyph) {
  return svgDoc(96, 96, [circle(50, 52, 42, SH(0.2)), circle(48, 48, 42, { fill: col }), glyph]);
}

const heartPath = (x, y, s) => `M${x} ${y + 14 * s}C${x - 30 * s} ${y - 6 * s} ${x - 14 * s} ${y - 30 * s} ${x} ${y - 14 * s}C${x + 14 * s} ${y - 30 * s} ${x + 30 * s} ${y - 6 * s} ${x} ${y + 14 * s}Z`;

export const FX_BUILDERS = {
  envelope: () => envelope(false),
  envelope_bounced: () => envelope(true),
  sheet: () => svgDoc(200, 260, [rect(6, 8, 190, 250, { rx: 6, ...SH(0.15) }), sheet(2, 2, 190, 250, { rows: 12, cols: 5, hi: [4, 8] })]),
  pie_chart: () => svgDoc(160, 160, [circle(84, 86, 70, SH(0.15)), pie(80, 80, 70, [0.45, 0.3, 0.25], [C.blue, C.coral, C.mustard], { gap: 3 })]),
  icon_heart: () => iconBubble(C.coral, path(heartPath(48, 50, 1.05), { fill: C.white })),
  icon_comment: () => iconBubble(C.mustard, [rect(24, 28, 48, 34, { rx: 10, fill: C.white }), poly([[32, 60], [48, 60], [30, 76]], { fill: C.white })]),
  icon_share: () => iconBubble(C.sky, [circle(34, 48, 8, { fill: C.white }), circle(62, 32, 8, { fill: C.white }), circle(62, 64, 8, { fill: C.white }), path('M34 48L62 32M34 48L62 64', { stroke: C.white, strokeWidth: 4 })]),
  icon_bell: () => iconBubble(C.green, [path('M30 58 L30 40 Q48 14 66 40 L66 58 Z', { fill: C.white }), rect(26, 56, 44, 6, { rx: 3, fill: C.white }), circle(48, 68, 6, { fill: C.white })]),
  banner: () => svgDoc(300, 100, [rect(8, 10, 288, 86, { rx: 8, ...SH(0.2) }), rect(2, 4, 288, 86, { rx: 8, fill: C.white }), circle(46, 47, 26, { fill: C.blue }), rect(86, 30, 140, 14, { rx: 7, fill: C.navy }), rect(86, 54, 90, 10, { rx: 5, fill: C.greyLight }), rect(240, 28, 36, 38, { rx: 8, fill: C.coral })]),
};
export const FX_NAMES = Object.keys(FX_BUILDERS);

export function buildFx(name) {
  return FX_BUILDERS[name]();
}
