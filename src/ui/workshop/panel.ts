// The workshop panel (facilitators, in front of a room): two full paths side by side under the
// same draws, and the model's assumptions with their sources, editable, savable and loadable.
// Every change is simulated in the worker, which validates it: a refused change (a broken file,
// a value outside what the schema allows) shows why and leaves the panel as it was.
import '../results/results.css';
import './workshop.css';
import { h, fill } from '../dom';
import { finite, t } from '../../i18n';
import { CALIBRATION, PARAM_IDS, type ParamGroup, type ParamId, type Unit } from '../../sim/calibration';
import { ALICE_PATH, DECISIONS, type Decisions } from '../../sim/decisions';
import type { Assumptions, ParamRange } from '../../sim/assumptions';
import { ASSUMPTIONS_VERSION, checkAssumptionsSize, type AssumptionsIssue } from '../../sim/assumption-issues';
import { EVENT_IDS, type EventId, type Quantiles } from '../../sim/types';
import type { Lang } from '../../i18n/strings';
import type { CompareResult, PathNumbers, WorkshopPort } from '../../service/protocol';
import { resultsStrings } from '../results/strings';
import { formats } from '../results/format';
import { Modal } from '../results/modal';
import { PARAM_NAMES_FR, WORKSHOP_STRINGS } from './strings';

export interface WorkshopView {
  readonly lang: Lang;
  /** The game in progress, when all six decisions are made. */
  readonly current: Decisions | null;
}

/** A path that follows the evidence (target the fitting segments, adapt the content, no bought list, test first). */
export const MEASURED_PATH: Decisions = {
  plan: 'plan_target',
  answer: 'answer_measure',
  content: 'content_adapt',
  list: 'list_none',
  launch: 'launch_test_first',
  course: 'course_sales',
};

export const WORKSHOP_SEED = 2016;
export const WORKSHOP_RUNS = 500;

/**
 * The published figures (what the panel starts from and resets to): the same values as the model's
 * DEFAULT_ASSUMPTIONS, built here from the calibration table so this chunk does not load zod (the
 * worker validates every change).
 */
export function published(): Assumptions {
  const params = {} as Record<ParamId, ParamRange>;
  for (const id of PARAM_IDS) {
    const c = CALIBRATION[id];
    params[id] = { value: c.value, low: c.low, high: c.high };
  }
  return { version: ASSUMPTIONS_VERSION, sampleRanges: true, params: params as Assumptions['params'] };
}

/** Display scale of a unit: rates and lifts are edited in percent. */
const SCALE: Readonly<Record<Unit, number>> = { rate: 100, lift: 100, multiplier: 1, euros: 1, count: 1, points: 1, weeks: 1 };

/** Rounds away binary noise from a scaled value (0.0276 * 100 = 2.7600000000000002). */
const tidy = (x: number): number => Number(x.toPrecision(10));

export class WorkshopPanel {
  private modal: Modal | null = null;
  private paths: [Decisions, Decisions];
  /** The assumptions of the last successful run (what the inputs show). */
  private assumptions: Assumptions = published();
  private numbers: readonly PathNumbers[] | null = null;
  private status = '';
  private statusKind: 'info' | 'error' = 'info';
  private runId = 0;

  constructor(private readonly root: HTMLElement, private readonly port: WorkshopPort, private readonly view: () => WorkshopView) {
    this.paths = [ALICE_PATH, view().current ?? MEASURED_PATH];
  }

  get isOpen(): boolean {
    return this.modal?.isOpen ?? false;
  }

  /** The assumptions the panel shows (the Class panel runs the class under them). */
  get currentAssumptions(): Assumptions {
    return this.assumptions;
  }

  open(): void {
    const m = (this.modal ??= new Modal(this.root, 'ws-panel', 'ws-title', () => this.close()));
    const cur = this.view().current;
    if (cur && !this.numbers) this.paths = [ALICE_PATH, cur];
    this.render();
    m.open();
    m.focusTitle();
    if (!this.numbers) void this.run(this.assumptions);
  }

  close(): void {
    this.modal?.close();
  }

  /** Language changed. */
  refresh(): void {
    if (this.isOpen) this.render();
  }

