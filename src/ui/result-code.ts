// The ending screen's result code: the path code (seed and choices) as text, a button that copies
// the link that replays it, and a QR code of that link drawn by the `qrcode` library as an SVG built
// with DOM calls (no HTML parsing). Everything is computed here, so it works offline. A trainee
// shows it (or sends the link) to the facilitator, whose Class panel reads many of them.
import './result-code.css';
import { h } from './dom';
import type { Lang } from '../i18n/strings';

export const RESULT_CODE_STRINGS = {
  en: {
    title: 'Your result code',
    intro: 'Give this code or link to your facilitator, or let them scan the QR code: it replays your path exactly.',
    codeLabel: 'Result code:',
    copy: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: 'The browser refused to copy: select the code and copy it by hand.',
    qr: 'QR code of your result link',
    qrFailed: 'The QR code could not be drawn; the code and the link above still work.',
  },
  fr: {
    title: 'Votre code de résultat',
    intro: 'Donnez ce code ou ce lien à votre animateur, ou laissez-le scanner le QR code : il rejoue exactement votre parcours.',
    codeLabel: 'Code de résultat :',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'Le navigateur a refusé la copie : sélectionnez le code et copiez-le à la main.',
    qr: 'QR code du lien de votre résultat',
    qrFailed: 'Le QR code n’a pas pu être dessiné ; le code et le lien ci-dessus restent valables.',
  },
} as const;

export interface ResultCodeView {
  readonly lang: Lang;
  /** The path code (src/persist/path-code.ts). */
  readonly code: string;
  /** The link that replays it (`?path=CODE`). */
  readonly link: string;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Modules of white around the symbol (the standard asks for 4). */
export const QUIET_ZONE = 4;

/** The QR code of `text` as an SVG element: black modules on white, a quiet zone, one path. */
export async function qrSvg(text: string, label: string): Promise<SVGSVGElement> {
  const { create } = await import('qrcode');
  const qr = create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const size = n + 2 * QUIET_ZONE;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr');
  svg.dataset['modules'] = String(n);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#ffffff');
  let d = '';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) d += `M${c + QUIET_ZONE} ${r + QUIET_ZONE}h1v1h-1z`;
  }
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000000');
  svg.append(title, bg, path);
  return svg;
}

/** The block under the ending's title. `message` shows a short notice (the overlay's toast). */
export function resultCodeBlock(v: ResultCodeView, message: (text: string) => void): HTMLElement {
  const s = RESULT_CODE_STRINGS[v.lang];
  const qrBox = h('div', { class: 'qr-box', 'aria-busy': 'true' });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(v.link);
      message(`${s.copied} ${v.link}`);
    } catch {
      message(s.copyFailed);
    }
  };
  const block = h(
    'section',
    { class: 'result-code', 'aria-labelledby': 'result-code-title' },
    h('h3', { id: 'result-code-title' }, s.title),
    h('p', { class: 'result-code-intro' }, s.intro),
    h('p', {}, h('span', { class: 'result-code-label', id: 'result-code-label' }, s.codeLabel), ' ',
      h('output', { class: 'result-code-text', 'aria-labelledby': 'result-code-label', 'data-code': v.code }, v.code)),
    h('p', {}, h('a', { class: 'result-code-link', href: v.link }, v.link)),
    h('button', { type: 'button', class: 'result-code-copy', onclick: () => void copy() }, s.copy),
    qrBox,
  );
  qrSvg(v.link, s.qr).then(
    (svg) => {
      qrBox.append(svg);
      qrBox.removeAttribute('aria-busy');
    },
    () => {
      qrBox.append(h('p', { class: 'rs-note' }, s.qrFailed));
      qrBox.removeAttribute('aria-busy');
    },
  );
  return block;
}
