// The session controller: owns the story runtime, the choice-id history, the simulation results
// and the stage; emits typed events that the Phaser director, the DOM UI and the audio director
// subscribe to. A choice goes UI -> session -> story -> events; nothing else talks to the story.
import { createRuntime, type Externals, type StoryChoice, type StoryLine, type StoryRuntime } from './runtime';
import { applyTag, EMPTY_STAGE, stageToTags, type Stage } from './stage';
import type { EndingId } from './registry';
import type { Tag } from './tags';
import { decisionsFromHistory } from '../sim/decisions';
import type { SimPhase, SimReport, SimRequest } from '../service/protocol';
import type { Lang } from '../i18n/strings';

/** The session's need of the simulation service: the story's runs (the protocol's `run`). */
export interface SimPort<D = unknown> {
  run(request: SimRequest): Promise<SimReport<D>>;
}

export const VAR_PREFIX: Readonly<Record<SimPhase, string>> = { phase1: 'p1_', semester: 's_' };

export type SessionEvent<D = unknown> =
  | { readonly type: 'reset'; readonly lang: Lang } // the story restarted: presenters clear
  | { readonly type: 'tag'; readonly tag: Tag; readonly replay: boolean }
  | { readonly type: 'line'; readonly line: StoryLine }
  | { readonly type: 'choices'; readonly choices: readonly StoryChoice[] }
  | { readonly type: 'sim-start'; readonly phase: SimPhase }
  | { readonly type: 'sim'; readonly report: SimReport<D>; readonly replay: boolean }
  | { readonly type: 'end'; readonly ending: EndingId | null }
  | { readonly type: 'error'; readonly message: string };

export interface Position {
  readonly lang: Lang;
  readonly seed: number;
  readonly history: readonly string[];
  /** Lines shown since the last choice (0: just chose, or the very start). */
  readonly lines: number;
}

export interface SessionDeps<D = unknown> {
  loadStory(lang: Lang): Promise<string>;
  externals(lang: Lang): Externals;
  sim: SimPort<D>;
}

export type Phase = 'idle' | 'busy' | 'line' | 'choices' | 'ended';

/** A silent replay (link, rewind, language switch) yields the main thread this often. */
const REPLAY_SLICE_MS = 25;
const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** At a choice of a guided replay: the id to take, or null to stop there and show the choices. */
export type Guide = (choices: readonly StoryChoice[], history: readonly string[]) => string | null;

