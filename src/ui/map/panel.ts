// The reader's map: the six decisions and their options (taken or not yet), the four endings
// (found or not, each with the game that found it, to replay), and how many of the 486 paths
// have been played to the end. No spoilers: an ending not yet found shows only its name.
import '../results/results.css';
import './map.css';
import { h, fill } from '../dom';
import { t } from '../../i18n';
import { DECISIONS, decisionsFromHistory, type Decisions } from '../../sim/decisions';
import { ENDINGS, type EndingId } from '../../narrative/registry';
import type { Lang } from '../../i18n/strings';
import type { Logbook, LoggedGame } from '../../persist/logbook';
import { resultsStrings } from '../results/strings';
import { Modal } from '../results/modal';

const STRINGS = {
  en: {
    title: 'Your logbook: the map of the story',
    intro: 'Every decision of the semester and the roads you have taken, the endings you have found, and the games that found them.',
    close: 'Close the logbook',
    decisionsTitle: 'Decisions',
    taken: 'taken',
    notTaken: 'not taken yet',
    optionsCount: '{n} of {total} options taken.',
    endingsTitle: 'Endings',
    notFound: 'Not found yet',
    foundOn: 'Found on {date}',
    replay: 'Replay this game',
    pathsCount: '{n} of {total} decision paths played to the end.',
    corrupted: 'Your logbook could not be read ({reason}). It is shown empty; what was stored is kept unchanged.',
    setAside: 'Part of your logbook could not be read ({reason}). That part has been set aside, unchanged (download it from the menu); the rest is shown here.',
    empty: 'Nothing yet: play a game and your roads will show here.',
  },
  fr: {
    title: 'Votre carnet de route : la carte de l’histoire',
    intro: 'Chaque décision du semestre et les chemins que vous avez pris, les fins trouvées, et les parties qui les ont trouvées.',
    close: 'Fermer le carnet',
    decisionsTitle: 'Décisions',
    taken: 'pris',
    notTaken: 'pas encore pris',
    optionsCount: '{n} options prises sur {total}.',
    endingsTitle: 'Fins',
    notFound: 'Pas encore trouvée',
    foundOn: 'Trouvée le {date}',
    replay: 'Rejouer cette partie',
    pathsCount: '{n} parcours de décisions joués jusqu’au bout sur {total}.',
    corrupted: 'Votre carnet n’a pas pu être lu ({reason}). Il s’affiche vide ; ce qui était enregistré est conservé tel quel.',
    setAside: 'Une partie de votre carnet était illisible ({reason}). Elle a été mise de côté sans être modifiée (vous pouvez la télécharger depuis le menu) ; le reste s’affiche ici.',
    empty: 'Rien encore : jouez une partie et vos chemins s’afficheront ici.',
  },
} as const;

export interface MapView {
  readonly lang: Lang;
  /** `setAside`: why part of the stored logbook was set aside (persist/quarantine), when it was. */
  readonly logbook: ({ readonly ok: true; readonly value: Logbook } | { readonly ok: false; readonly error: string }) & { readonly setAside?: string };
}

export class MapPanel {
  private modal: Modal | null = null;

  constructor(private readonly root: HTMLElement, private readonly view: () => MapView, private readonly replay: (game: LoggedGame) => void) {}

  get isOpen(): boolean {
    return this.modal?.isOpen ?? false;
  }

  open(): void {
    const m = (this.modal ??= new Modal(this.root, 'map-panel', 'map-title', () => this.close()));
    this.render();
    m.open();
    m.focusTitle();
  }

  close(): void {
    this.modal?.close();
  }

  refresh(): void {
    if (this.isOpen) this.render();
  }

  private render(): void {
    const m = this.modal!;
    const v = this.view();
    const s = STRINGS[v.lang];
    const r = resultsStrings(v.lang);
    const book: Logbook = v.logbook.ok ? v.logbook.value : { schema: 1, taken: [], games: [] };
    const taken = new Set(book.taken);
    const total = DECISIONS.reduce((n, d) => n + d.options.length, 0);
    const nTaken = DECISIONS.reduce((n, d) => n + d.options.filter((o) => taken.has(o)).length, 0);
    const paths = new Set(book.games.map((g) => pathKeyOf(decisionsFromHistory(g.history))).filter((k) => k !== ''));
    const allPaths = DECISIONS.reduce((n, d) => n * d.options.length, 1);
    const date = new Intl.DateTimeFormat(v.lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium' });
    const lastFor = (e: EndingId) => [...book.games].reverse().find((g) => g.ending === e) ?? null;

    const nodes: (HTMLElement | null)[] = [
      h('div', { class: 'rs-head' },
        h('h2', { id: 'map-title', tabindex: -1 }, s.title),
        h('button', { type: 'button', class: 'map-close', onclick: () => this.close() }, s.close)),
      h('p', { class: 'rs-note' }, s.intro),
      v.logbook.ok ? null : h('p', { class: 'rs-status map-error', role: 'status' }, fill(s.corrupted, { reason: v.logbook.error })),
      v.logbook.setAside ? h('p', { class: 'rs-status map-set-aside', role: 'status' }, fill(s.setAside, { reason: v.logbook.setAside })) : null,
      v.logbook.ok && book.taken.length === 0 && book.games.length === 0 ? h('p', { class: 'rs-note' }, s.empty) : null,
      h('section', { 'aria-labelledby': 'map-endings' },
        h('h3', { id: 'map-endings' }, s.endingsTitle),
        h('ul', { class: 'map-endings' }, ...ENDINGS.map((e) => {
          const g = lastFor(e);
          return h('li', { class: g ? 'map-ending found' : 'map-ending', 'data-ending': e },
            h('span', { class: 'map-ending-name' }, t(v.lang).ending[e]),
            h('span', { class: 'map-ending-state' }, g ? fill(s.foundOn, { date: safeDate(date, g.at) }) : s.notFound),
            g ? h('button', { type: 'button', class: 'map-replay', onclick: () => { this.close(); this.replay(g); } }, s.replay) : null);
        })),
        h('p', { class: 'rs-note map-paths' }, fill(s.pathsCount, { n: paths.size, total: allPaths }))),
      h('section', { 'aria-labelledby': 'map-decisions' },
        h('h3', { id: 'map-decisions' }, s.decisionsTitle),
        h('ol', { class: 'map-flow' }, ...DECISIONS.map((d) =>
          h('li', { class: 'map-decision', 'data-decision': d.key },
            h('span', { class: 'map-decision-name' }, `${d.label} · ${r.decisions[d.key]}`),
            h('ul', { class: 'map-options' }, ...d.options.map((o) => {
              const done = taken.has(o);
              return h('li', { class: done ? 'map-option taken' : 'map-option', 'data-option': o },
                h('span', { 'aria-hidden': 'true', class: 'map-mark' }, done ? '●' : '○'), ' ',
                r.options[o].label,
                h('span', { class: 'sr-only' }, ` (${done ? s.taken : s.notTaken})`));
            }))))),
        h('p', { class: 'rs-note map-options-count' }, fill(s.optionsCount, { n: nTaken, total }))),
    ];
    m.body.replaceChildren(...nodes.filter((x): x is HTMLElement => x !== null));
  }
}

function pathKeyOf(d: Partial<Decisions>): string {
  return DECISIONS.every((x) => d[x.key]) ? DECISIONS.map((x) => d[x.key]).join('.') : '';
}

function safeDate(f: Intl.DateTimeFormat, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}
