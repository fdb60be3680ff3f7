// Characters as layered parts. Every part of a character is a separate SVG on the same
// 600x900 canvas (feet at the bottom centre), so the engine can stack them exactly and animate
// them: body (breathing), head, eyes_open / eyes_closed (blinking), brows_<expr> and
// mouth_<expr> (expressions) and mouth_talk (lip flap).

import { svgDoc, g, rect, circle, ellipse, path, polyline, el, mix, darken, lighten, P } from './lib/svg.mjs';
import { C } from './lib/palette.mjs';

export const CHAR_W = 600;
export const CHAR_H = 900;
const CX = 300;
const EXPRESSIONS = ['neutral', 'happy', 'worried', 'tense', 'surprised'];

// Face geometry (before the per-character vertical offset `dy`).
const FACE_TOP = 72;
const FACE_BOTTOM = 226;
const EYE_Y = 152;
const EYE_DX = 26;
const MOUTH_Y = 199;
const SHOULDER_Y = 262;
const HIP_Y = 548;
const FOOT_Y = 888;

const shadowCol = C.shadow;
const soft = (o) => ({ fill: shadowCol, opacity: o });

// ---------------------------------------------------------------------------------------------
// Shared building blocks

function faceShape(w, jaw) {
  const t = FACE_TOP;
  const b = FACE_BOTTOM;
  if (jaw === 'square') {
    return P(['M', CX, t, 'C', CX + w * 0.92, t, CX + w, t + 34, CX + w, 142, 'C', CX + w, 182, CX + w * 0.62, b - 2, CX, b,
      'C', CX - w * 0.62, b - 2, CX - w, 182, CX - w, 142, 'C', CX - w, t + 34, CX - w * 0.92, t, CX, t, 'Z']);
  }
  return P(['M', CX, t, 'C', CX + w * 0.92, t, CX + w, t + 34, CX + w, 140, 'C', CX + w, 178, CX + w * 0.55, b - 3, CX, b,
    'C', CX - w * 0.55, b - 3, CX - w, 178, CX - w, 140, 'C', CX - w, t + 34, CX - w * 0.92, t, CX, t, 'Z']);
}

function ears(w, skin) {
  const shade = darken(skin, 0.14);
  return [
    ellipse(CX - w - 2, 156, 11, 17, { fill: skin }),
    ellipse(CX + w + 2, 156, 11, 17, { fill: skin }),
    path(P(['M', CX - w - 4, 148, 'Q', CX - w - 9, 157, CX - w - 3, 165]), { fill: 'none', stroke: shade, strokeWidth: 3, strokeLinecap: 'round' }),
    path(P(['M', CX + w + 4, 148, 'Q', CX + w + 9, 157, CX + w + 3, 165]), { fill: 'none', stroke: shade, strokeWidth: 3, strokeLinecap: 'round' }),
  ];
}

function nose(skin) {
  const shade = darken(skin, 0.2);
  return path(P(['M', CX - 1, 160, 'Q', CX - 6, 174, CX - 7, 179, 'Q', CX - 1, 184, CX + 6, 180]), {
    fill: 'none', stroke: shade, strokeWidth: 3.5, strokeLinecap: 'round', strokeLinejoin: 'round',
  });
}

function cheeks(color, o = 0.28) {
  return [circle(CX - 40, 184, 12, { fill: color, opacity: o }), circle(CX + 40, 184, 12, { fill: color, opacity: o })];
}

/** Standard head: back hair, ears, face, nose, cheeks, then front hair and extras. */
function buildHead(spec) {
  const { skin, faceW = 60, jaw = 'round' } = spec;
  const shade = darken(skin, 0.12);
  return [
    spec.hairBack ? spec.hairBack() : '',
    spec.earsHidden ? '' : ears(faceW, skin),
    path(faceShape(faceW, jaw), { fill: skin }),
    // soft shadow on the face's right side and under the hairline
    path(P(['M', CX + faceW * 0.55, 90, 'C', CX + faceW + 4, 120, CX + faceW + 2, 190, CX + 8, FACE_BOTTOM - 1, 'C', CX + faceW * 0.7, 190, CX + faceW * 0.8, 130, CX + faceW * 0.55, 90, 'Z']), { fill: shade, opacity: 0.4 }),
    spec.faceExtras ? spec.faceExtras() : '',
    nose(skin),
    cheeks(spec.blush || C.coral, spec.blushOpacity ?? 0.22),
    spec.hairFront ? spec.hairFront() : '',
    spec.accessories ? spec.accessories() : '',
  ];
}

function eyesOpen(spec) {
  const out = [];
  for (const s of [-1, 1]) {
    const x = CX + s * EYE_DX;
    out.push(ellipse(x, EYE_Y, 7.5, 9.5, { fill: C.ink }));
    out.push(circle(x - 2.4, EYE_Y - 3.4, 2.6, { fill: C.white }));
    if (spec.lashes) {
      out.push(path(P(['M', x + s * 6, EYE_Y - 7, 'L', x + s * 12, EYE_Y - 11]), { stroke: C.ink, strokeWidth: 3, strokeLinecap: 'round' }));
    }
  }
  return out;
}

function eyesClosed(spec) {
  const out = [];
  for (const s of [-1, 1]) {
    const x = CX + s * EYE_DX;
    // a patch of skin hides nothing (eyes_open is hidden while blinking); just draw the lids
    out.push(path(P(['M', x - 10, EYE_Y - 1, 'Q', x, EYE_Y + 8, x + 10, EYE_Y - 1]), { fill: 'none', stroke: C.ink, strokeWidth: 4, strokeLinecap: 'round' }));
    if (spec.lashes) {
      out.push(path(P(['M', x + s * 9, EYE_Y + 1, 'L', x + s * 14, EYE_Y + 5]), { stroke: C.ink, strokeWidth: 3, strokeLinecap: 'round' }));
    }
  }
  return out;
}

// Brows: [outerY, innerY, arch] for the viewer's-left brow; mirrored for the right one.
const BROWS = {
  neutral: [129, 127, -4],
  happy: [126, 122, -8],
  worried: [129, 113, -2],
  tense: [118, 134, 2],
  surprised: [113, 109, -9],
};

function brows(spec, expr) {
  const [oy, iy, arch] = BROWS[expr];
  const w = spec.browWidth ?? 7;
  const out = [];
  for (const s of [-1, 1]) {
    const xo = CX + s * (EYE_DX + 16);
    const xi = CX + s * (EYE_DX - 13);
    const mx = (xo + xi) / 2;
    const my = (oy + iy) / 2 + arch;
    out.push(path(P(['M', xo, oy, 'Q', mx, my, xi, iy]), { fill: 'none', stroke: spec.browColor, strokeWidth: w, strokeLinecap: 'round' }));
  }
  return out;
}

