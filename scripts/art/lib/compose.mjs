// Compose several standalone SVG documents into one (for previews and contact sheets).

/** Strip the outer <svg> element, returning { width, height, viewBox, inner }. */
export function unwrap(svg) {
  const m = svg.match(/^<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/);
  if (!m) throw new Error('not an svg document');
  const attr = (k) => (m[1].match(new RegExp(`\\b${k}="([^"]*)"`)) || [])[1];
  return { width: Number(attr('width')), height: Number(attr('height')), viewBox: attr('viewBox'), inner: m[2] };
}

/** Place an SVG document at (x, y) scaled to width w (keeps aspect). */
export function place(svg, x, y, w) {
  const u = unwrap(svg);
  const h = (w * u.height) / u.width;
  return `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${u.viewBox}">${u.inner}</svg>`;
}

/** Stack several same-size layer documents into one group placed at (x, y) with width w. */
export function stack(layers, x, y, w, flip = false) {
  const u0 = unwrap(layers[0]);
  const h = (w * u0.height) / u0.width;
  const inner = layers.map((l) => unwrap(l).inner).join('');
  const body = flip ? `<g transform="translate(${u0.width} 0) scale(-1 1)">${inner}</g>` : inner;
  return `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${u0.viewBox}">${body}</svg>`;
}

export function doc(width, height, body, bg) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    (bg ? `<rect width="${width}" height="${height}" fill="${bg}"/>` : '') +
    body +
    '</svg>\n'
  );
}
