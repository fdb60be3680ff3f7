// Tiny SVG authoring helpers. Pure functions returning strings; numbers are rounded so the
// output is small and byte-for-byte deterministic.

/** Round to at most one decimal, drop trailing ".0". */
export function n(v) {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

const ATTR_ORDER_FIRST = ['id', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points'];

// SVG attributes that really are camelCase (everything else is kebab-cased: strokeWidth -> stroke-width).
const KEEP_CAMEL = new Set(['viewBox', 'patternUnits', 'patternTransform', 'gradientUnits', 'gradientTransform', 'clipPathUnits', 'preserveAspectRatio', 'patternContentUnits']);

function attrs(a) {
  if (!a) return '';
  const keys = Object.keys(a).filter((k) => a[k] !== undefined && a[k] !== null && a[k] !== false);
  keys.sort((p, q) => {
    const ip = ATTR_ORDER_FIRST.indexOf(p);
    const iq = ATTR_ORDER_FIRST.indexOf(q);
    if (ip !== -1 || iq !== -1) return (ip === -1 ? 99 : ip) - (iq === -1 ? 99 : iq);
    return 0;
  });
  return keys
    .map((k) => {
      const v = a[k];
      const name = KEEP_CAMEL.has(k) ? k : k.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase());
      const val = typeof v === 'number' ? n(v) : String(v);
      return ` ${name}="${escapeAttr(val)}"`;
    })
    .join('');
}

function escapeAttr(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function el(tag, a, ...children) {
  const inner = children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false && c !== '');
  if (inner.length === 0) return `<${tag}${attrs(a)}/>`;
  return `<${tag}${attrs(a)}>${inner.join('')}</${tag}>`;
}

export const g = (a, ...c) => el('g', a, ...c);
export const rect = (x, y, width, height, a = {}) => el('rect', { x, y, width, height, ...a });
export const circle = (cx, cy, r, a = {}) => el('circle', { cx, cy, r, ...a });
export const ellipse = (cx, cy, rx, ry, a = {}) => el('ellipse', { cx, cy, rx, ry, ...a });
export const line = (x1, y1, x2, y2, a = {}) => el('line', { x1, y1, x2, y2, ...a });
export const path = (d, a = {}) => el('path', { d: typeof d === 'string' ? d : P(d), ...a });
export const poly = (pts, a = {}) => el('polygon', { points: pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' '), ...a });
export const polyline = (pts, a = {}) =>
  el('polyline', { points: pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' '), fill: 'none', ...a });

/** Path builder from an array like ['M', x, y, 'L', x, y, 'Z'] */
export function P(parts) {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else out += (out && !/[A-Za-z]$/.test(out) ? ' ' : '') + n(p);
  }
  return out;
}

/** Text label: only for big simple labels; always sans-serif. */
export function text(x, y, str, a = {}) {
  const { size = 40, weight = 700, anchor = 'middle', ...rest } = a;
  return el(
    'text',
    { x, y, fontFamily: 'sans-serif', fontSize: size, fontWeight: weight, textAnchor: anchor, ...rest },
    escapeText(str),
  );
}

export function linearGradient(id, x1, y1, x2, y2, stops) {
  return el(
    'linearGradient',
    { id, x1, y1, x2, y2 },
    stops.map(([offset, color, opacity]) =>
      el('stop', { offset, stopColor: color, stopOpacity: opacity === undefined ? undefined : opacity }),
    ),
  );
}

export function radialGradient(id, cx, cy, r, stops) {
  return el(
    'radialGradient',
    { id, cx, cy, r },
    stops.map(([offset, color, opacity]) =>
      el('stop', { offset, stopColor: color, stopOpacity: opacity === undefined ? undefined : opacity }),
    ),
  );
}

/** A complete standalone SVG document with explicit width/height/viewBox. */
export function svgDoc(width, height, body, defs = []) {
  const d = [defs].flat().filter(Boolean);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    (d.length ? `<defs>${d.join('')}</defs>` : '') +
    [body].flat(Infinity).filter(Boolean).join('') +
    '</svg>\n'
  );
}

/** Rounded rectangle as a path (handy inside clip paths and for partial rounding). */
export function rrect(x, y, w, h, r) {
  return rect(x, y, w, h, { rx: r });
}

// ---- colour helpers -------------------------------------------------------------------------

function hexToRgb(hex) {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}
function rgbToHex([r, g, b]) {
  return '#' + [r, g, b].map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('');
}
/** Mix two hex colours; t=0 -> a, t=1 -> b. */
export function mix(a, b, t) {
  const A = hexToRgb(a);
  const B = hexToRgb(b);
  return rgbToHex(A.map((v, i) => v + (B[i] - v) * t));
}
export const darken = (c, t) => mix(c, '#000000', t);
export const lighten = (c, t) => mix(c, '#ffffff', t);

// ---- deterministic randomness ---------------------------------------------------------------

export function prng(seed) {
  let a = seed >>> 0;
  return function rand() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