function mouth(spec, expr) {
  const m = spec.mouthColor || '#7a3530';
  const dark = '#5a1f24';
  const y = MOUTH_Y;
  const line = (d, sw = 4.5) => path(d, { fill: 'none', stroke: m, strokeWidth: sw, strokeLinecap: 'round', strokeLinejoin: 'round' });
  if (spec.mouths && spec.mouths[expr]) return spec.mouths[expr]({ m, dark, y, line });
  switch (expr) {
    case 'neutral':
      return line(P(['M', CX - 13, y, 'Q', CX, y + 3, CX + 13, y]));
    case 'happy':
      return [
        path(P(['M', CX - 20, y - 4, 'Q', CX, y + 1, CX + 20, y - 4, 'Q', CX + 16, y + 16, CX, y + 17, 'Q', CX - 16, y + 16, CX - 20, y - 4, 'Z']), { fill: dark }),
        path(P(['M', CX - 16, y - 2, 'Q', CX, y + 2, CX + 16, y - 2, 'L', CX + 15, y + 3, 'Q', CX, y + 6, CX - 15, y + 3, 'Z']), { fill: C.white }),
        path(P(['M', CX - 8, y + 14, 'Q', CX, y + 9, CX + 8, y + 14, 'Q', CX, y + 17, CX - 8, y + 14, 'Z']), { fill: C.coral }),
      ];
    case 'worried':
      return line(P(['M', CX - 17, y + 5, 'C', CX - 12, y - 3, CX - 7, y - 3, CX - 3, y + 2, 'S', CX + 6, y + 7, CX + 10, y + 2, 'S', CX + 16, y, CX + 18, y + 4]));
    case 'tense':
      return [
        path(P(['M', CX - 18, y + 4, 'Q', CX - 17, y, CX - 12, y, 'L', CX + 12, y, 'Q', CX + 17, y, CX + 18, y + 4]), { fill: 'none', stroke: m, strokeWidth: 5.5, strokeLinecap: 'round', strokeLinejoin: 'round' }),
      ];
    case 'surprised':
      return [ellipse(CX, y + 5, 9, 12, { fill: dark }), path(P(['M', CX - 6, y + 12, 'Q', CX, y + 7, CX + 6, y + 12, 'Q', CX, y + 17, CX - 6, y + 12, 'Z']), { fill: C.coral })];
    case 'talk':
      return [ellipse(CX, y + 3, 12, 7.5, { fill: dark }), path(P(['M', CX - 7, y + 7, 'Q', CX, y + 3, CX + 7, y + 7, 'Q', CX, y + 10, CX - 7, y + 7, 'Z']), { fill: C.coral })];
    default:
      throw new Error('unknown expression ' + expr);
  }
}

// ----- body helpers ----------------------------------------------------------------------------

function torsoPath(sh, wt, top = SHOULDER_Y, hip = HIP_Y) {
  return P(['M', CX - sh + 30, top, 'L', CX + sh - 30, top, 'Q', CX + sh, top + 2, CX + sh + 2, top + 38,
    'L', CX + wt, hip, 'L', CX - wt, hip, 'L', CX - sh - 2, top + 38, 'Q', CX - sh, top + 2, CX - sh + 30, top, 'Z']);
}

/** A limb drawn as a thick rounded stroke with a slightly darker outline. */
function limb(pts, width, color, outline = darken(color, 0.22)) {
  return [
    polyline(pts, { stroke: outline, strokeWidth: width + 5, strokeLinecap: 'round', strokeLinejoin: 'round' }),
    polyline(pts, { stroke: color, strokeWidth: width, strokeLinecap: 'round', strokeLinejoin: 'round' }),
  ];
}

function hand(x, y, skin, r = 16, angle = 0) {
  return g({ transform: `translate(${x} ${y}) rotate(${angle})` },
    ellipse(0, 0, r * 0.9, r * 1.08, { fill: skin }),
    ellipse(r * 0.7, -r * 0.2, r * 0.32, r * 0.55, { fill: skin, transform: 'rotate(-25)' }),
    path(P(['M', -r * 0.5, r * 0.35, 'Q', 0, r * 0.8, r * 0.5, r * 0.35]), { fill: 'none', stroke: darken(skin, 0.18), strokeWidth: 2.5, strokeLinecap: 'round' }),
  );
}

function neck(skin, dy, w = 17) {
  const top = 196 + dy;
  return [
    rect(CX - w, top, w * 2, SHOULDER_Y + dy - top + 30, { rx: 12, fill: skin }),
    ellipse(CX, FACE_BOTTOM + dy + 2, w + 4, 13, { fill: darken(skin, 0.25), opacity: 0.35 }),
  ];
}

function trousers(wt, color, hip = HIP_Y, bottom = 868, gap = 7) {
  const shade = darken(color, 0.18);
  return [
    path(P(['M', CX - wt, hip - 6, 'L', CX + wt, hip - 6, 'L', CX + wt - 8, bottom, 'L', CX + gap, bottom, 'L', CX, hip + 70, 'L', CX - gap, bottom, 'L', CX - wt + 8, bottom, 'Z']), { fill: color }),
    path(P(['M', CX + wt * 0.3, hip + 40, 'L', CX + wt - 8, bottom, 'L', CX + gap + 6, bottom, 'Z']), { fill: shade, opacity: 0.45 }),
    path(P(['M', CX, hip + 10, 'L', CX, hip + 70]), { stroke: shade, strokeWidth: 3, strokeLinecap: 'round' }),
  ];
}

function shoes(color, spread = 46, kind = 'flat') {
  const out = [ellipse(CX, FOOT_Y - 2, 130, 12, soft(0.14))];
  for (const s of [-1, 1]) {
    const x = CX + s * spread;
    if (kind === 'heel') {
      out.push(g({ transform: `translate(${x} 0) scale(${s} 1)` },
        path(P(['M', -15, 858, 'L', 15, 858, 'Q', 22, 870, 34, 876, 'Q', 40, 880, 38, FOOT_Y - 2, 'L', 4, FOOT_Y - 2, 'Q', -2, 880, -8, 880, 'L', -10, FOOT_Y - 2, 'L', -16, FOOT_Y - 2, 'Z']), { fill: color }),
      ));
    } else if (kind === 'sneaker') {
      out.push(path(P(['M', x - s * 26, FOOT_Y, 'L', x - s * 26, 868, 'Q', x, 858, x + s * 18, 866, 'Q', x + s * 40, 872, x + s * 40, FOOT_Y, 'Z']), { fill: color }));
      out.push(rect(Math.min(x - s * 26, x + s * 40), FOOT_Y - 8, 66, 8, { rx: 3, fill: C.greyLight }));
    } else {
      out.push(path(P(['M', x - s * 24, FOOT_Y, 'L', x - s * 24, 868, 'Q', x, 860, x + s * 16, 866, 'Q', x + s * 38, 872, x + s * 38, FOOT_Y, 'Z']), { fill: color }));
    }
  }
  return out;
}

function sideShadow(sh, wt, top = SHOULDER_Y, hip = HIP_Y) {
  return path(P(['M', CX + sh - 26, top + 4, 'Q', CX + sh, top + 4, CX + sh + 2, top + 38, 'L', CX + wt, hip, 'L', CX + wt - 40, hip, 'Q', CX + sh - 40, top + 160, CX + sh - 26, top + 4, 'Z']), soft(0.12));
}

function badge(x, y, strap = C.blue) {
  return [
    path(P(['M', x - 26, SHOULDER_Y - 2, 'L', x, y - 4, 'L', x + 26, SHOULDER_Y - 2]), { fill: 'none', stroke: strap, strokeWidth: 4, strokeLinejoin: 'round' }),
    rect(x - 15, y - 6, 30, 40, { rx: 4, fill: C.white }),
    rect(x - 15, y - 6, 30, 11, { rx: 4, fill: C.blue }),
    rect(x - 9, y + 12, 18, 3, { rx: 1.5, fill: C.greyLight }),
    rect(x - 9, y + 19, 12, 3, { rx: 1.5, fill: C.greyLight }),
  ];
}

// ---------------------------------------------------------------------------------------------
// The cast

const CAST = {};

