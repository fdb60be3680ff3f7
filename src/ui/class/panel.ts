// The Class panel (facilitators, no server needed): many result codes in (pasted, a CSV file, a
// `?class=` link, or the live room), the class out: what it chose at each decision beside Alice
// and the best path, its outcomes' spread, a ranking with each trainee's ledger, CSV and print.
// The numbers come from the simulation worker (kind `cohort`); the logic is in aggregate.ts.
import '../results/results.css';
import './class.css';
import { h, fill } from '../dom';
import { t } from '../../i18n';
import { ALICE_PATH, DECISIONS, type Decisions } from '../../sim/decisions';
import type { Tier } from '../../sim/types';
import type { Lang } from '../../i18n/strings';
import type { ClassPort, CohortResult, PathNumbers } from '../../service/protocol';
import { pathKey } from '../../service/debrief-rank';
import { resultsStrings } from '../results/strings';
import { formats } from '../results/format';
import { Modal } from '../results/modal';
import {
  CLASS_MAX_CODES, CLASS_MAX_FILE_BYTES, CLASS_RUNS, CLASS_SEED, classParam, decisionShares, distinctPaths, mergeClasses, outcomeSpread, parseClass, ranking, rankingCsv, tierCounts,
  type BadCode, type Metric, type ParsedClass, type RankRow, type RoomFeed, type Trainee,
} from './aggregate';
import { CLASS_STRINGS } from './strings';

export interface ClassView {
  readonly lang: Lang;
  /** The workshop panel's assumptions (null: the published figures). */
  assumptions(): unknown;
  /** The story version result codes are checked against (codes of another version are set aside). */
  readonly storyVersion?: string;
  /** The live room's results, on the facilitator's page of a room (the panel fills itself from them). */
  room?(): RoomFeed | null;
}

export { CLASS_RUNS, CLASS_SEED };

const EMPTY: ParsedClass = { trainees: [], bad: [], duplicates: 0 };

export class ClassPanel {
  private modal: Modal | null = null;
  private parsed: ParsedClass = EMPTY;
  private result: Extract<CohortResult, { ok: true }> | null = null;
  private rows: RankRow[] = [];
  private status = '';
  private statusKind: 'info' | 'error' = 'info';
  private ledgerOf: number | null = null;
  private runId = 0;
  private text = '';
  private warmed = false;
  /** Whether the class is the live room's (true until the facilitator reads codes of their own). */
  private following = true;
  /** The room's codes the class was last read from. */
  private fedCodes: string | null = null;
  /** The panel's content (redrawn) and the room's live line (kept: a screen reader hears only its changes). */
  private readonly content = h('div', {});
  private readonly roomLine = h('p', { class: 'rs-note class-room', role: 'status', 'aria-live': 'polite', hidden: true });

  constructor(private readonly root: HTMLElement, private readonly port: ClassPort, private readonly view: () => ClassView) {}

  get isOpen(): boolean {
    return this.modal?.isOpen ?? false;
  }

  private get s() {
    return CLASS_STRINGS[this.view().lang];
  }

  /** `followRoom`: back to the live room's results (the room panel's button). */
  open(opts: { followRoom?: boolean } = {}): void {
    const m = (this.modal ??= new Modal(this.root, 'class-panel', 'class-title', () => this.onEscape()));
    if (opts.followRoom) this.following = true;
    this.render();
    m.open();
    m.focusTitle();
    this.followRoom();
    // The best-path search depends only on the seed and the assumptions: start it before codes arrive.
    if (!this.warmed) {
      this.warmed = true;
      void this.port.cohort({ paths: [], seed: CLASS_SEED, runs: CLASS_RUNS, assumptions: this.view().assumptions() }).catch(() => undefined);
    }
  }

  close(): void {
    this.modal?.close();
  }

  /** Opens with the codes of a `?class=CODE,CODE,...` parameter. */
  openWith(search: string): void {
    const text = classParam(search);
    if (text !== null) this.following = false;
    this.open();
    if (text !== null) {
      this.text = text;
      void this.load(text);
    }
  }

  refresh(): void {
    if (this.isOpen) this.render();
  }

  /** The room's results changed: the class follows them (when open; on opening otherwise). */
  roomChanged(): void {
    if (!this.isOpen) return;
    this.renderRoomLine();
    this.followRoom();
  }

