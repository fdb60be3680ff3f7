// The results controller: listens to the session's events, offers the dashboard (a button in the
// dialogue box once a #sim report is in, opened by itself when the semester's numbers arrive) and
// the debrief (end screen and menu, once the semester is done), and loads both on first use.
// It starts the debrief's long computations in the worker early, so they are ready when asked for.
import './results.css';
import { h } from '../dom';
import { RESULTS_LABELS } from '../../i18n/results-labels';
import { DECISIONS, decisionsFromHistory, type Decisions } from '../../sim/decisions';
import { encodePath } from '../../persist/path-code';
import type { SessionEvent } from '../../narrative/session';
import type { Lang } from '../../i18n/strings';
import type { DebriefResult, Phase1Spread, ResultsPort, SimDetail, SimPhase, SimReport } from '../../service/protocol';
import type { Rendered } from './panel';
import { Modal } from './modal';
import { afterPaint, whenIdle } from '../idle';

/** The dashboard's code, loaded once: on idle time after the first numbers, or when it opens. */
let panelModule: Promise<typeof import('./panel')> | null = null;
const loadPanel = () => (panelModule ??= import('./panel').catch((e: unknown) => {
  panelModule = null; // a failed load is tried again at the next open
  throw e;
}));

export interface ResultsView {
  readonly lang: Lang;
  readonly seed: number;
  readonly history: readonly string[];
  /** The game's result code (path link v2, with the story version); without it, a v1 code of seed and history. */
  readonly pathCode?: string;
  readonly results: ReadonlyMap<SimPhase, SimReport<SimDetail>>;
}

/** What the overlay needs from the results: a button for its dialogue box, buttons for its end screen and menu. */
export interface ResultsHooks {
  readonly dialogueButton: HTMLElement;
  /** Fresh buttons for the end screen or the menu; `before` runs first (e.g. closing the menu). */
  buttons(where: 'end' | 'menu', before?: () => void): HTMLElement[];
  isOpen(): boolean;
  /** Language or contrast changed. */
  refresh(): void;
}

export class ResultsController implements ResultsHooks {
  readonly dialogueButton: HTMLButtonElement;
  private dash: Modal | null = null;
  private deb: Modal | null = null;
  private rendered: Rendered | null = null;
  private phase: SimPhase = 'phase1';
  private openOnNextLine = false;
  private warmed = -1;
  private cacheSeed = -1;
  private readonly debriefs = new Map<string, Promise<DebriefResult>>();
  private readonly spreads = new Map<string, Promise<Phase1Spread>>();

  constructor(private readonly root: HTMLElement, private readonly port: ResultsPort, private readonly view: () => ResultsView) {
    this.dialogueButton = h('button', { type: 'button', class: 'results-open', hidden: true, 'aria-haspopup': 'dialog', onclick: () => void this.openDashboard() });
    this.label();
  }

  handle(e: SessionEvent<SimDetail>): void {
    switch (e.type) {
      case 'reset':
        this.closeAll();
        this.openOnNextLine = false;
        this.dialogueButton.hidden = true;
        break;
      case 'sim':
        // Results of an earlier game (another seed) are no use any more.
        if (this.view().seed !== this.cacheSeed) {
          this.cacheSeed = this.view().seed;
          this.debriefs.clear();
          this.spreads.clear();
        }
        this.dialogueButton.hidden = false;
        this.label();
        this.prefetch(e.report.phase);
        // The semester's numbers open the dashboard by themselves, right after the line that fetched them.
        if (!e.replay && e.report.phase === 'semester') this.openOnNextLine = true;
        break;
      case 'line':
        if (this.openOnNextLine) {
          this.openOnNextLine = false;
          void this.openDashboard('semester');
        }
        break;
      default:
        break;
    }
  }

  buttons(where: 'end' | 'menu', before?: () => void): HTMLElement[] {
    const l = RESULTS_LABELS[this.view().lang];
    const out: HTMLElement[] = [];
    const dash = this.view().results.size > 0
      ? h('button', { type: 'button', class: 'results-dashboard', 'aria-haspopup': 'dialog', onclick: () => { before?.(); void this.openDashboard(); } }, l.dashboard)
      : null;
    const deb = this.canDebrief()
      ? h('button', { type: 'button', class: where === 'end' ? 'primary results-debrief' : 'results-debrief', 'aria-haspopup': 'dialog', onclick: () => { before?.(); void this.openDebrief(); } }, where === 'end' ? l.seeDebrief : l.debrief)
      : null;
    if (where === 'end') out.push(...[deb, dash].filter((x): x is HTMLButtonElement => x !== null));
    else out.push(...[dash, deb].filter((x): x is HTMLButtonElement => x !== null));
    return out;
  }

  isOpen(): boolean {
    return Boolean(this.dash?.isOpen || this.deb?.isOpen);
  }

  refresh(): void {
    this.label();
    if (this.dash?.isOpen) void this.renderDashboard();
    if (this.deb?.isOpen) void this.renderDebrief();
  }