// ALICE — 30ish, auburn bob, mustard cardigan over a blue blouse, company badge.
CAST.alice = (() => {
  const skin = '#f3c6a5';
  const hair = '#a4472a';
  const hairDark = '#83351f';
  const dy = 8;
  return {
    dy,
    skin,
    lashes: true,
    browColor: '#7d3520',
    mouthColor: '#b04a45',
    faceW: 58,
    hairBack: () => [
      path(P(['M', CX, 48, 'C', CX + 78, 46, CX + 92, 110, CX + 88, 170, 'C', CX + 86, 212, CX + 90, 232, CX + 72, 240, 'Q', CX + 40, 236, CX + 30, 206, 'L', CX - 30, 206, 'Q', CX - 40, 236, CX - 72, 240, 'C', CX - 90, 232, CX - 86, 212, CX - 88, 170, 'C', CX - 92, 110, CX - 78, 46, CX, 48, 'Z']), { fill: hairDark }),
    ],
    hairFront: () => [
      // side-swept fringe and the two sides of the bob framing the face
      path(P(['M', CX - 66, 168, 'C', CX - 72, 110, CX - 48, 60, CX + 4, 58, 'C', CX + 60, 58, CX + 80, 100, CX + 74, 150, 'C', CX + 60, 112, CX + 30, 94, CX - 6, 98, 'C', CX - 30, 100, CX - 50, 118, CX - 54, 170, 'Z']), { fill: hair }),
      path(P(['M', CX - 54, 150, 'C', CX - 58, 190, CX - 56, 222, CX - 40, 236, 'Q', CX - 64, 252, CX - 88, 236, 'C', CX - 94, 200, CX - 86, 140, CX - 66, 120, 'Z']), { fill: hair }),
      path(P(['M', CX + 60, 130, 'C', CX + 60, 180, CX + 60, 222, CX + 44, 236, 'Q', CX + 68, 252, CX + 88, 236, 'C', CX + 94, 200, CX + 88, 140, CX + 74, 110, 'Z']), { fill: hair }),
      path(P(['M', CX - 74, 150, 'Q', CX - 80, 200, CX - 70, 232]), { fill: 'none', stroke: hairDark, strokeWidth: 3, strokeLinecap: 'round', opacity: 0.6 }),
      path(P(['M', CX + 76, 150, 'Q', CX + 82, 200, CX + 72, 232]), { fill: 'none', stroke: hairDark, strokeWidth: 3, strokeLinecap: 'round', opacity: 0.6 }),
      path(P(['M', CX - 20, 68, 'C', CX + 20, 62, CX + 50, 74, CX + 62, 100]), { fill: 'none', stroke: lighten(hair, 0.25), strokeWidth: 5, strokeLinecap: 'round', opacity: 0.7 }),
      // small stud earrings peeking through
      circle(CX - 60, 176, 3.5, { fill: C.mustard }),
    ],
    body: () => {
      const sh = 96;
      const wt = 76;
      const top = SHOULDER_Y + dy;
      const cardigan = C.mustard;
      const cardDark = C.mustardDark;
      const blouse = C.blue;
      return [
        trousers(wt - 2, '#26324d'),
        shoes('#6b4a36', 44, 'flat'),
        neck(skin, dy, 16),
        path(torsoPath(sh, wt, top), { fill: cardigan }),
        // the blouse between the open cardigan fronts
        path(P(['M', CX - 42, top - 2, 'L', CX + 42, top - 2, 'L', CX + 30, HIP_Y, 'L', CX - 30, HIP_Y, 'Z']), { fill: blouse }),
        path(P(['M', CX - 18, top - 4, 'L', CX, top + 26, 'L', CX + 18, top - 4, 'Z']), { fill: skin }),
        // blouse collar
        path(P(['M', CX - 22, top - 6, 'L', CX - 2, top + 26, 'L', CX - 30, top + 18, 'Z']), { fill: lighten(blouse, 0.25) }),
        path(P(['M', CX + 22, top - 6, 'L', CX + 2, top + 26, 'L', CX + 30, top + 18, 'Z']), { fill: lighten(blouse, 0.25) }),
        // cardigan ribbed edges and buttons
        path(P(['M', CX - 44, top, 'L', CX - 32, HIP_Y]), { stroke: cardDark, strokeWidth: 7, strokeLinecap: 'round' }),
        path(P(['M', CX + 44, top, 'L', CX + 32, HIP_Y]), { stroke: cardDark, strokeWidth: 7, strokeLinecap: 'round' }),
        [360, 420, 480].map((y) => circle(CX - 38 + (y - 360) * 0.02, y, 4.5, { fill: lighten(cardigan, 0.5) })),
        rect(CX - wt - 2, HIP_Y - 14, wt * 2 + 4, 16, { rx: 6, fill: cardDark }),
        rect(CX - 30, HIP_Y - 14, 60, 16, { fill: darken(blouse, 0.1) }),
        sideShadow(sh, wt, top),
        badge(CX + 14, 420),
        // arms: relaxed, the left one slightly bent
        limb([[CX - sh + 14, top + 34], [CX - sh - 10, top + 170], [CX - sh + 8, top + 280]], 40, cardigan),
        limb([[CX + sh - 14, top + 34], [CX + sh + 8, top + 170], [CX + sh - 2, top + 282]], 40, cardigan),
        rect(CX - sh - 10, top + 262, 36, 16, { rx: 7, fill: cardDark, transform: `rotate(12 ${CX - sh + 8} ${top + 270})` }),
        rect(CX + sh - 22, top + 264, 36, 16, { rx: 7, fill: cardDark, transform: `rotate(-4 ${CX + sh - 4} ${top + 272})` }),
        hand(CX - sh + 12, top + 300, skin, 16, 10),
        hand(CX + sh - 2, top + 302, skin, 16, -6),
      ];
    },
  };
})();