  /** Reads the room's results into the class if it follows the room and they changed; the class on screen stays until the new one is ready. */
  private followRoom(): void {
    const feed = this.view().room?.() ?? null;
    if (!feed || !this.following || feed.codes === this.fedCodes) return;
    this.fedCodes = feed.codes;
    if (!feed.codes.trim()) {
      // Nobody has finished yet: the live line says so; nothing to run.
      this.runId++;
      this.parsed = EMPTY;
      this.result = null;
      this.rows = [];
      this.setStatus('', 'info');
      this.render();
      return;
    }
    void this.compute(parseClass(feed.codes, this.view().storyVersion), this.result !== null);
  }

  /** Replaces the class with the codes in `text` (a paste, a file, `?class=`): the facilitator's own codes, not the room's. */
  async load(text: string): Promise<void> {
    this.stopFollowing();
    this.ledgerOf = null;
    await this.compute(parseClass(text, this.view().storyVersion));
  }

  /** Adds the codes in `text` to the class (a second file, more pasted codes). */
  async add(text: string): Promise<void> {
    this.stopFollowing();
    await this.compute(mergeClasses(this.parsed, parseClass(text, this.view().storyVersion)));
  }

  private stopFollowing(): void {
    this.following = false;
    this.fedCodes = null;
  }

  /** The room's live line: how many results are in, and whether the class follows them. */
  private renderRoomLine(): void {
    const feed = this.view().room?.() ?? null;
    const el = this.roomLine;
    el.hidden = !feed;
    const text = !feed ? '' : fill(this.following ? this.s.roomFollowing : this.s.roomNotFollowing, { room: feed.label, n: feed.finished, members: feed.members });
    if (el.textContent !== text) el.textContent = text;
  }

  private onEscape(): void {
    if (this.ledgerOf !== null) {
      this.ledgerOf = null;
      this.render();
      this.modal?.el.querySelector<HTMLElement>('.class-ranking button')?.focus();
      return;
    }
    this.close();
  }

  private summary(): string {
    const p = this.parsed;
    return fill(this.s.summary, { n: p.trainees.length, dup: p.duplicates, bad: p.bad.length });
  }

  /** Runs the class `p`. `quiet` (the room's new results): the class on screen stays, and no "running" line, until the new one is ready. */
  private async compute(p: ParsedClass, quiet = false): Promise<void> {
    const id = ++this.runId;
    if (!quiet || !p.trainees.length) {
      this.parsed = p;
      this.result = null;
      this.rows = [];
    }
    if (!p.trainees.length) {
      this.setStatus(p.bad.length ? `${this.s.noCode} ${this.summary()}` : this.s.noCode, p.bad.length ? 'error' : 'info');
      this.render();
      return;
    }
    if (!quiet) {
      this.setStatus(`${this.summary()} ${this.s.computing}`, 'info');
      this.render();
    }
    const paths = distinctPaths(p.trainees);
    let res: CohortResult;
    try {
      res = await this.port.cohort({ paths, seed: CLASS_SEED, runs: CLASS_RUNS, assumptions: this.view().assumptions() });
    } catch (e) {
      res = { ok: false, error: (e as Error).message };
    }
    if (id !== this.runId) return;
    if (!res.ok) {
      this.setStatus(fill(this.s.failed, { reason: res.error }), 'error');
      this.render();
      return;
    }
    const byPath = new Map<string, PathNumbers>(paths.map((d, i) => [pathKey(d), res.numbers[i]!]));
    this.parsed = p;
    if (this.ledgerOf !== null && !p.trainees.some((x) => x.n === this.ledgerOf)) this.ledgerOf = null;
    this.result = res;
    this.rows = ranking(p.trainees, (d) => byPath.get(pathKey(d)));
    this.setStatus(`${this.summary()} ${fill(this.s.computed, { paths: paths.length, ms: res.ms })}`, 'info');
    this.render();
    this.modal?.el.setAttribute('data-ready', String(id));
  }

  private setStatus(text: string, kind: 'info' | 'error'): void {
    this.status = text;
    this.statusKind = kind;
  }

  private name(tr: Trainee): string {
    return tr.name ?? fill(this.s.number, { n: tr.n });
  }