  private get s() {
    return WORKSHOP_STRINGS[this.view().lang];
  }

  /** Simulates both paths under `candidate`; on success it becomes the panel's assumptions, on failure nothing changes. */
  private async run(candidate: unknown, okMessage?: string): Promise<boolean> {
    const id = ++this.runId;
    this.setStatus(this.s.computing, 'info');
    let res: CompareResult;
    try {
      res = await this.port.compare({ paths: this.paths, seed: WORKSHOP_SEED, runs: WORKSHOP_RUNS, assumptions: candidate });
    } catch (e) {
      res = { ok: false, error: (e as Error).message };
    }
    if (id !== this.runId) return false; // a newer change superseded this one
    if (!res.ok) {
      this.setStatus(fill(this.s.rejected, { reason: res.issue ? this.issueText(res.issue) : res.error }), 'error');
      this.render();
      return false;
    }
    this.assumptions = res.assumptions;
    this.numbers = res.numbers;
    const done = fill(this.s.computed, { n: res.numbers.length, runs: res.runs, ms: res.ms });
    this.setStatus([okMessage, this.filledText(res.filled), done].filter(Boolean).join(' '), 'info');
    this.render();
    return true;
  }

  private setStatus(text: string, kind: 'info' | 'error'): void {
    this.status = text;
    this.statusKind = kind;
    const el = this.modal?.body.querySelector<HTMLElement>('.ws-status');
    if (el) {
      el.textContent = text;
      el.classList.toggle('ws-error', kind === 'error');
    }
  }

  private render(): void {
    const m = this.modal;
    if (!m) return;
    const s = this.s;
    // Keep the focused control focused across a re-render (it is rebuilt with the same id).
    const focusedId = document.activeElement instanceof HTMLElement && m.el.contains(document.activeElement) ? document.activeElement.id : '';
    const openGroups = new Set([...m.body.querySelectorAll<HTMLDetailsElement>('details.ws-group[open]')].map((d) => d.dataset['group']));
    m.body.replaceChildren(
      h('div', { class: 'rs-head' },
        h('h2', { id: 'ws-title', tabindex: -1 }, s.title),
        h('button', { type: 'button', class: 'ws-close', onclick: () => this.close() }, s.close)),
      h('p', { class: 'rs-note' }, fill(s.intro, { seed: WORKSHOP_SEED, runs: WORKSHOP_RUNS })),
      h('p', { class: `rs-status ws-status${this.statusKind === 'error' ? ' ws-error' : ''}`, role: 'status', 'aria-live': 'polite' }, this.status),
      this.renderCompare(),
      this.renderAssumptions(openGroups),
    );
    if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
  }

  private renderCompare(): HTMLElement {
    const s = this.s;
    const r = resultsStrings(this.view().lang);
    const cur = this.view().current;
    const column = (i: 0 | 1) => {
      const d = this.paths[i];
      const preset = (label: string, p: Decisions, cls: string) =>
        h('button', { type: 'button', class: cls, 'aria-pressed': String(samePath(d, p)), onclick: () => this.setPath(i, p) }, label);
      return h('fieldset', { class: 'ws-path' },
        h('legend', {}, i === 0 ? s.pathA : s.pathB),
        h('div', { class: 'rs-actions' },
          preset(s.alicePath, ALICE_PATH, 'ws-preset-alice'),
          cur ? preset(s.yourPath, cur, 'ws-preset-yours') : null,
          preset(s.measuredPath, MEASURED_PATH, 'ws-preset-measured')),
        ...DECISIONS.map((dp) => {
          const id = `ws-${i}-${dp.key}`;
          return h('div', { class: 'ws-decision' },
            h('label', { for: id }, `${dp.label} · ${r.decisions[dp.key]}`),
            h('select', { id, 'data-key': dp.key, onchange: (e: Event) => this.setPath(i, { ...this.paths[i], [dp.key]: (e.target as HTMLSelectElement).value } as Decisions) },
              ...dp.options.map((o) => {
                const opt = h('option', { value: o }, r.options[o].label);
                opt.selected = d[dp.key] === o;
                return opt;
              })));
        }));
    };
    return h('section', { class: 'ws-compare', 'aria-labelledby': 'ws-compare-title' },
      h('h3', { id: 'ws-compare-title' }, s.compareTitle),
      h('div', { class: 'ws-paths' }, column(0), column(1)),
      this.renderTable());
  }