// CÉCILE — 50s, silver short hair, dark navy suit, glasses, hands clasped.
CAST.cecile = (() => {
  const skin = '#efc6ab';
  const hair = '#cfd3da';
  const hairDark = '#a9afb9';
  const suit = '#1b2a4a';
  const dy = 2;
  return {
    dy,
    skin,
    lashes: true,
    browColor: '#7e848f',
    mouthColor: '#a2444a',
    faceW: 59,
    hairBack: () => path(P(['M', CX - 72, 170, 'C', CX - 82, 90, CX - 40, 46, CX + 8, 48, 'C', CX + 64, 50, CX + 84, 96, CX + 74, 172, 'Z']), { fill: hairDark }),
    hairFront: () => [
      // short layered cut swept to the side
      path(P(['M', CX - 66, 160, 'C', CX - 74, 98, CX - 40, 56, CX + 10, 56, 'C', CX + 58, 56, CX + 78, 92, CX + 70, 146, 'C', CX + 62, 108, CX + 44, 90, CX + 18, 88, 'C', CX - 10, 112, CX - 40, 104, CX - 52, 116, 'C', CX - 56, 130, CX - 58, 150, CX - 56, 166, 'Z']), { fill: hair }),
      path(P(['M', CX - 30, 70, 'C', CX + 10, 60, CX + 44, 70, CX + 58, 92]), { fill: 'none', stroke: C.white, strokeWidth: 5, strokeLinecap: 'round', opacity: 0.8 }),
      path(P(['M', CX - 58, 110, 'C', CX - 40, 84, CX - 10, 80, CX + 14, 90]), { fill: 'none', stroke: hairDark, strokeWidth: 3, strokeLinecap: 'round' }),
    ],
    accessories: () => [
      // rectangular glasses with navy frames
      rect(CX - EYE_DX - 20, EYE_Y - 15, 40, 30, { rx: 9, fill: C.pale, opacity: 0.35, stroke: C.navy, strokeWidth: 4.5 }),
      rect(CX + EYE_DX - 20, EYE_Y - 15, 40, 30, { rx: 9, fill: C.pale, opacity: 0.35, stroke: C.navy, strokeWidth: 4.5 }),
      rect(CX - EYE_DX - 20, EYE_Y - 15, 40, 30, { rx: 9, fill: 'none', stroke: C.navy, strokeWidth: 4.5 }),
      rect(CX + EYE_DX - 20, EYE_Y - 15, 40, 30, { rx: 9, fill: 'none', stroke: C.navy, strokeWidth: 4.5 }),
      path(P(['M', CX - 6, EYE_Y - 4, 'Q', CX, EYE_Y - 8, CX + 6, EYE_Y - 4]), { fill: 'none', stroke: C.navy, strokeWidth: 4 }),
      path(P(['M', CX - 46, EYE_Y - 8, 'L', CX - 60, EYE_Y - 10]), { stroke: C.navy, strokeWidth: 4, strokeLinecap: 'round' }),
      path(P(['M', CX + 46, EYE_Y - 8, 'L', CX + 60, EYE_Y - 10]), { stroke: C.navy, strokeWidth: 4, strokeLinecap: 'round' }),
      circle(CX - 61, 178, 5, { fill: C.white, stroke: C.greyLight, strokeWidth: 1.5 }),
      circle(CX + 61, 178, 5, { fill: C.white, stroke: C.greyLight, strokeWidth: 1.5 }),
    ],
    body: () => {
      const sh = 98;
      const wt = 78;
      const top = SHOULDER_Y + dy;
      const lapel = darken(suit, 0.25);
      return [
        // legs in dark tights, pencil skirt, heels
        path(P(['M', CX - 50, 700, 'L', CX - 14, 700, 'L', CX - 18, 866, 'L', CX - 44, 866, 'Z']), { fill: mix(skin, '#3a3f4c', 0.45) }),
        path(P(['M', CX + 14, 700, 'L', CX + 50, 700, 'L', CX + 44, 866, 'L', CX + 18, 866, 'Z']), { fill: mix(skin, '#3a3f4c', 0.55) }),
        shoes(C.navy, 32, 'heel'),
        path(P(['M', CX - wt - 2, HIP_Y - 10, 'L', CX + wt + 2, HIP_Y - 10, 'L', CX + wt - 10, 728, 'Q', CX, 734, CX - wt + 10, 728, 'Z']), { fill: darken(suit, 0.08) }),
        path(P(['M', CX + 20, HIP_Y, 'L', CX + wt - 10, 728, 'Q', CX + 40, 732, CX + 20, 730, 'Z']), soft(0.18)),
        path(P(['M', CX - 2, 680, 'L', CX - 2, 731]), { stroke: lapel, strokeWidth: 3 }),
        ellipse(CX, HIP_Y + 14, wt + 4, 10, soft(0.25)),
        neck(skin, dy, 16),
        path(torsoPath(sh, wt, top, HIP_Y + 10), { fill: suit }),
        // cream top in the V and a small pendant
        path(P(['M', CX - 34, top - 2, 'L', CX + 34, top - 2, 'L', CX, top + 140, 'Z']), { fill: '#f3ede2' }),
        path(P(['M', CX - 18, top - 4, 'Q', CX, top + 22, CX + 18, top - 4, 'Z']), { fill: skin }),
        path(P(['M', CX - 17, top + 2, 'Q', CX, top + 40, CX + 17, top + 2]), { fill: 'none', stroke: C.greyLight, strokeWidth: 2 }),
        circle(CX, top + 40, 5, { fill: C.white, stroke: C.greyLight, strokeWidth: 1.5 }),
        // lapels
        path(P(['M', CX - 36, top - 4, 'L', CX - 2, top + 142, 'L', CX - 22, top + 92, 'L', CX - 54, top + 62, 'L', CX - 42, top + 40, 'Z']), { fill: lapel }),
        path(P(['M', CX + 36, top - 4, 'L', CX + 2, top + 142, 'L', CX + 22, top + 92, 'L', CX + 54, top + 62, 'L', CX + 42, top + 40, 'Z']), { fill: lapel }),
        circle(CX, top + 168, 5, { fill: darken(suit, 0.4) }),
        sideShadow(sh, wt, top, HIP_Y + 10),
        // arms: hands clasped at the waist
        limb([[CX - sh + 14, top + 36], [CX - sh - 4, top + 190], [CX - 18, top + 262]], 40, suit, darken(suit, 0.45)),
        limb([[CX + sh - 14, top + 36], [CX + sh + 4, top + 190], [CX + 18, top + 262]], 40, suit, darken(suit, 0.45)),
        rect(CX - 48, top + 246, 20, 30, { rx: 6, fill: '#f3ede2', transform: `rotate(-60 ${CX - 38} ${top + 261})` }),
        rect(CX + 28, top + 246, 20, 30, { rx: 6, fill: '#f3ede2', transform: `rotate(60 ${CX + 38} ${top + 261})` }),
        ellipse(CX - 10, top + 268, 18, 15, { fill: skin }),
        ellipse(CX + 10, top + 266, 18, 15, { fill: darken(skin, 0.05) }),
        path(P(['M', CX - 4, top + 258, 'L', CX + 16, top + 276]), { stroke: darken(skin, 0.2), strokeWidth: 2.5, strokeLinecap: 'round' }),
      ];
    },
  };
})();

// AURÉLIE — late 20s, curly dark hair, coral top, big hoop earrings, phone in hand.
CAST.aurelie = (() => {
  const skin = '#b57a55';
  const hair = '#2b1d1a';
  const hairHi = '#4a3129';
  const top_ = C.coral;
  const dy = 14;
  // curls: deterministic ring of circles
  const curls = (rx, ry, cy, r, count, fill) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      const a = Math.PI * (0.95 + (1.1 * i) / (count - 1));
      out.push(circle(CX + Math.cos(a) * rx, cy + Math.sin(a) * ry, r + (i % 3) * 3, { fill }));
    }
    return out;
  };
  return {
    dy,
    skin,
    lashes: true,
    browColor: '#241613',
    mouthColor: '#7a2f33',
    blush: '#e0604a',
    blushOpacity: 0.25,
    faceW: 57,
    hairBack: () => [
      ellipse(CX, 128, 98, 88, { fill: hair }),
      curls(96, 90, 136, 26, 12, hair),
      [[-88, 210], [88, 210], [-70, 236], [70, 236], [-100, 170], [100, 170]].map(([x, y]) => circle(CX + x, y, 24, { fill: hair })),
    ],
    hairFront: () => [
      // crown of curls along the hairline
      [[-50, 96, 22], [-24, 80, 24], [4, 76, 24], [32, 80, 23], [56, 98, 21], [-64, 122, 16], [68, 124, 16]].map(([x, y, r]) => circle(CX + x, y, r, { fill: hair })),
      [[-30, 74], [6, 68], [40, 78], [-60, 100]].map(([x, y]) => path(P(['M', CX + x - 8, y, 'Q', CX + x, y - 8, CX + x + 8, y]), { fill: 'none', stroke: hairHi, strokeWidth: 3.5, strokeLinecap: 'round' })),
    ],
    accessories: () => [
      circle(CX - 60, 196, 17, { fill: 'none', stroke: C.mustard, strokeWidth: 5 }),
      circle(CX + 60, 196, 17, { fill: 'none', stroke: C.mustard, strokeWidth: 5 }),
    ],
    body: () => {
      const sh = 92;
      const wt = 72;
      const top = SHOULDER_Y + dy;
      return [
        trousers(wt, '#2f3e5c'),
        rect(CX - 68, 836, 56, 14, { rx: 5, fill: lighten('#2f3e5c', 0.15) }),
        rect(CX + 12, 836, 56, 14, { rx: 5, fill: lighten('#2f3e5c', 0.15) }),
        shoes(C.white, 42, 'sneaker'),
        neck(skin, dy, 15),
        path(torsoPath(sh, wt, top, HIP_Y - 6), { fill: top_ }),
        // scoop neckline and a little gathered detail
        path(P(['M', CX - 34, top - 2, 'Q', CX, top + 52, CX + 34, top - 2, 'Z']), { fill: skin }),
        path(P(['M', CX - 36, top, 'Q', CX, top + 56, CX + 36, top]), { fill: 'none', stroke: C.coralDark, strokeWidth: 4 }),
        path(P(['M', CX - 60, HIP_Y - 40, 'Q', CX, HIP_Y - 30, CX + 60, HIP_Y - 40]), { fill: 'none', stroke: C.coralDark, strokeWidth: 3, opacity: 0.6 }),
        rect(CX - wt, HIP_Y - 12, wt * 2, 14, { rx: 5, fill: '#25304a' }),
        sideShadow(sh, wt, top, HIP_Y - 6),
        // left arm down; right arm bent, holding the phone at chest height
        limb([[CX - sh + 14, top + 34], [CX - sh - 8, top + 170], [CX - sh + 6, top + 270]], 36, top_, C.coralDark),
        hand(CX - sh + 10, top + 290, skin, 15, 8),
        rect(CX - sh - 8, top + 250, 34, 10, { rx: 4, fill: C.mustard, transform: `rotate(10 ${CX - sh + 8} ${top + 255})` }),
        limb([[CX + sh - 14, top + 34], [CX + sh + 10, top + 180], [CX + 52, top + 120]], 36, top_, C.coralDark),
        g({ transform: `rotate(-12 ${CX + 46} ${top + 106})` },
          rect(CX + 26, top + 62, 40, 74, { rx: 8, fill: C.ink }),
          rect(CX + 30, top + 68, 32, 58, { rx: 4, fill: C.sky }),
          rect(CX + 34, top + 76, 20, 8, { rx: 3, fill: C.white }),
          rect(CX + 38, top + 90, 20, 8, { rx: 3, fill: C.mustardPale }),
        ),
        hand(CX + 50, top + 118, skin, 16, -30),
      ];
    },
  };
})();