  private render(): void {
    const m = this.modal;
    if (!m) return;
    const s = this.s;
    const focusedId = document.activeElement instanceof HTMLElement && m.el.contains(document.activeElement) ? document.activeElement.id : '';
    if (this.content.parentElement !== m.body) m.body.replaceChildren(this.roomLine, this.content);
    this.renderRoomLine();
    const feed = this.view().room?.() ?? null;
    const input = h('textarea', { id: 'class-input', rows: 5, spellcheck: 'false', autocomplete: 'off', oninput: (e: Event) => (this.text = (e.target as HTMLTextAreaElement).value) });
    input.value = this.text;
    const file = h('input', { type: 'file', id: 'class-file', accept: '.csv,.txt,text/csv,text/plain', onchange: (e: Event) => void this.loadFile(e.target as HTMLInputElement) });
    this.content.replaceChildren(
      h('div', { class: 'rs-head' },
        h('h2', { id: 'class-title', tabindex: -1 }, s.title),
        h('button', { type: 'button', class: 'class-close', onclick: () => this.close() }, s.close)),
      h('p', { class: 'rs-note class-intro' }, fill(s.intro, { seed: CLASS_SEED, runs: CLASS_RUNS })),
      feed && !this.following
        ? h('div', { class: 'rs-actions class-follow' }, h('button', { type: 'button', id: 'class-follow-room', onclick: () => this.open({ followRoom: true }) }, fill(s.followRoom, { room: feed.label, n: feed.finished })))
        : '',
      h('div', { class: 'class-input' },
        h('label', { for: 'class-input' }, s.pasteLabel),
        input,
        h('div', { class: 'rs-actions' },
          h('button', { type: 'button', id: 'class-read', class: 'primary', onclick: () => void this.load(this.text) }, s.read),
          h('button', { type: 'button', id: 'class-clear', onclick: () => this.clearAll() }, s.clear)),
        h('label', { for: 'class-file' }, s.fileLabel), ' ', file),
      h('p', { class: `rs-status class-status${this.statusKind === 'error' ? ' ws-error' : ''}`, role: 'status', 'aria-live': 'polite' }, this.status || s.empty),
      this.renderBad(this.parsed.bad) ?? '',
      ...(this.result ? this.renderResults(this.result) : []),
    );
    if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
  }

  private clearAll(): void {
    this.text = '';
    this.parsed = EMPTY;
    this.result = null;
    this.rows = [];
    this.ledgerOf = null;
    this.stopFollowing();
    this.runId++;
    this.setStatus('', 'info');
    this.render();
  }

  private renderBad(bad: readonly BadCode[]): HTMLElement | null {
    if (!bad.length) return null;
    const s = this.s;
    const reason = (b: BadCode) =>
      b.reason.kind === 'decode' ? fill(s.badDecode, { error: b.reason.error })
        : b.reason.kind === 'other_version' ? s.badOtherVersion
        : b.reason.kind === 'tampered' ? s.badTampered
        : b.reason.kind === 'unfinished' ? fill(s.badUnfinished, { missing: b.reason.missing.join(', ') })
          : fill(s.badTooMany, { max: CLASS_MAX_CODES });
    return h('details', { class: 'class-bad', open: true },
      h('summary', {}, `${s.badTitle} (${bad.length})`),
      h('ul', {}, ...bad.slice(0, 200).map((b) => h('li', {}, fill(s.badLine, { line: b.line, code: b.text.length > 80 ? `${b.text.slice(0, 80)}…` : b.text, reason: reason(b) })))));
  }

