// Facilitator tools, for a room: start straight at any decision of Alice's path, play her path as
// a demo (her choice marked at each decision), hold the numbers back until the room has guessed,
// and the workshop panel (paths side by side, assumptions). Buttons on the title screen and in the
// menu; everything is keyboard-driven (R reveals held numbers).
import { h } from '../dom';
import { ALICE_PATH, DECISIONS, type DecisionKey } from '../../sim/decisions';
import type { Lang } from '../../i18n/strings';
import type { ToolHooks } from '../actions';
import { Modal } from '../results/modal';
import { CLASS_LABEL } from '../class';

const STRINGS = {
  en: {
    workshop: 'Workshop: compare & assumptions',
    jump: 'Start at a decision…',
    jumpTitle: 'Start at a decision',
    jumpIntro: 'The story replays Alice’s choices up to the decision you pick, then stops there for the room. Her choice is marked on every decision.',
    demo: 'Demo: Alice’s path',
    markOn: 'Mark Alice’s choices: on',
    markOff: 'Mark Alice’s choices: off',
    holdOn: 'Hold the numbers until I reveal them: on',
    holdOff: 'Hold the numbers until I reveal them: off',
    aliceChoice: 'Alice’s choice',
    held: 'The numbers are in. Let the room guess first.',
    reveal: 'Reveal the numbers (R)',
    cancel: 'Cancel',
  },
  fr: {
    workshop: 'Atelier : comparer et hypothèses',
    jump: 'Commencer à une décision…',
    jumpTitle: 'Commencer à une décision',
    jumpIntro: 'L’histoire rejoue les choix d’Alice jusqu’à la décision choisie, puis s’y arrête pour la salle. Son choix est signalé à chaque décision.',
    demo: 'Démo : le parcours d’Alice',
    markOn: 'Signaler les choix d’Alice : oui',
    markOff: 'Signaler les choix d’Alice : non',
    holdOn: 'Retenir les chiffres jusqu’à ce que je les révèle : oui',
    holdOff: 'Retenir les chiffres jusqu’à ce que je les révèle : non',
    aliceChoice: 'le choix d’Alice',
    held: 'Les chiffres sont arrivés. Laissez d’abord la salle deviner.',
    reveal: 'Révéler les chiffres (R)',
    cancel: 'Annuler',
  },
} as const;

const ALICE_IDS: ReadonlySet<string> = new Set(Object.values(ALICE_PATH));

export interface FacilitatorActions {
  openWorkshop(): void;
  /** The Class panel (ui/class): many trainees' result codes compared. */
  openClass(): void;
  /** Starts a new game replaying Alice's choices up to decision `key` (null: from the start). */
  startAt(key: DecisionKey | null): void;
  /** The in-game menu's toggles changed: it re-renders. */
  changed(): void;
}

export class FacilitatorController implements ToolHooks {
  /** Demo mode: Alice's option is marked at each decision. */
  mark = false;
  /** Numbers are held back after each simulation until the facilitator reveals them. */
  hold = false;
  private holdNext = false;
  private releaser: (() => void) | null = null;
  private jumpModal: Modal | null = null;

  constructor(private readonly root: HTMLElement, private readonly lang: () => Lang, private readonly actions: FacilitatorActions) {}

  private get s() {
    return STRINGS[this.lang()];
  }

  buttons(where: 'title' | 'menu', before?: () => void): HTMLElement[] {
    const s = this.s;
    const btn = (label: string, cls: string, onclick: () => void, pressed?: boolean) =>
      h('button', { type: 'button', class: cls, 'aria-pressed': pressed === undefined ? undefined : String(pressed), onclick: () => { before?.(); onclick(); } }, label);
    const workshop = btn(s.workshop, 'fac-workshop', () => this.actions.openWorkshop());
    const classes = btn(CLASS_LABEL[this.lang()], 'fac-class', () => this.actions.openClass());
    if (where === 'title') {
      return [
        btn(s.demo, 'fac-demo', () => this.demo()),
        btn(s.jump, 'fac-jump', () => void this.openJump()),
        workshop,
        classes,
      ];
    }
    // Toggles stay in the menu (no `before`): the menu re-renders with their new state.
    const toggle = (on: string, off: string, cls: string, value: boolean, set: (v: boolean) => void) =>
      h('button', { type: 'button', class: cls, 'aria-pressed': String(value), onclick: () => { set(!value); this.actions.changed(); } }, value ? on : off);
    return [
      workshop,
      classes,
      toggle(s.markOn, s.markOff, 'fac-mark', this.mark, (v) => (this.mark = v)),
      toggle(s.holdOn, s.holdOff, 'fac-hold', this.hold, (v) => (this.hold = v)),
    ];
  }

  choiceNote(id: string): string | null {
    return this.mark && ALICE_IDS.has(id) ? this.s.aliceChoice : null;
  }

  /** Demo: a new game with Alice's choices marked and the numbers held for the room. */
  demo(): void {
    this.mark = true;
    this.hold = true;
    this.actions.startAt(null);
  }

  async openJump(): Promise<void> {
    const s = this.s;
    // The decisions' names come with the results strings, loaded on first use (not at start-up).
    const names = (await import('../results/strings')).resultsStrings(this.lang()).decisions;
    const m = (this.jumpModal ??= new Modal(this.root, 'fac-jump-panel', 'fac-jump-title', () => m.close()));
    m.body.replaceChildren(
      h('h2', { id: 'fac-jump-title', tabindex: -1 }, s.jumpTitle),
      h('p', { class: 'rs-note' }, s.jumpIntro),
      h('ol', { class: 'fac-decisions' },
        ...DECISIONS.map((d) => h('li', {}, h('button', {
          type: 'button', 'data-decision': d.key,
          onclick: () => {
            m.close();
            this.mark = true;
            this.actions.startAt(d.key);
          },
        }, `${d.label} · ${names[d.key]}`)))),
      h('div', { class: 'rs-actions' }, h('button', { type: 'button', onclick: () => m.close() }, s.cancel)),
    );
    m.open();
    m.focusTitle();
  }

  /** The session is about to run a simulation live (not a replay): hold its numbers if asked to. */
  simStarting(): void {
    this.holdNext = this.hold;
  }

  /** The numbers arrived without a model run (already computed): nothing left to hold. */
  simDone(): void {
    this.holdNext = false;
  }

  /** Resolves when the numbers may be shown: at once, or when the facilitator reveals them. */
  gate(): Promise<void> {
    if (!this.holdNext) return Promise.resolve();
    this.holdNext = false;
    this.release();
    return new Promise((resolve) => {
      const s = this.s;
      const onKey = (e: KeyboardEvent) => {
        if ((e.key === 'r' || e.key === 'R') && !e.ctrlKey && !e.metaKey && !e.altKey) {
          e.preventDefault();
          e.stopPropagation();
          this.release();
        }
      };
      const button = h('button', { type: 'button', class: 'primary hold-reveal', onclick: () => this.release() }, s.reveal);
      const bar = h('div', { class: 'hold-bar', role: 'alertdialog', 'aria-label': s.held }, h('p', {}, s.held), button);
      this.root.append(bar);
      document.addEventListener('keydown', onKey, true);
      this.releaser = () => {
        document.removeEventListener('keydown', onKey, true);
        bar.remove();
        resolve();
      };
      button.focus({ preventScroll: true });
    });
  }

  /** Shows held numbers now (the reveal button, R, or a new game / the title screen: a held run must not block them). */
  release(): void {
    const r = this.releaser;
    this.releaser = null;
    r?.();
  }
}