// PHILIPPE — 40s R&D engineer, beard, round glasses, checked shirt, a bit dishevelled.
CAST.philippe = (() => {
  const skin = '#e8b690';
  const hair = '#5b4330';
  const hairHi = '#7a5b42';
  const dy = -4;
  const shirtId = 'philippe-check';
  return {
    dy,
    skin,
    browColor: '#4a3526',
    mouthColor: '#6e2e2a',
    browWidth: 8,
    faceW: 62,
    jaw: 'square',
    hairBack: () => path(P(['M', CX - 70, 150, 'C', CX - 80, 70, CX - 30, 42, CX + 10, 44, 'C', CX + 60, 46, CX + 82, 80, CX + 72, 150, 'Z']), { fill: hair }),
    hairFront: () => [
      // messy tufts
      path(P(['M', CX - 66, 128, 'C', CX - 70, 80, CX - 40, 52, CX - 6, 52, 'L', CX - 10, 40, 'L', CX + 14, 52, 'L', CX + 22, 38, 'L', CX + 34, 56, 'C', CX + 62, 62, CX + 76, 88, CX + 68, 130, 'C', CX + 60, 100, CX + 40, 90, CX + 30, 92, 'L', CX + 22, 80, 'L', CX + 10, 94, 'C', CX - 20, 88, CX - 50, 96, CX - 56, 130, 'Z']), { fill: hair }),
      path(P(['M', CX - 40, 66, 'C', CX - 20, 58, CX, 58, CX + 14, 62]), { fill: 'none', stroke: hairHi, strokeWidth: 4, strokeLinecap: 'round' }),
      // beard with a clearing for the mouth
      path(P(['M', CX - 62, 150, 'C', CX - 60, 196, CX - 40, 238, CX, 242, 'C', CX + 40, 238, CX + 60, 196, CX + 62, 150, 'L', CX + 56, 150, 'C', CX + 50, 176, CX + 34, 184, CX + 20, 184, 'Q', CX, 178, CX - 20, 184, 'C', CX - 34, 184, CX - 50, 176, CX - 56, 150, 'Z']), { fill: hair }),
      ellipse(CX, MOUTH_Y + 4, 24, 15, { fill: skin }),
      path(P(['M', CX - 22, 190, 'Q', CX, 182, CX + 22, 190]), { fill: 'none', stroke: hair, strokeWidth: 6, strokeLinecap: 'round' }),
    ],
    accessories: () => [
      circle(CX - EYE_DX, EYE_Y, 19, { fill: C.pale, opacity: 0.3 }),
      circle(CX + EYE_DX, EYE_Y, 19, { fill: C.pale, opacity: 0.3 }),
      circle(CX - EYE_DX, EYE_Y, 19, { fill: 'none', stroke: '#2a2522', strokeWidth: 4 }),
      circle(CX + EYE_DX, EYE_Y, 19, { fill: 'none', stroke: '#2a2522', strokeWidth: 4 }),
      path(P(['M', CX - 7, EYE_Y - 3, 'Q', CX, EYE_Y - 8, CX + 7, EYE_Y - 3]), { fill: 'none', stroke: '#2a2522', strokeWidth: 4 }),
      path(P(['M', CX - 45, EYE_Y - 4, 'L', CX - 62, EYE_Y - 8]), { stroke: '#2a2522', strokeWidth: 4, strokeLinecap: 'round' }),
      path(P(['M', CX + 45, EYE_Y - 4, 'L', CX + 62, EYE_Y - 8]), { stroke: '#2a2522', strokeWidth: 4, strokeLinecap: 'round' }),
    ],
    defs: () =>
      el('pattern', { id: shirtId, x: 0, y: 0, width: 28, height: 28, patternUnits: 'userSpaceOnUse' },
        rect(0, 0, 28, 28, { fill: '#dce8f6' }),
        rect(0, 0, 12, 28, { fill: C.sky, opacity: 0.55 }),
        rect(0, 0, 28, 12, { fill: C.sky, opacity: 0.55 }),
        rect(0, 16, 28, 3, { fill: C.coral, opacity: 0.5 }),
      ),
    body: () => {
      const sh = 106;
      const wt = 86;
      const top = SHOULDER_Y + dy;
      const shirt = `url(#${shirtId})`;
      return [
        trousers(wt - 4, '#b59a70'),
        shoes('#5a3e2c', 46, 'flat'),
        neck(skin, dy, 19),
        path(torsoPath(sh, wt, top, HIP_Y + 8), { fill: shirt }),
        // untucked on one side
        path(P(['M', CX + 10, HIP_Y - 4, 'L', CX + wt, HIP_Y - 4, 'L', CX + wt + 4, HIP_Y + 26, 'Q', CX + 40, HIP_Y + 36, CX + 8, HIP_Y + 18, 'Z']), { fill: shirt }),
        rect(CX - wt + 4, HIP_Y - 4, wt - 2, 12, { rx: 4, fill: '#5a3e2c' }),
        // placket, buttons, collar (one point flipped up), pocket with pens
        path(P(['M', CX, top + 10, 'L', CX, HIP_Y]), { stroke: darken('#dce8f6', 0.2), strokeWidth: 3 }),
        [330, 390, 450, 510].map((y) => circle(CX + 6, y + dy, 3.5, { fill: C.white, stroke: C.greyLight, strokeWidth: 1 })),
        path(P(['M', CX - 26, top - 8, 'L', CX - 2, top + 22, 'L', CX - 44, top + 22, 'Z']), { fill: '#eef4fb', stroke: C.sky, strokeWidth: 2 }),
        path(P(['M', CX + 26, top - 8, 'L', CX + 4, top + 22, 'L', CX + 36, top - 20, 'Z']), { fill: '#eef4fb', stroke: C.sky, strokeWidth: 2 }),
        rect(CX - 76, top + 70, 40, 44, { rx: 4, fill: 'none', stroke: darken('#dce8f6', 0.3), strokeWidth: 2.5 }),
        rect(CX - 66, top + 52, 6, 34, { rx: 2, fill: C.blue }),
        rect(CX - 56, top + 58, 6, 28, { rx: 2, fill: C.coral }),
        sideShadow(sh, wt, top, HIP_Y + 8),
        badge(CX + 44, 446),
        // arms: one hand in a pocket, the other holding a rolled document
        limb([[CX - sh + 14, top + 36], [CX - sh - 12, top + 180], [CX - sh + 20, top + 270]], 42, shirt, darken('#dce8f6', 0.4)),
        limb([[CX + sh - 14, top + 36], [CX + sh + 10, top + 180], [CX + sh - 4, top + 286]], 42, shirt, darken('#dce8f6', 0.4)),
        rect(CX - sh - 4, top + 246, 42, 16, { rx: 6, fill: C.sky, transform: `rotate(20 ${CX - sh + 16} ${top + 254})` }),
        hand(CX - sh + 24, top + 290, skin, 17, 25),
        rect(CX + sh - 22, top + 262, 40, 16, { rx: 6, fill: C.sky }),
        hand(CX + sh - 2, top + 302, skin, 17, -6),
      ];
    },
  };
})();