export class Session<D = unknown> {
  private rt: StoryRuntime | null = null;
  private listeners = new Set<(e: SessionEvent<D>) => void>();
  private _history: string[] = [];
  private _historyText: string[] = [];
  private _lines = 0;
  private _lang: Lang = 'en';
  private _seed = 1;
  private _stage: Stage = EMPTY_STAGE;
  private _phase: Phase = 'idle';
  private _ending: EndingId | null = null;
  private _lastLine: StoryLine | null = null;
  private readonly simCache = new Map<string, SimReport<D>>();
  private readonly _results = new Map<SimPhase, SimReport<D>>();
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * The parsed story of the last language and its state before the first line: a new game, a
   * rewind or a language switch back reloads that state (under 1 ms) instead of parsing the
   * story JSON again (10-90 ms of main thread, a long task on every new game). The state is not
   * saved right after parsing (a few ms before the first choice): the first start plays the story
   * as parsed (`atStart`), the second resets it (ink's own reset, a few ms, once) and saves it then.
   */
  private parsed: { readonly lang: Lang; readonly rt: StoryRuntime; initial: string | null; atStart: boolean } | null = null;

  constructor(private readonly deps: SessionDeps<D>) {}

  on(listener: (e: SessionEvent<D>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get phase(): Phase { return this._phase; }
  get lang(): Lang { return this._lang; }
  get seed(): number { return this._seed; }
  get history(): readonly string[] { return this._history; }
  /** The words of each choice taken, in the current language. */
  get historyText(): readonly string[] { return this._historyText; }
  get stage(): Stage { return this._stage; }
  get ending(): EndingId | null { return this._ending; }
  get choices(): readonly StoryChoice[] { return this._phase === 'choices' && this.rt ? this.rt.choices : []; }
  get lastLine(): StoryLine | null { return this._lastLine; }
  get results(): ReadonlyMap<SimPhase, SimReport<D>> { return this._results; }
  get position(): Position { return { lang: this._lang, seed: this._seed, history: [...this._history], lines: this._lines }; }
  /** The ink state, for saves. */
  inkState(): string | null { return this.rt ? this.rt.saveState() : null; }

  /** Starts (or restarts) the story at a position, replaying its choices silently. */
  start(pos: Position): Promise<void> {
    return this.serial(() => this.doStart(pos));
  }
  /**
   * Starts a new game and replays it silently as `guide` chooses, until the guide returns null at
   * a choice (shown to the player) or the story ends (facilitators: "start at decision D3").
   */
  startGuided(pos: { readonly lang: Lang; readonly seed: number }, guide: Guide): Promise<void> {
    return this.serial(() => this.doStart({ ...pos, history: [], lines: Number.MAX_SAFE_INTEGER }, guide));
  }
  /**
   * Parses the story of `lang` ahead of a game (idle time on the title screen), so that "New game"
   * does not start with a 50-150 ms parse. Does nothing if that language is already parsed. Nobody
   * asked for it, so a failure says nothing on screen (the caller gets the rejection): "New game"
   * loads the story again and reports its own failure. An error event here could be taken for the
   * answer to a "New game" queued behind it.
   */
  prepare(lang: Lang): Promise<void> {
    return this.serial(async () => {
      if (this.parsed?.lang !== lang) await this.parse(lang);
    }, true);
  }
  /** Shows the next line (or the choices, or the end). */
  advance(): Promise<void> {
    return this.serial(async () => {
      if (this._phase === 'line') await this.step();
    });
  }
  choose(id: string): Promise<void> {
    return this.serial(async () => {
      if (this._phase !== 'choices' || !this.rt) return;
      if (!this.rt.choices.some((c) => c.id === id)) return this.emit({ type: 'error', message: `Unknown choice: ${id}` });
      this._historyText.push(this.rt.choices.find((c) => c.id === id)!.text);
      this.rt.choose(id);
      this._history.push(id);
      this._lines = 0;
      this._phase = 'line';
      await this.step();
    });
  }
  /** Switches language at the same point of the story. */
  setLanguage(lang: Lang): Promise<void> {
    if (lang === this._lang && this.rt) return Promise.resolve();
    return this.start({ ...this.position, lang });
  }
  /** Goes back to just before choice number `index` (0-based) so the player can take another road. */
  rewindTo(index: number): Promise<void> {
    const history = this._history.slice(0, Math.max(0, index));
    return this.start({ lang: this._lang, seed: this._seed, history, lines: Number.MAX_SAFE_INTEGER });
  }

  private serial<T>(op: () => Promise<T>, quiet = false): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch((e: unknown) => (quiet ? undefined : this.emit({ type: 'error', message: (e as Error).message ?? String(e) })));
    return run;
  }

  private emit(e: SessionEvent<D>): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        // A presenter's bug must not stop the story; report it once on the console.
        console.error('session listener failed', err);
      }
    }
  }

  /**
   * All or nothing: the game in progress is kept aside until the new position is replayed; if
   * loading the story, a run or the replay fails, it is put back exactly as it was (same runtime
   * state, same phase, no event emitted) and the error goes to the caller.
   */
  private async doStart(pos: Position, guide?: Guide): Promise<void> {
    const before = this.snapshot();
    try {
      await this.replay(pos, guide);
    } catch (e) {
      this.restore(before);
      throw e;
    }
  }

  private snapshot() {
    return {
      rt: this.rt, inkState: this.rt ? this.rt.saveState() : null, history: this._history, historyText: this._historyText,
      lines: this._lines, lang: this._lang, seed: this._seed, stage: this._stage, phase: this._phase, ending: this._ending,
      lastLine: this._lastLine, results: new Map(this._results),
    };
  }

  private restore(b: ReturnType<Session<D>['snapshot']>): void {
    this.rt = b.rt;
    if (b.rt && b.inkState !== null) b.rt.loadState(b.inkState);
    // The parsed story is the restored runtime's only if it is the same object (the same language).
    if (this.parsed && this.parsed.rt !== b.rt && b.rt && this.parsed.lang === b.lang) this.parsed = null;
    this._history = b.history;
    this._historyText = b.historyText;
    this._lines = b.lines;
    this._lang = b.lang;
    this._seed = b.seed;
    this._stage = b.stage;
    this._phase = b.phase;
    this._ending = b.ending;
    this._lastLine = b.lastLine;
    this._results.clear();
    for (const [k, v] of b.results) this._results.set(k, v);
  }

  private async replay(pos: Position, guide?: Guide): Promise<void> {
    this._phase = 'busy';
    const rt = await this.freshRuntime(pos.lang);
    // Results are kept for replays of the same game (language switch, rewind), not across games.
    if (pos.seed !== this._seed) this.simCache.clear();
    this.rt = rt;
    this._lang = pos.lang;
    this._seed = pos.seed;
    this._history = [];
    this._historyText = [];
    this._lines = 0;
    this._stage = EMPTY_STAGE;
    this._ending = null;
    this._lastLine = null;
    this._results.clear();

    // Silent replay: the same steps as play, without presenting them, in slices of the main thread.
    let i = 0;
    let slice = now();
    for (;;) {
      while (rt.canContinue && !(i === pos.history.length && this._lines >= pos.lines)) {
        if (now() - slice > REPLAY_SLICE_MS) {
          await nextTask();
          slice = now();
        }
        const line = rt.next();
        for (const t of line.tags) await this.handleTag(t, true);
        this._lines++;
        this._lastLine = line;
      }
      let id: string | null = null;
      if (i < pos.history.length) id = pos.history[i++]!;
      else if (guide && rt.choices.length > 0) id = guide(rt.choices, this._history);
      if (id === null) break;
      if (!rt.choices.some((c) => c.id === id)) {
        throw new Error(`This path does not fit the story: "${id}" is not offered after ${this._history.join(' > ') || 'the start'}`);
      }
      this._historyText.push(rt.choices.find((c) => c.id === id)!.text);
      rt.choose(id);
      this._history.push(id);
      this._lines = 0;
    }
    // The replay succeeded: only now are the views told that the game changed.
    this.emit({ type: 'reset', lang: pos.lang });
    for (const t of stageToTags(this._stage)) this.emit({ type: 'tag', tag: t, replay: true });
    for (const r of this._results.values()) this.emit({ type: 'sim', report: r, replay: true });
    if (this._lines > 0 && this._lastLine) {
      this.emit({ type: 'line', line: this._lastLine });
      this.afterLine();
    } else {
      this._phase = 'line';
      await this.step();
    }
  }

  /** The story at its start, parsed once per language. */
  private async freshRuntime(lang: Lang): Promise<StoryRuntime> {
    const p = this.parsed?.lang === lang ? this.parsed : await this.parse(lang);
    if (p.atStart) p.atStart = false;
    else if (p.initial === null) {
      p.rt.reset();
      p.initial = p.rt.saveState();
    } else p.rt.loadState(p.initial);
    return p.rt;
  }

  private async parse(lang: Lang): Promise<NonNullable<Session<D>['parsed']>> {
    const json = await this.deps.loadStory(lang);
    const rt = createRuntime(json, this.deps.externals(lang));
    return (this.parsed = { lang, rt, initial: null, atStart: true });
  }

  private async step(): Promise<void> {
    const rt = this.rt;
    if (!rt) return;
    if (!rt.canContinue) return this.afterLine();
    this._phase = 'busy';
    const line = rt.next();
    for (const t of line.tags) await this.handleTag(t, false);
    this._lines++;
    this._lastLine = line;
    if (line.text === '' && rt.canContinue) return this.step(); // a tag-only line: nothing to read
    this.emit({ type: 'line', line });
    this.afterLine();
  }

  private afterLine(): void {
    const rt = this.rt!;
    if (rt.canContinue) {
      this._phase = 'line';
    } else if (rt.choices.length > 0) {
      this._phase = 'choices';
      this.emit({ type: 'choices', choices: rt.choices });
    } else {
      this._phase = 'ended';
      this.emit({ type: 'end', ending: this._ending });
    }
  }

  private async handleTag(tag: Tag, replay: boolean): Promise<void> {
    this._stage = applyTag(this._stage, tag);
    if (tag.kind === 'ending') this._ending = tag.ending;
    if (tag.kind === 'sim') {
      if (!replay) this.emit({ type: 'sim-start', phase: tag.phase });
      const report = await this.runSim(tag.phase);
      const prefix = VAR_PREFIX[tag.phase];
      for (const [k, v] of Object.entries(report.vars)) {
        if (this.rt!.variableNames.includes(prefix + k)) this.rt!.setVar(prefix + k, v);
      }
      this._results.set(tag.phase, report);
      if (!replay) this.emit({ type: 'sim', report, replay });
      return;
    }
    if (!replay) this.emit({ type: 'tag', tag, replay });
  }

  private async runSim(phase: SimPhase): Promise<SimReport<D>> {
    const decisions = decisionsFromHistory(this._history);
    const key = `${phase}|${this._seed}|${JSON.stringify(decisions)}`;
    const cached = this.simCache.get(key);
    if (cached) return cached;
    const report = await this.deps.sim.run({ phase, decisions, seed: this._seed });
    this.simCache.set(key, report);
    return report;
  }
}