  private renderTable(): HTMLElement {
    const s = this.s;
    const lang = this.view().lang;
    const f = formats(lang);
    const r = resultsStrings(lang);
    const endings = t(lang).ending;
    const n = this.numbers;
    if (!n || n.length < 2) return h('p', { class: 'rs-note ws-table-empty' }, s.computing);
    const [a, b] = [n[0]!, n[1]!];
    const spread = (q: Quantiles, fmt: (x: number) => string) => h('span', { class: 'ws-spread' }, fill(s.spreadNote, { p10: fmt(q.p10), p90: fmt(q.p90) }));
    const cell = (main: string, sub?: HTMLElement, value?: number) =>
      h('td', { 'data-value': value === undefined ? undefined : String(value) }, h('span', { class: 'ws-main' }, main), sub ? h('br') : null, sub ?? null);
    const events = (x: PathNumbers) => {
      const typical = EVENT_IDS.filter((e: EventId) => x.eventShare[e] >= 0.5).map((e) => r.events[e].short);
      return typical.length ? typical.join(', ') : s.none;
    };
    type Row = [key: string, label: string, a: HTMLElement, b: HTMLElement, delta: string];
    const q = (key: string, label: string, pick: (x: PathNumbers) => Quantiles, fmt: (x: number) => string, delta: (d: number) => string): Row => [
      key,
      label,
      cell(fmt(pick(a).p50), spread(pick(a), fmt), pick(a).p50),
      cell(fmt(pick(b).p50), spread(pick(b), fmt), pick(b).p50),
      delta(pick(b).p50 - pick(a).p50),
    ];
    const pts = (dx: number) => `${f.signedPts(dx)} ${s.units.pts}`;
    const rows: Row[] = [
      q('accepted', r.debrief.accepted, (x) => x.accepted, f.int, f.signed),
      // Both paths run under the same assumptions, so they share the replayed 2015 and its target.
      ['ofTarget', fill(s.rows.ofTarget, { target: f.int(a.target) }), cell(f.pct(a.accepted.p50 / a.target, 0)), cell(f.pct(b.accepted.p50 / b.target, 0)), pts(b.accepted.p50 / b.target - a.accepted.p50 / a.target)],
      ['chance', r.debrief.chance, cell(f.pct(a.pObjective, 0), undefined, a.pObjective), cell(f.pct(b.pObjective, 0), undefined, b.pObjective), pts(b.pObjective - a.pObjective)],
      q('qualified', r.debrief.qualified, (x) => x.qualified, f.int, f.signed),
      q('raw', r.debrief.raw, (x) => x.rawLeads, f.int, f.signed),
      q('spend', r.debrief.spend, (x) => x.spend, f.eur, f.signedEur),
      q('costPerAccepted', r.debrief.costPerAccepted, (x) => x.costPerAccepted, f.eur, f.signedEur),
      q('inbox', r.debrief.inbox, (x) => x.inboxRate, (x) => f.pct(x), pts),
      q('hardBounce', r.debrief.hardBounce, (x) => x.hardBounceRate, (x) => f.pct(x, 2), pts),
      ['ending', r.debrief.outcome, cell(endings[a.tier]), cell(endings[b.tier]), ''],
      ['events', s.rows.events, cell(events(a)), cell(events(b)), ''],
    ];
    return h('table', { class: 'ws-table' },
      h('caption', {}, s.tableCaption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, r.debrief.metric), h('th', { scope: 'col' }, s.pathA), h('th', { scope: 'col' }, s.pathB), h('th', { scope: 'col' }, s.difference))),
      h('tbody', {}, ...rows.map(([key, label, ca, cb, d]) =>
        h('tr', { 'data-row': key }, h('th', { scope: 'row' }, label), ca, cb, h('td', { class: 'ws-delta' }, d)))));
  }

  private setPath(i: 0 | 1, d: Decisions): void {
    const next: [Decisions, Decisions] = [...this.paths];
    next[i] = d;
    this.paths = next;
    this.render();
    void this.run(this.assumptions);
  }

  private renderAssumptions(openGroups: Set<string | undefined>): HTMLElement {
    const s = this.s;
    const lang = this.view().lang;
    const r = resultsStrings(lang);
    const a = this.assumptions;
    const changed = PARAM_IDS.filter((id) => {
      const c = CALIBRATION[id], p = a.params[id];
      return p.value !== c.value || p.low !== c.low || p.high !== c.high;
    });
    const groups = new Map<ParamGroup, ParamId[]>();
    for (const id of PARAM_IDS) {
      const g = CALIBRATION[id].group;
      groups.set(g, [...(groups.get(g) ?? []), id]);
    }
    const fileInput = h('input', { type: 'file', accept: '.json,application/json', class: 'ws-file', id: 'ws-file', onchange: (e: Event) => void this.loadFile(e.target as HTMLInputElement) });
    const name = (id: ParamId) => (lang === 'fr' ? r.params[id] ?? PARAM_NAMES_FR[id] ?? CALIBRATION[id].label : CALIBRATION[id].label);
    return h('section', { class: 'ws-assumptions', 'aria-labelledby': 'ws-assumptions-title' },
      h('h3', { id: 'ws-assumptions-title' }, s.assumptionsTitle),
      h('p', { class: 'rs-note' }, s.assumptionsIntro),
      h('div', { class: 'rs-actions' },
        h('button', { type: 'button', class: 'ws-reset', disabled: changed.length === 0 && a.sampleRanges, onclick: () => void this.run(published()) }, s.reset),
        h('button', { type: 'button', class: 'ws-save', onclick: () => this.save() }, s.save),
        h('label', { class: 'ws-load', for: 'ws-file' }, s.load),
        fileInput),
      h('label', { class: 'ws-sample' },
        h('input', { type: 'checkbox', id: 'ws-sample', checked: a.sampleRanges, onchange: (e: Event) => void this.run({ ...this.assumptions, sampleRanges: (e.target as HTMLInputElement).checked }) }),
        ' ', s.sampleRanges),
      h('p', { class: 'rs-note ws-changed' }, changed.length ? fill(s.changed, { n: changed.length }) : s.noneChanged),
      ...[...groups].map(([g, ids]) => {
        const details = h('details', { class: 'ws-group', 'data-group': g },
          h('summary', {}, s.groups[g], ids.some((id) => changed.includes(id)) ? ' •' : ''),
          h('table', { class: 'ws-params' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.assumptionsTitle), h('th', { scope: 'col' }, s.range), h('th', { scope: 'col' }, s.source))),
            h('tbody', {}, ...ids.map((id) => this.paramRow(id, name(id), changed.includes(id))))));
        details.open = openGroups.has(g);
        return details;
      }));
  }

  private paramRow(id: ParamId, label: string, changed: boolean): HTMLElement {
    const s = this.s;
    const lang = this.view().lang;
    const r = resultsStrings(lang);
    const c = CALIBRATION[id];
    const p = this.assumptions.params[id];
    const k = SCALE[c.unit];
    const unit = c.unit === 'rate' || c.unit === 'lift' ? s.units.pct : c.unit === 'euros' ? s.units.eur : c.unit === 'points' ? s.units.pts : c.unit === 'weeks' ? s.units.weeks : c.unit === 'multiplier' ? s.units.x : '';
    const num = finite((x: number) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumSignificantDigits: 6 }).format(tidy(x * k)));
    const inputId = `ws-p-${id}`;
    const input = h('input', {
      type: 'number', id: inputId, step: 'any', value: String(tidy(p.value * k)), 'data-param': id,
      'aria-describedby': `${inputId}-range`,
      onchange: (e: Event) => this.setParam(id, Number((Number((e.target as HTMLInputElement).value) / k).toPrecision(12)), e.target as HTMLInputElement),
    });
    return h('tr', { class: changed ? 'ws-param ws-param-changed' : 'ws-param' },
      h('td', {}, h('label', { for: inputId }, label), ' ',
        h('span', { class: 'ws-dir', 'data-direction': String(c.direction) }, c.direction === 1 ? s.direction.up : c.direction === -1 ? s.direction.down : s.direction.none),
        h('br'), input, ' ', unit,
        changed ? h('span', { class: 'ws-published' }, ' ', fill(s.published, { value: `${num(c.value)} ${unit}` })) : null),
      h('td', { id: `${inputId}-range` }, `${num(p.low)} – ${num(p.high)} ${unit}`),
      h('td', { class: 'ws-source' }, h('abbr', { title: r.rel[c.rel] }, c.rel), ' ', c.source, c.year ? ` (${c.year})` : ''));
  }

  private setParam(id: ParamId, value: number, input: HTMLInputElement): void {
    const p = this.assumptions.params[id];
    if (!Number.isFinite(value)) {
      // Not a number: show the last good value again (the schema would refuse it anyway).
      input.value = String(tidy(p.value * SCALE[CALIBRATION[id].unit]));
      this.setStatus(fill(this.s.rejected, { reason: `${id}: expected a number` }), 'error');
      return;
    }
    const next: ParamRange = { value, low: Math.min(p.low, value), high: Math.max(p.high, value) };
    void this.run({ ...this.assumptions, params: { ...this.assumptions.params, [id]: next } });
  }

  private save(): void {
    const blob = new Blob([`${JSON.stringify(this.assumptions, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: this.s.fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /**
   * A file from the facilitator's disk: refused by its size before it is read, then as JSON, then
   * by the worker's schema; a refusal names the field and changes nothing.
   */
  private async loadFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const big = checkAssumptionsSize(file.size);
    if (big) {
      this.setStatus(fill(this.s.rejected, { reason: this.issueText(big) }), 'error');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.setStatus(this.s.unreadable, 'error');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      this.setStatus(this.s.notJson, 'error');
      return;
    }
    await this.run(json, fill(this.s.loadedFile, { name: file.name }));
  }

  /** An issue in the panel's language, the field named by its parameter's name and its path in the file. */
  issueText(issue: AssumptionsIssue): string {
    const s = this.s;
    const lang = this.view().lang;
    const num = (x: number | undefined) => (x === undefined ? '?' : new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumSignificantDigits: 6 }).format(x));
    // A stranger's file may hold a very long key: the message shows its start.
    const path = issue.field.length > 80 ? `${issue.field.slice(0, 79)}…` : issue.field;
    const [top, id, part, ...rest] = issue.field.split('.');
    let field: string;
    if (!path) field = s.field.file;
    else if (top === 'params' && id && (PARAM_IDS as readonly string[]).includes(id) && rest.length === 0 && (part === undefined || part === 'value' || part === 'low' || part === 'high')) {
      const name = this.paramName(id as ParamId);
      field = part === undefined ? fill(s.field.param, { name, path }) : fill(s.field.part, { name, path, part: s.field.parts[part] });
    } else field = fill(s.field.top, { path });
    const types = s.types as Readonly<Record<string, string>>;
    const expected = issue.expected === undefined ? '?' : types[issue.expected] ?? issue.expected;
    const text = fill(s.issues[issue.kind], { field, expected, limit: num(issue.limit), low: num(issue.low), high: num(issue.high), bytes: num(issue.bytes) });
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** What an older file lacked (set to the published figures), named; '' for a complete file. */
  private filledText(filled: readonly ParamId[]): string {
    if (!filled.length) return '';
    const shown = filled.slice(0, 6).map((id) => this.paramName(id));
    const names = filled.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
    return fill(filled.length === 1 ? this.s.filledOne : this.s.filledMany, { n: filled.length, names });
  }

  private paramName(id: ParamId): string {
    const lang = this.view().lang;
    return lang === 'fr' ? resultsStrings(lang).params[id] ?? PARAM_NAMES_FR[id] ?? CALIBRATION[id].label : CALIBRATION[id].label;
  }
}

function samePath(a: Decisions, b: Decisions): boolean {
  return DECISIONS.every((d) => a[d.key] === b[d.key]);
}