// THE PRESIDENT — 60s, grey hair, charcoal suit, corporate-blue tie, imposing.
CAST.president = (() => {
  const skin = '#e6bb9a';
  const hair = '#a3a9b2';
  const hairDark = '#868d98';
  const suit = C.charcoal;
  const dy = -12;
  return {
    dy,
    skin,
    browColor: '#6d737d',
    mouthColor: '#7b3a34',
    browWidth: 9,
    faceW: 64,
    jaw: 'square',
    hairBack: () => path(P(['M', CX - 72, 160, 'C', CX - 82, 84, CX - 44, 52, CX, 52, 'C', CX + 46, 52, CX + 82, 84, CX + 72, 160, 'Z']), { fill: hairDark }),
    faceExtras: () => [
      path(P(['M', CX - 26, 184, 'Q', CX - 32, 196, CX - 28, 210]), { fill: 'none', stroke: darken(skin, 0.2), strokeWidth: 3, strokeLinecap: 'round' }),
      path(P(['M', CX + 26, 184, 'Q', CX + 32, 196, CX + 28, 210]), { fill: 'none', stroke: darken(skin, 0.2), strokeWidth: 3, strokeLinecap: 'round' }),
      path(P(['M', CX - 20, 100, 'Q', CX, 96, CX + 20, 100]), { fill: 'none', stroke: darken(skin, 0.14), strokeWidth: 3, strokeLinecap: 'round' }),
    ],
    hairFront: () => [
      // receding, neatly side-parted
      path(P(['M', CX - 68, 140, 'C', CX - 72, 82, CX - 40, 56, CX - 4, 56, 'C', CX + 44, 54, CX + 76, 82, CX + 70, 140, 'C', CX + 64, 108, CX + 50, 88, CX + 28, 84, 'C', CX + 4, 78, CX - 24, 80, CX - 40, 88, 'C', CX - 52, 98, CX - 58, 116, CX - 60, 140, 'Z']), { fill: hair }),
      path(P(['M', CX - 34, 64, 'C', CX - 36, 72, CX - 38, 80, CX - 40, 88]), { fill: 'none', stroke: hairDark, strokeWidth: 3, strokeLinecap: 'round' }),
      path(P(['M', CX - 20, 64, 'C', CX + 10, 58, CX + 40, 64, CX + 58, 82]), { fill: 'none', stroke: C.white, strokeWidth: 4, strokeLinecap: 'round', opacity: 0.5 }),
    ],
    body: () => {
      const sh = 128;
      const wt = 104;
      const top = SHOULDER_Y + dy;
      const lapel = darken(suit, 0.3);
      return [
        trousers(wt - 8, suit),
        shoes('#1d1f24', 50, 'flat'),
        neck(skin, dy, 22),
        path(torsoPath(sh, wt, top, HIP_Y + 14), { fill: suit }),
        path(P(['M', CX - 40, top - 4, 'L', CX + 40, top - 4, 'L', CX, top + 170, 'Z']), { fill: '#f5f6f8' }),
        // collar and tie
        path(P(['M', CX - 26, top - 10, 'L', CX - 2, top + 18, 'L', CX - 34, top + 24, 'Z']), { fill: C.white, stroke: C.greyLight, strokeWidth: 2 }),
        path(P(['M', CX + 26, top - 10, 'L', CX + 2, top + 18, 'L', CX + 34, top + 24, 'Z']), { fill: C.white, stroke: C.greyLight, strokeWidth: 2 }),
        path(P(['M', CX - 10, top + 8, 'L', CX + 10, top + 8, 'L', CX + 7, top + 26, 'L', CX - 7, top + 26, 'Z']), { fill: C.deep }),
        path(P(['M', CX - 7, top + 26, 'L', CX + 7, top + 26, 'L', CX + 15, top + 150, 'L', CX, top + 166, 'L', CX - 15, top + 150, 'Z']), { fill: C.deep }),
        [50, 80, 110, 140].map((o) => path(P(['M', CX - 10, top + o, 'L', CX + 10, top + o - 10]), { stroke: C.blue, strokeWidth: 3 })),
        // lapels
        path(P(['M', CX - 42, top - 6, 'L', CX - 2, top + 172, 'L', CX - 26, top + 110, 'L', CX - 64, top + 72, 'L', CX - 50, top + 48, 'Z']), { fill: lapel }),
        path(P(['M', CX + 42, top - 6, 'L', CX + 2, top + 172, 'L', CX + 26, top + 110, 'L', CX + 64, top + 72, 'L', CX + 50, top + 48, 'Z']), { fill: lapel }),
        path(P(['M', CX + 58, top + 112, 'L', CX + 88, top + 112, 'L', CX + 84, top + 100, 'L', CX + 76, top + 106, 'L', CX + 68, top + 98, 'Z']), { fill: C.pale }),
        path(P(['M', CX + 56, top + 112, 'L', CX + 92, top + 112]), { stroke: lapel, strokeWidth: 3 }),
        circle(CX, top + 200, 5.5, { fill: '#1d1f24' }),
        circle(CX, top + 244, 5.5, { fill: '#1d1f24' }),
        sideShadow(sh, wt, top, HIP_Y + 14),
        limb([[CX - sh + 16, top + 38], [CX - sh - 6, top + 200], [CX - 20, top + 282]], 46, suit, '#1d1f24'),
        limb([[CX + sh - 16, top + 38], [CX + sh + 6, top + 200], [CX + 20, top + 282]], 46, suit, '#1d1f24'),
        rect(CX - 54, top + 266, 22, 30, { rx: 6, fill: C.white, transform: `rotate(-62 ${CX - 43} ${top + 281})` }),
        rect(CX + 32, top + 266, 22, 30, { rx: 6, fill: C.white, transform: `rotate(62 ${CX + 43} ${top + 281})` }),
        ellipse(CX - 10, top + 290, 21, 17, { fill: skin }),
        ellipse(CX + 10, top + 288, 21, 17, { fill: darken(skin, 0.05) }),
        path(P(['M', CX - 6, top + 278, 'L', CX + 16, top + 298]), { stroke: darken(skin, 0.2), strokeWidth: 2.5, strokeLinecap: 'round' }),
        circle(CX + 22, top + 284, 4, { fill: C.mustard }),
      ];
    },
  };
})();