  private renderResults(res: Extract<CohortResult, { ok: true }>): HTMLElement[] {
    const s = this.s;
    const lang = this.view().lang;
    const f = formats(lang);
    const r = resultsStrings(lang);
    const endings = t(lang).ending;
    const trainees = this.parsed.trainees;
    const pct = (x: number) => f.pct(x, 0);

    const shares = decisionShares(trainees, res.best.decisions);
    const sharesSection = h('section', { class: 'class-shares', 'aria-labelledby': 'class-shares-title' },
      h('h3', { id: 'class-shares-title' }, s.sharesTitle),
      h('p', { class: 'rs-note' }, s.sharesIntro),
      ...shares.map((d) => h('table', { class: 'rs-table class-decision', 'data-key': d.key },
        h('caption', {}, `${d.label} · ${r.decisions[d.key]}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.option), h('th', { scope: 'col' }, s.share), h('th', { scope: 'col' }, s.trainees), h('th', { scope: 'col' }, s.alice), h('th', { scope: 'col' }, s.best))),
        h('tbody', {}, ...d.options.map((o) => h('tr', { 'data-option': o.option, 'data-share': String(o.share), class: o.best ? 'class-best' : '' },
          h('th', { scope: 'row' }, r.options[o.option].label),
          h('td', {}, h('meter', { min: 0, max: 1, value: o.share, 'aria-hidden': 'true' }), ' ', pct(o.share)),
          h('td', {}, String(o.count)),
          h('td', { class: 'class-mark' }, o.alice ? h('span', { 'aria-label': s.aliceMark }, '●') : ''),
          h('td', { class: 'class-mark' }, o.best ? h('span', { 'aria-label': s.bestMark }, '★') : '')))))));

    const spread = outcomeSpread(this.rows, res.alice, res.best.numbers);
    const fmt: Record<Metric, (x: number) => string> = { accepted: (x) => f.int(x), costPerAccepted: (x) => f.eur(x), inboxRate: (x) => f.pct(x, 0) };
    const label: Record<Metric, string> = { accepted: s.accepted, costPerAccepted: s.costPerAccepted, inboxRate: s.inboxRate };
    const tiers = tierCounts(this.rows);
    const tierList = [...tiers.entries()].map(([tier, n]) => `${endings[tier]} ${n}`).join(', ');
    const outcomes = h('section', { class: 'class-outcomes', 'aria-labelledby': 'class-outcomes-title' },
      h('h3', { id: 'class-outcomes-title' }, s.outcomesTitle),
      h('p', { class: 'rs-note' }, s.outcomesIntro),
      h('table', { class: 'rs-table class-spread' },
        h('thead', {}, h('tr', {}, ...[s.metric, s.min, s.p25, s.median, s.p75, s.max, s.alice, s.best, s.beatAlice].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, ...spread.map((sp) => h('tr', { 'data-metric': sp.metric },
          h('th', { scope: 'row' }, label[sp.metric]),
          ...[sp.min, sp.p25, sp.median, sp.p75, sp.max, sp.alice, sp.best].map((x) => h('td', { 'data-value': String(x) }, fmt[sp.metric](x))),
          h('td', { 'data-value': String(sp.beatAlice) }, pct(sp.beatAlice)))))),
      h('p', { class: 'class-tiers' }, fill(s.tiers, { list: tierList })));

    const ranked = h('section', { class: 'class-ranking', 'aria-labelledby': 'class-ranking-title' },
      h('h3', { id: 'class-ranking-title' }, s.rankingTitle),
      h('p', { class: 'rs-note' }, s.rankingIntro),
      h('table', { class: 'rs-table class-rank' },
        h('thead', {}, h('tr', {}, ...[s.rank, s.trainee, s.tier, s.accepted, s.costPerAccepted, s.inboxRate].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, ...this.rows.map((row) => h('tr', { 'data-n': String(row.trainee.n), 'data-rank': String(row.rank) },
          h('td', {}, String(row.rank)),
          h('td', {}, h('button', {
            type: 'button', class: 'class-trainee', id: `class-trainee-${row.trainee.n}`, 'aria-expanded': String(this.ledgerOf === row.trainee.n),
            onclick: () => this.showLedger(row.trainee.n),
          }, this.name(row.trainee))),
          h('td', { 'data-tier': row.tier }, endings[row.tier]),
          h('td', { 'data-value': String(row.accepted) }, f.int(row.accepted)),
          h('td', { 'data-value': String(row.costPerAccepted) }, f.eur(row.costPerAccepted)),
          h('td', { 'data-value': String(row.inboxRate) }, f.pct(row.inboxRate, 0)))))),
      this.renderLedger(res));

    const actions = h('div', { class: 'rs-actions class-actions' },
      h('button', { type: 'button', class: 'class-csv', onclick: () => this.exportCsv() }, s.exportCsv),
      h('button', { type: 'button', class: 'class-print', onclick: () => this.print() }, s.print));
    return [sharesSection, outcomes, ranked, actions];
  }

  private showLedger(n: number): void {
    this.ledgerOf = this.ledgerOf === n ? null : n;
    this.render();
    this.modal?.el.querySelector<HTMLElement>(this.ledgerOf === null ? `#class-trainee-${n}` : '#class-ledger-title')?.focus({ preventScroll: false });
  }

  private renderLedger(res: Extract<CohortResult, { ok: true }>): HTMLElement | null {
    if (this.ledgerOf === null) return null;
    const row = this.rows.find((x) => x.trainee.n === this.ledgerOf);
    if (!row) return null;
    const s = this.s;
    const lang = this.view().lang;
    const r = resultsStrings(lang);
    const f = formats(lang);
    const endings = t(lang).ending;
    const shares = decisionShares(this.parsed.trainees, res.best.decisions);
    const d = row.trainee.decisions;
    const opt = (x: Decisions, k: (typeof DECISIONS)[number]['key']) => r.options[x[k]].label;
    const numbers = (label: string, n: PathNumbers, tier: Tier) =>
      h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, endings[tier]), h('td', {}, f.int(n.accepted.p50)), h('td', {}, f.eur(n.costPerAccepted.p50)), h('td', {}, f.pct(n.inboxRate.p50, 0)));
    const replay = `${location.origin}${location.pathname}?path=${row.trainee.code}&lang=${lang}`;
    return h('section', { class: 'class-ledger', 'aria-labelledby': 'class-ledger-title', 'data-n': String(row.trainee.n) },
      h('h4', { id: 'class-ledger-title', tabindex: -1 }, fill(s.ledgerTitle, { name: this.name(row.trainee) })),
      h('p', { class: 'rs-note' }, s.ledgerIntro),
      h('table', { class: 'rs-table' },
        h('thead', {}, h('tr', {}, ...[s.decision, s.theirChoice, s.alice, s.best, s.sameAsThem].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, ...DECISIONS.map((dp) => {
          const share = shares.find((x) => x.key === dp.key)!.options.find((o) => o.option === d[dp.key])!.share;
          return h('tr', { 'data-key': dp.key },
            h('th', { scope: 'row' }, `${dp.label} · ${r.decisions[dp.key]}`),
            h('td', {}, opt(d, dp.key)), h('td', {}, opt(ALICE_PATH, dp.key)), h('td', {}, opt(res.best.decisions, dp.key)), h('td', {}, f.pct(share, 0)));
        }))),
      h('table', { class: 'rs-table' },
        h('thead', {}, h('tr', {}, ...[s.path, s.tier, s.accepted, s.costPerAccepted, s.inboxRate].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, numbers(this.name(row.trainee), row.numbers, row.tier), numbers(s.alice, res.alice, res.alice.tier), numbers(s.best, res.best.numbers, res.best.numbers.tier))),
      h('div', { class: 'rs-actions' },
        h('a', { href: replay, class: 'class-replay', target: '_blank', rel: 'noopener' }, s.replay),
        h('button', { type: 'button', onclick: () => this.showLedger(row.trainee.n) }, s.closeLedger)));
  }

  private async loadFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const s = this.s;
    // Refused on its size, before a byte is read.
    if (file.size > CLASS_MAX_FILE_BYTES) {
      this.setStatus(fill(s.fileTooBig, { name: file.name, size: `${(file.size / 1024 / 1024).toFixed(1)} MB` }), 'error');
      this.render();
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      this.setStatus(fill(s.fileFailed, { reason: (e as Error).message }), 'error');
      this.render();
      return;
    }
    // A file adds to codes the facilitator gave; the room's class is replaced (the room's codes are not theirs to add to).
    await (this.parsed.trainees.length && !this.following ? this.add(text) : this.load(text));
  }

  private exportCsv(): void {
    const s = this.s;
    const endings = t(this.view().lang).ending;
    const csv = rankingCsv(this.rows, [...s.csvHeader, ...DECISIONS.map((d) => d.label), 'code'], (tier) => endings[tier]);
    const blob = new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: s.csvName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private print(): void {
    document.documentElement.classList.add('printing-class');
    const done = () => {
      document.documentElement.classList.remove('printing-class');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  }
}