  async openDashboard(phase?: SimPhase): Promise<void> {
    const v = this.view();
    if (!v.results.size) return;
    this.phase = phase && v.results.has(phase) ? phase : v.results.has('semester') ? 'semester' : 'phase1';
    if (this.deb?.isOpen) this.closeDebrief();
    const m = (this.dash ??= new Modal(this.root, 'rs-dashboard', 'rs-dash-title', () => this.closeDashboard()));
    if (!m.isOpen) {
      m.body.replaceChildren(h('p', { class: 'rs-status', role: 'status' }, RESULTS_LABELS[v.lang].loading));
      m.open();
      m.el.focus({ preventScroll: true });
      // The open modal is laid out and painted in this task; the panel is built in the next one
      // (both in one task made a long task when the semester's numbers opened it).
      await afterPaint();
    }
    await this.renderDashboard();
    if (m.isOpen) m.focusTitle();
  }

  async openDebrief(): Promise<void> {
    if (!this.canDebrief()) return;
    if (this.dash?.isOpen) this.closeDashboard();
    const m = (this.deb ??= new Modal(this.root, 'rs-debrief', 'db-title', () => this.closeDebrief()));
    if (!m.isOpen) {
      m.body.replaceChildren(h('p', { class: 'rs-status', role: 'status' }, RESULTS_LABELS[this.view().lang].loading));
      m.open();
      m.el.focus({ preventScroll: true });
    }
    await this.renderDebrief();
    if (m.isOpen) m.focusTitle();
  }

  private closeDashboard(): void {
    this.rendered?.destroy();
    this.rendered = null;
    this.dash?.close();
  }

  private closeDebrief(): void {
    this.rendered?.destroy();
    this.rendered = null;
    this.deb?.close();
  }

  private closeAll(): void {
    this.closeDashboard();
    this.closeDebrief();
  }

  private async renderDashboard(): Promise<void> {
    const m = this.dash;
    if (!m) return;
    const mod = await loadPanel();
    if (!m.isOpen) return;
    const v = this.view();
    this.rendered?.destroy();
    this.rendered = mod.renderDashboard(m.body, {
      lang: v.lang,
      reports: v.results,
      phase: this.phase,
      seed: v.seed,
      spread: this.phase === 'phase1' ? this.spread() : null,
      canDebrief: this.canDebrief(),
      highContrast: this.root.classList.contains('high-contrast'),
      onPhase: (p) => {
        this.phase = p;
        void this.renderDashboard().then(() => m.body.querySelector<HTMLElement>(`[data-phase="${p}"]`)?.focus());
      },
      onClose: () => this.closeDashboard(),
      onDebrief: () => void this.openDebrief(),
    });
  }

  private async renderDebrief(): Promise<void> {
    const m = this.deb;
    if (!m) return;
    const mod = await import('../debrief/panel');
    if (!m.isOpen) return;
    const v = this.view();
    const decisions = this.decisions();
    if (!decisions) return;
    this.rendered?.destroy();
    this.rendered = mod.renderDebrief(m.body, {
      lang: v.lang,
      seed: v.seed,
      history: v.history,
      pathCode: v.pathCode ?? encodePath({ seed: v.seed, history: v.history }),
      decisions,
      semester: v.results.get('semester') ?? null,
      result: this.debrief(decisions),
      onClose: () => this.closeDebrief(),
      onRetry: () => {
        this.debriefs.clear();
        void this.renderDebrief().then(() => m.focusTitle());
      },
    });
  }

  private label(): void {
    this.dialogueButton.textContent = RESULTS_LABELS[this.view().lang].seeDashboard;
  }

  /** The full decision record, once all six decisions are taken. */
  private decisions(): Decisions | null {
    const d = decisionsFromHistory(this.view().history);
    return DECISIONS.every((x) => d[x.key]) ? (d as Decisions) : null;
  }

  private canDebrief(): boolean {
    return this.view().results.has('semester') && this.decisions() !== null;
  }

  private prefetch(phase: SimPhase): void {
    // The dashboard's code is fetched and run while the player reads, not in the task that opens it.
    if (!panelModule) whenIdle(() => void loadPanel().catch(() => undefined), 3000, 200);
    const seed = this.view().seed;
    if (seed !== this.warmed) {
      this.warmed = seed;
      this.port.warm(seed).catch(() => {
        if (this.warmed === seed) this.warmed = -1;
      });
    }
    const d = this.decisions();
    if (phase === 'semester' && d) void this.debrief(d).catch(() => undefined);
  }

  private debrief(decisions: Decisions): Promise<DebriefResult> {
    const seed = this.view().seed;
    const key = `${seed}|${DECISIONS.map((x) => decisions[x.key]).join('.')}`;
    let p = this.debriefs.get(key);
    if (!p) {
      p = this.port.debrief({ decisions, seed });
      p.catch(() => this.debriefs.delete(key));
      this.debriefs.set(key, p);
    }
    return p;
  }

  private spread(): Promise<Phase1Spread> {
    const v = this.view();
    const { course: _course, ...d1to5 } = decisionsFromHistory(v.history);
    const key = `${v.seed}|${Object.values(d1to5).join('.')}`;
    let p = this.spreads.get(key);
    if (!p) {
      p = this.port.spread({ decisions: d1to5, seed: v.seed });
      p.catch(() => this.spreads.delete(key));
      this.spreads.set(key, p);
    }
    return p;
  }
}