// MARC — 40s sales manager, sleeves rolled, loosened tie, hand on hip.
CAST.marc = (() => {
  const skin = '#d29a6c';
  const hair = '#3b2a20';
  const shirt = '#bcd3ee';
  const dy = -6;
  return {
    dy,
    skin,
    browColor: '#2e2018',
    mouthColor: '#6c2c26',
    browWidth: 8.5,
    faceW: 62,
    jaw: 'square',
    hairBack: () => path(P(['M', CX - 68, 140, 'C', CX - 74, 70, CX - 30, 48, CX + 6, 48, 'C', CX + 50, 48, CX + 78, 74, CX + 68, 140, 'Z']), { fill: hair }),
    faceExtras: () => path(P(['M', CX - 60, 160, 'C', CX - 56, 206, CX - 30, 226, CX, 228, 'C', CX + 30, 226, CX + 56, 206, CX + 60, 160, 'C', CX + 40, 200, CX - 40, 200, CX - 60, 160, 'Z']), { fill: hair, opacity: 0.18 }),
    hairFront: () => [
      // short, textured crop with a quiff
      path(P(['M', CX - 66, 128, 'C', CX - 70, 76, CX - 40, 52, CX, 52, 'C', CX + 20, 40, CX + 56, 46, CX + 70, 80, 'C', CX + 74, 100, CX + 70, 120, CX + 66, 130, 'C', CX + 60, 104, CX + 44, 90, CX + 20, 90, 'C', CX - 10, 88, CX - 44, 94, CX - 56, 128, 'Z']), { fill: hair }),
      path(P(['M', CX - 10, 60, 'C', CX + 14, 50, CX + 40, 54, CX + 56, 70]), { fill: 'none', stroke: lighten(hair, 0.3), strokeWidth: 4, strokeLinecap: 'round' }),
    ],
    body: () => {
      const sh = 112;
      const wt = 90;
      const top = SHOULDER_Y + dy;
      const tie = C.coralDark;
      return [
        trousers(wt - 6, '#263652'),
        shoes('#2a1f1a', 48, 'flat'),
        neck(skin, dy, 20),
        path(torsoPath(sh, wt, top, HIP_Y + 4), { fill: shirt }),
        // open collar and a loosened tie
        path(P(['M', CX - 16, top - 4, 'L', CX, top + 38, 'L', CX + 16, top - 4, 'Z']), { fill: skin }),
        path(P(['M', CX - 28, top - 10, 'L', CX - 4, top + 30, 'L', CX - 44, top + 20, 'Z']), { fill: lighten(shirt, 0.3), stroke: darken(shirt, 0.15), strokeWidth: 2 }),
        path(P(['M', CX + 28, top - 10, 'L', CX + 4, top + 30, 'L', CX + 44, top + 20, 'Z']), { fill: lighten(shirt, 0.3), stroke: darken(shirt, 0.15), strokeWidth: 2 }),
        path(P(['M', CX - 9, top + 34, 'L', CX + 11, top + 34, 'L', CX + 9, top + 52, 'L', CX - 5, top + 52, 'Z']), { fill: tie }),
        path(P(['M', CX - 5, top + 52, 'L', CX + 9, top + 52, 'L', CX + 20, top + 176, 'L', CX + 8, top + 192, 'L', CX - 6, top + 178, 'Z']), { fill: tie }),
        path(P(['M', CX - 4, top + 70, 'L', CX + 12, top + 70]), { stroke: C.coral, strokeWidth: 4 }),
        path(P(['M', CX + 4, top + 60, 'L', CX + 4, HIP_Y]), { stroke: darken(shirt, 0.15), strokeWidth: 3, opacity: 0.6 }),
        rect(CX - wt + 6, HIP_Y - 8, wt * 2 - 12, 14, { rx: 4, fill: '#2a1f1a' }),
        rect(CX - 12, HIP_Y - 10, 24, 18, { rx: 3, fill: 'none', stroke: C.greyLight, strokeWidth: 3 }),
        sideShadow(sh, wt, top, HIP_Y + 4),
        // left arm hangs; right hand on the hip; sleeves rolled to the elbow
        limb([[CX - sh - 8, top + 170], [CX - sh + 4, top + 280]], 34, skin, darken(skin, 0.2)),
        limb([[CX - sh + 14, top + 36], [CX - sh - 8, top + 160]], 44, shirt, darken(shirt, 0.3)),
        rect(CX - sh - 32, top + 146, 48, 22, { rx: 8, fill: lighten(shirt, 0.25), stroke: darken(shirt, 0.2), strokeWidth: 2 }),
        hand(CX - sh + 6, top + 298, skin, 17, 6),
        rect(CX - sh - 10, top + 250, 26, 12, { rx: 3, fill: C.ink }),
        limb([[CX + sh + 38, top + 176], [CX + wt - 8, top + 258]], 34, skin, darken(skin, 0.2)),
        limb([[CX + sh - 14, top + 36], [CX + sh + 38, top + 170]], 44, shirt, darken(shirt, 0.3)),
        rect(CX + sh + 10, top + 158, 48, 22, { rx: 8, fill: lighten(shirt, 0.25), stroke: darken(shirt, 0.2), strokeWidth: 2, transform: `rotate(30 ${CX + sh + 34} ${top + 169})` }),
        hand(CX + wt - 4, top + 262, skin, 17, 40),
      ];
    },
  };
})();

