// The ending screen's result code: the path code (seed and choices) as text, a button that copies
// the link that replays it, and a QR code of that link: the `qrcode` library builds the symbol in a
// worker (qr.worker.ts; on the page, when the page is idle, where no worker starts) and the page
// draws it as an SVG built with DOM calls (no HTML parsing). Everything is computed in the browser,
// so it works offline. A trainee shows it (or sends the link) to the facilitator, whose Class panel
// reads many of them.
import './result-code.css';
import { h } from './dom';
import { idle } from './idle';
import type { Lang } from '../i18n/strings';
import type { FromQrWorker } from './qr.worker';

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

/** A QR symbol: `size` x `size` modules, row by row, 1 for a dark module. */
export interface QrModules {
  readonly size: number;
  readonly modules: Uint8Array;
}

let qrWorker: Worker | null | undefined;
let nextQr = 1;
const waitingQr = new Map<number, { resolve(m: QrModules): void; reject(e: Error): void }>();

/** The worker, started on first use; null where workers cannot start or once it has failed. */
function worker(): Worker | null {
  if (qrWorker !== undefined) return qrWorker;
  qrWorker = null;
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<FromQrWorker>) => {
      const p = waitingQr.get(e.data.id);
      if (!p) return;
      waitingQr.delete(e.data.id);
      if ('error' in e.data) p.reject(new Error(e.data.error));
      else p.resolve({ size: e.data.size, modules: e.data.modules });
    };
    // A worker that cannot start or dies: what it was asked is built on the page instead.
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      qrWorker = null;
      const pending = [...waitingQr.values()];
      waitingQr.clear();
      for (const p of pending) p.reject(new Error('QR worker failed'));
    };
    qrWorker = w;
  } catch {
    qrWorker = null;
  }
  return qrWorker;
}

/** On the page: when it is idle (the symbol is one 30-50 ms task on a slow machine, once). */
async function onPage(text: string): Promise<QrModules> {
  await idle(2000);
  const { create } = await import('qrcode');
  const qr = create(text, { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, modules: qr.modules.data };
}

/** The QR symbol of `text` (error correction M): built in the worker, else on the page. */
export function qrModules(text: string): Promise<QrModules> {
  const w = worker();
  if (!w) return onPage(text);
  const id = nextQr++;
  return new Promise<QrModules>((resolve, reject) => {
    waitingQr.set(id, { resolve, reject });
    w.postMessage({ id, text });
  }).catch(() => onPage(text));
}

/** The QR code of `text` as an SVG element: black modules on white, a quiet zone, one path. */
export async function qrSvg(text: string, label: string): Promise<SVGSVGElement> {
  const { size: n, modules } = await qrModules(text);
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
    for (let c = 0; c < n; c++) if (modules[r * n + c]) d += `M${c + QUIET_ZONE} ${r + QUIET_ZONE}h1v1h-1z`;
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