// THE VENDOR — headset, slicked hair, pencil moustache, shiny suit, thumbs up, slick grin.
CAST.vendor = (() => {
  const skin = '#f0c39c';
  const hair = '#15151c';
  const suit = '#5b6b82';
  const dy = 0;
  const smirk = ({ y, line }) => line(P(['M', CX - 14, y + 1, 'Q', CX + 2, y + 5, CX + 15, y - 5]));
  return {
    dy,
    skin,
    browColor: '#15151c',
    mouthColor: '#6c2c26',
    browWidth: 7,
    faceW: 60,
    hairBack: () => path(P(['M', CX - 70, 150, 'C', CX - 78, 76, CX - 40, 50, CX + 4, 50, 'C', CX + 54, 50, CX + 80, 80, CX + 70, 150, 'Z']), { fill: hair }),
    faceExtras: () => path(P(['M', CX - 20, 188, 'Q', CX, 183, CX + 20, 188]), { fill: 'none', stroke: hair, strokeWidth: 4, strokeLinecap: 'round' }),
    hairFront: () => [
      // slicked back, glossy
      path(P(['M', CX - 66, 132, 'C', CX - 70, 78, CX - 36, 52, CX + 4, 52, 'C', CX + 52, 52, CX + 76, 84, CX + 68, 132, 'C', CX + 62, 106, CX + 40, 92, CX + 4, 92, 'C', CX - 30, 92, CX - 54, 104, CX - 60, 132, 'Z']), { fill: hair }),
      path(P(['M', CX - 40, 70, 'C', CX - 10, 58, CX + 30, 58, CX + 54, 74]), { fill: 'none', stroke: '#8c93a8', strokeWidth: 5, strokeLinecap: 'round', opacity: 0.8 }),
      path(P(['M', CX - 46, 84, 'C', CX - 14, 72, CX + 24, 72, CX + 58, 90]), { fill: 'none', stroke: '#8c93a8', strokeWidth: 3, strokeLinecap: 'round', opacity: 0.5 }),
    ],
    accessories: () => [
      // headset band, ear cup and microphone boom
      path(P(['M', CX - 70, 150, 'C', CX - 80, 40, CX + 80, 40, CX + 70, 150]), { fill: 'none', stroke: C.ink, strokeWidth: 9, strokeLinecap: 'round' }),
      rect(CX - 84, 128, 26, 46, { rx: 11, fill: C.ink }),
      rect(CX + 58, 128, 26, 46, { rx: 11, fill: C.ink }),
      rect(CX - 80, 136, 8, 28, { rx: 4, fill: '#4a5266' }),
      path(P(['M', CX - 70, 168, 'Q', CX - 64, 206, CX - 30, 210]), { fill: 'none', stroke: C.ink, strokeWidth: 5, strokeLinecap: 'round' }),
      ellipse(CX - 26, 209, 8, 6, { fill: '#4a5266' }),
    ],
    mouths: {
      neutral: smirk,
      happy: ({ y, dark }) => [
        path(P(['M', CX - 18, y - 2, 'Q', CX, y + 4, CX + 22, y - 8, 'Q', CX + 18, y + 14, CX + 2, y + 15, 'Q', CX - 14, y + 14, CX - 18, y - 2, 'Z']), { fill: dark }),
        path(P(['M', CX - 15, y, 'Q', CX, y + 5, CX + 19, y - 5, 'L', CX + 17, y + 1, 'Q', CX, y + 8, CX - 14, y + 4, 'Z']), { fill: C.white }),
      ],
    },
    body: () => {
      const sh = 108;
      const wt = 84;
      const top = SHOULDER_Y + dy;
      const lapel = darken(suit, 0.2);
      return [
        trousers(wt - 6, suit),
        shoes('#4a2c20', 46, 'flat'),
        neck(skin, dy, 18),
        path(torsoPath(sh, wt, top, HIP_Y + 8), { fill: suit }),
        // sheen on the shiny suit
        path(P(['M', CX - sh + 20, top + 40, 'Q', CX - sh + 30, top + 150, CX - wt + 20, HIP_Y - 20]), { fill: 'none', stroke: C.white, strokeWidth: 10, strokeLinecap: 'round', opacity: 0.18 }),
        path(P(['M', CX - 40, top - 4, 'L', CX + 40, top - 4, 'L', CX, top + 160, 'Z']), { fill: C.coralPale }),
        path(P(['M', CX - 30, top - 10, 'L', CX - 2, top + 20, 'L', CX - 46, top + 34, 'Z']), { fill: C.coralPale, stroke: C.coral, strokeWidth: 2 }),
        path(P(['M', CX + 30, top - 10, 'L', CX + 2, top + 20, 'L', CX + 46, top + 34, 'Z']), { fill: C.coralPale, stroke: C.coral, strokeWidth: 2 }),
        path(P(['M', CX - 11, top + 8, 'L', CX + 11, top + 8, 'L', CX + 8, top + 28, 'L', CX - 8, top + 28, 'Z']), { fill: C.mustard }),
        path(P(['M', CX - 8, top + 28, 'L', CX + 8, top + 28, 'L', CX + 22, top + 140, 'L', CX, top + 160, 'L', CX - 22, top + 140, 'Z']), { fill: C.mustard }),
        [[-4, 50], [6, 76], [-6, 102], [4, 128]].map(([x, y]) => circle(CX + x, top + y, 4.5, { fill: C.coral })),
        path(P(['M', CX - 46, top - 6, 'L', CX - 2, top + 162, 'L', CX - 30, top + 100, 'L', CX - 76, top + 80, 'L', CX - 54, top + 46, 'Z']), { fill: lapel }),
        path(P(['M', CX + 46, top - 6, 'L', CX + 2, top + 162, 'L', CX + 30, top + 100, 'L', CX + 76, top + 80, 'L', CX + 54, top + 46, 'Z']), { fill: lapel }),
        path(P(['M', CX + 56, top + 106, 'L', CX + 88, top + 106, 'L', CX + 84, top + 90, 'L', CX + 74, top + 100, 'L', CX + 64, top + 88, 'Z']), { fill: C.coral }),
        circle(CX, top + 192, 5.5, { fill: darken(suit, 0.4) }),
        sideShadow(sh, wt, top, HIP_Y + 8),
        limb([[CX - sh + 14, top + 36], [CX - sh - 10, top + 180], [CX - sh + 8, top + 280]], 42, suit, darken(suit, 0.4)),
        hand(CX - sh + 10, top + 300, skin, 17, 8),
        // thumbs up
        limb([[CX + sh - 14, top + 36], [CX + sh + 20, top + 190], [CX + sh - 20, top + 110]], 42, suit, darken(suit, 0.4)),
        rect(CX + sh - 42, top + 84, 30, 16, { rx: 6, fill: C.coralPale, transform: `rotate(-15 ${CX + sh - 27} ${top + 92})` }),
        rect(CX + sh - 38, top + 88, 14, 8, { rx: 2, fill: C.mustard, transform: `rotate(-15 ${CX + sh - 31} ${top + 92})` }),
        rect(CX + sh - 52, top + 46, 40, 36, { rx: 12, fill: skin }),
        rect(CX + sh - 44, top + 12, 15, 42, { rx: 7.5, fill: skin }),
        path(P(['M', CX + sh - 50, top + 58, 'L', CX + sh - 20, top + 58, 'M', CX + sh - 50, top + 68, 'L', CX + sh - 20, top + 68]), { stroke: darken(skin, 0.18), strokeWidth: 2.5, strokeLinecap: 'round' }),
      ];
    },
  };
})();

// ---------------------------------------------------------------------------------------------

export const CHARACTER_NAMES = Object.keys(CAST);
export const PART_NAMES = [
  'body',
  'head',
  'eyes_open',
  'eyes_closed',
  ...EXPRESSIONS.map((e) => `brows_${e}`),
  ...EXPRESSIONS.map((e) => `mouth_${e}`),
  'mouth_talk',
];

function faceLayer(spec, content) {
  return spec.dy ? g({ transform: `translate(0 ${spec.dy})` }, content) : content;
}

/** Returns { partName: svgString } for one character. */
export function buildCharacter(name) {
  const spec = CAST[name];
  if (!spec) throw new Error('unknown character ' + name);
  const doc = (body, defs) => svgDoc(CHAR_W, CHAR_H, body, defs);
  const parts = {
    body: doc(spec.body(), spec.defs ? spec.defs() : undefined),
    head: doc(faceLayer(spec, buildHead(spec))),
    eyes_open: doc(faceLayer(spec, eyesOpen(spec))),
    eyes_closed: doc(faceLayer(spec, eyesClosed(spec))),
  };
  for (const e of EXPRESSIONS) parts[`brows_${e}`] = doc(faceLayer(spec, brows(spec, e)));
  for (const e of EXPRESSIONS) parts[`mouth_${e}`] = doc(faceLayer(spec, mouth(spec, e)));
  parts.mouth_talk = doc(faceLayer(spec, mouth(spec, 'talk')));
  return parts;
}

/** Face anchor points (in canvas pixels) the engine may use, e.g. to keep text off the face. */
export function characterAnchors(name) {
  const spec = CAST[name];
  return {
    face: [CX, Math.round((FACE_TOP + FACE_BOTTOM) / 2 + spec.dy)],
    mouth: [CX, MOUTH_Y + spec.dy],
    neck: [CX, FACE_BOTTOM + spec.dy],
    headTop: [CX, 44 + spec.dy],
    feet: [CX, FOOT_Y],
  };
}
