// The debrief (loaded when it first opens): the path, the decision ledger, the best road and
// the lessons, with print and file exports. HTML and CSS only (no canvas), so it prints cleanly.
import { h, clear, fill } from '../dom';
import { NOT_A_NUMBER, t } from '../../i18n';
import { CALIBRATION, type CalibrationEntry, type ParamId } from '../../sim/calibration';
import { DECISIONS, type Decisions } from '../../sim/decisions';
import type { Lang } from '../../i18n/strings';
import type { DebriefResult, PathNumbers, SimDetail, SimReport } from '../../service/protocol';
import type { ResultsStrings } from '../../i18n/results-strings';
import type { Rendered } from '../results/panel';
import { resultsStrings } from '../results/strings';
import { formats, type Formats } from '../results/format';
import { buildLedger, type Ledger, type LedgerEntry } from './ledger';
import { buildExport, csvRows, download, toCsv } from './export';
import { decidedItems, decidedView } from './decided';
import { optionText } from './option-facts';

export interface DebriefInput {
  readonly lang: Lang;
  readonly seed: number;
  readonly history: readonly string[];
  readonly pathCode: string;
  readonly decisions: Decisions;
  readonly semester: SimReport<SimDetail> | null;
  readonly result: Promise<DebriefResult>;
  onClose(): void;
  onRetry(): void;
}

/** A calibration value in words: 0.0007 rate -> 0.07%, 1.0095 lift -> +100.95%, 12 multiplier -> x12. */
export function paramValue(c: Pick<CalibrationEntry, 'unit' | 'value'>, v: number, lang: Lang): string {
  if (!Number.isFinite(v)) return NOT_A_NUMBER;
  const loc = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const n = (x: number, max = 2) => new Intl.NumberFormat(loc, { maximumFractionDigits: max }).format(x);
  const pct = (x: number) => new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: Math.abs(x) < 0.01 ? 3 : Math.abs(x) < 0.1 ? 2 : 1 }).format(x);
  switch (c.unit) {
    case 'rate': return pct(v);
    case 'lift': return (v > 0 ? '+' : '') + pct(v).replace('-', '\u2212');
    case 'multiplier': return `×${n(v)}`;
    case 'euros': return new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR', maximumFractionDigits: v < 10 ? 3 : 0 }).format(v);
    case 'count': return n(v, 0);
    case 'points': return `${n(v, 1)} pts`;
    case 'weeks': return lang === 'fr' ? `${n(v, 1)} sem.` : `${n(v, 1)} wk`;
  }
}

function sourceItem(id: ParamId, s: ResultsStrings, lang: Lang): HTMLElement {
  const c = CALIBRATION[id];
  const range = c.low === c.high ? '' : ` (${paramValue(c, c.low, lang)} – ${paramValue(c, c.high, lang)})`;
  return h(
    'li',
    { 'data-param': id, 'data-rel': c.rel },
    h('abbr', { class: `db-rel db-rel-${c.rel}`, title: s.rel[c.rel] }, c.rel),
    ' ',
    h('span', { class: 'db-param' }, s.params[id] ?? c.label),
    `${s.colon}${paramValue(c, c.value, lang)}${range}. `,
    h('cite', {}, c.source + (c.year ? `, ${c.year}` : '')),
  );
}

function numbersRows(played: PathNumbers, best: PathNumbers, s: ResultsStrings, f: Formats, lang: Lang): HTMLElement[] {
  const range = (x: { p10: number; p90: number }, fmt: (n: number) => string) => ` (${fmt(x.p10)}–${fmt(x.p90)})`;
  const tiers = t(lang).ending;
  const row = (key: string, label: string, a: string, b: string) => h('tr', { 'data-metric': key }, h('th', { scope: 'row' }, label), h('td', {}, a), h('td', {}, b));
  const qrow = (key: keyof Pick<PathNumbers, 'accepted' | 'qualified' | 'rawLeads' | 'spend' | 'costPerAccepted' | 'inboxRate' | 'hardBounceRate'>, label: string, fmt: (n: number) => string) =>
    row(key, label, fmt(played[key].p50) + range(played[key], fmt), fmt(best[key].p50) + range(best[key], fmt));
  return [
    qrow('accepted', s.debrief.accepted, f.int),
    qrow('qualified', s.debrief.qualified, f.int),
    qrow('rawLeads', s.debrief.raw, f.int),
    qrow('spend', s.debrief.spend, f.eur),
    qrow('costPerAccepted', s.debrief.costPerAccepted, f.eur),
    qrow('inboxRate', s.debrief.inbox, (x) => f.pct(x)),
    qrow('hardBounceRate', s.debrief.hardBounce, (x) => f.pct(x, 2)),
    row('pObjective', s.debrief.chance, f.pct(played.pObjective, 0), f.pct(best.pObjective, 0)),
    row('tier', s.debrief.outcome, tiers[played.tier], tiers[best.tier]),
  ];
}

/** An option's label quoted the language's way, unless it is already a quotation. */
export function quoted(label: string, lang: Lang): string {
  if (/^[“«"]/.test(label)) return label;
  return lang === 'fr' ? `« ${label} »` : `“${label}”`;
}

function effectSentence(e: LedgerEntry, s: ResultsStrings, f: Formats, lang: Lang): string {
  const tpl = e.verdict === 'worse' ? s.debrief.effectWorse : e.verdict === 'best' ? s.debrief.effectBest : s.debrief.effectEqual;
  return fill(tpl, { label: s.options[e.chosen].label, acc: f.signed(e.delta.accepted), inbox: f.signedPts(e.delta.inboxRate), alt: quoted(s.options[e.compareTo].label, lang) });
}

function entryView(e: LedgerEntry, s: ResultsStrings, f: Formats, lang: Lang): HTMLElement {
  const o = optionText(s, e.chosen, lang);
  const options = [{ option: e.chosen, accepted: e.played.accepted.p50 }, ...e.alternatives.map((a) => ({ option: a.option, accepted: a.numbers.accepted.p50 }))];
  const top = Math.max(1, ...options.map((x) => x.accepted));
  const bars = h(
    'ul',
    { class: 'db-bars', 'aria-label': s.debrief.accepted },
    ...options.map((x) => {
      const bar = h('span', { class: 'rs-bar', 'aria-hidden': 'true' });
      bar.style.setProperty('--w', `${Math.max(0.5, (100 * x.accepted) / top).toFixed(2)}%`);
      return h('li', { class: x.option === e.chosen ? 'db-bar-chosen' : '', 'data-option': x.option, 'data-accepted': x.accepted },
        h('span', { class: 'db-bar-label' }, s.options[x.option].label), bar, h('span', { class: 'db-bar-n' }, f.int(x.accepted)));
    }),
  );
  const alt = e.alternatives.find((a) => a.option === e.compareTo)!;
  return h(
    'article',
    { class: 'db-entry', 'data-decision': e.key, 'data-chosen': e.chosen, 'data-verdict': e.verdict, 'aria-labelledby': `db-${e.key}` },
    h('h4', { id: `db-${e.key}` }, `${e.point} · ${s.decisions[e.key]}`),
    h('p', { class: 'db-chosen' }, `${s.debrief.youChose}${s.colon}`, h('strong', {}, o.label)),
    h('p', { class: 'db-effect', 'data-delta-accepted': e.delta.accepted, 'data-delta-inbox': (100 * e.delta.inboxRate).toFixed(1) }, effectSentence(e, s, f, lang)),
    bars,
    h('dl', { class: 'db-why' },
      h('dt', {}, s.debrief.mechanism), h('dd', {}, o.mechanism),
      h('dt', {}, s.debrief.whatIf), h('dd', { class: 'db-whatif', 'data-option': alt.option, 'data-accepted': alt.numbers.accepted.p50 },
        fill(s.debrief.whatIfLine, { alt: quoted(s.options[alt.option].label, lang), acc: f.int(alt.numbers.accepted.p50), chance: f.pct(alt.numbers.pObjective, 0), tier: t(lang).ending[alt.numbers.tier] })),
      h('dt', {}, s.debrief.learning), h('dd', { class: 'db-learning' }, o.learning),
    ),
    e.key === 'list' && e.chosen !== 'list_none' ? h('p', { class: 'db-legal' }, s.debrief.legalNote) : null,
    h('div', { class: 'db-sources' },
      h('h5', {}, s.debrief.sources),
      h('ul', {}, ...e.params.map((id) => sourceItem(id, s, lang)),
        ...e.references.map((r) => h('li', { 'data-ref': 'extra', 'data-rel': r.rel }, h('abbr', { class: `db-rel db-rel-${r.rel}`, title: s.rel[r.rel] }, r.rel), ' ', h('cite', {}, r.source + (r.year ? `, ${r.year}` : ''))))),
    ),
  );
}

function pathList(d: Decisions, s: ResultsStrings, cls: string, mark?: Decisions): HTMLElement {
  return h('ol', { class: cls }, ...DECISIONS.map((x) => {
    const changed = mark && mark[x.key] !== d[x.key];
    return h('li', { 'data-option': d[x.key], class: changed ? 'db-changed' : '' }, h('span', { class: 'db-point' }, `${x.label} · ${s.decisions[x.key]}${s.colon}`), s.options[d[x.key]].label);
  }));
}

function renderLedger(container: HTMLElement, ledger: Ledger, r: DebriefResult, input: DebriefInput, s: ResultsStrings, f: Formats): void {
  const lang = input.lang;
  const exportNow = () => buildExport(ledger, r.decisions, s, {
    lang, seed: input.seed, history: input.history, pathCode: input.pathCode, semester: input.semester, exportedAt: new Date().toISOString(),
  });
  const name = `${s.debrief.fileName}-${input.pathCode.replace(/[^a-z0-9_-]/gi, '_').slice(0, 60)}`;
  const actions = container.querySelector('.rs-actions');
  actions?.prepend(
    h('button', { type: 'button', class: 'db-print', onclick: () => window.print() }, s.debrief.print),
    h('button', { type: 'button', class: 'db-json', onclick: () => download(`${name}.json`, 'application/json', JSON.stringify(exportNow(), null, 2), container) }, s.debrief.downloadJson),
    h('button', { type: 'button', class: 'db-csv', onclick: () => download(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(csvRows(exportNow())), container) }, s.debrief.downloadCsv),
  );
  const best = ledger.best;
  const ledgerSection = h('section', { class: 'db-ledger', 'aria-labelledby': 'db-ledger-title' },
    h('h3', { id: 'db-ledger-title' }, s.debrief.ledgerTitle),
    h('p', {}, s.debrief.ledgerIntro),
    ...ledger.entries.map((e) => entryView(e, s, f, lang)),
  );
  // What decided the result, from the path's own numbers; its links point at the ledger's sources rows.
  const decided = decidedView(decidedItems(ledger.played, best.numbers), ledger.runs, s, f, lang, {
    find: (id) => ledgerSection.querySelector<HTMLElement>(`li[data-param="${id}"]`),
    make: (id) => sourceItem(id, s, lang),
  });
  container.append(
    h('p', { class: 'rs-note' }, fill(s.debrief.intro, { runs: f.int(ledger.runs) })),
    h('section', { class: 'db-path', 'aria-labelledby': 'db-path-title' },
      h('h3', { id: 'db-path-title' }, s.debrief.yourPath),
      pathList(r.decisions, s, 'db-steps'),
      h('p', { class: 'db-code' }, `${s.debrief.pathCode}${s.colon}`, h('code', {}, input.pathCode), ` · ${s.debrief.seed}${s.colon}${input.seed}`),
      h('table', { class: 'db-compare' },
        h('caption', {}, fill(s.debrief.medianNote, { runs: f.int(ledger.runs) })),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.debrief.metric), h('th', { scope: 'col' }, s.debrief.comparePlayed), h('th', { scope: 'col' }, s.debrief.compareBest))),
        h('tbody', {}, ...numbersRows(ledger.played, best.numbers, s, f, lang)),
      ),
    ),
    decided,
    ledgerSection,
    h('section', { class: 'db-best', 'aria-labelledby': 'db-best-title', 'data-best-path': DECISIONS.map((x) => best.decisions[x.key]).join('.'), 'data-accepted': best.numbers.accepted.p50, 'data-ledger-ms': r.timings.ledgerMs, 'data-search-ms': r.timings.searchMs },
      h('h3', { id: 'db-best-title' }, s.debrief.bestPathTitle),
      h('p', {}, s.debrief.bestPathIntro),
      pathList(best.decisions, s, 'db-steps', r.decisions),
      ledger.isBestPath ? h('p', { class: 'db-strong' }, s.debrief.bestPathSame) : null,
      h('p', { class: 'db-how' }, fill(s.debrief.bestPathHow, { screened: best.screened, screenRuns: best.screenRuns, finalists: best.finalists, runs: f.int(ledger.runs) })),
    ),
    h('section', { class: 'db-lessons', 'aria-labelledby': 'db-lessons-title' },
      h('h3', { id: 'db-lessons-title' }, s.debrief.lessonsTitle),
      h('p', {}, s.debrief.lessonsIntro),
      h('ol', {}, ...ledger.lessons.map((e) => h('li', { 'data-decision': e.key }, h('strong', {}, `${e.point} · ${s.options[e.chosen].label}. `), optionText(s, e.chosen, lang).learning))),
    ),
  );
}

export function renderDebrief(container: HTMLElement, input: DebriefInput): Rendered {
  const s = resultsStrings(input.lang);
  const f = formats(input.lang);
  let alive = true;
  clear(container);
  const status = h('p', { class: 'rs-status db-computing', role: 'status' }, s.debrief.computing);
  container.append(
    h('header', { class: 'rs-head' },
      h('h2', { id: 'db-title', tabindex: -1 }, s.debrief.title),
      h('div', { class: 'rs-actions', role: 'group', 'aria-label': s.debrief.exportLabel },
        h('button', { type: 'button', class: 'primary rs-close', onclick: () => input.onClose() }, s.debrief.close)),
    ),
    status,
  );
  container.dataset['ready'] = 'false';
  container.setAttribute('aria-busy', 'true');
  input.result.then(
    (r) => {
      if (!alive) return;
      status.remove();
      renderLedger(container, buildLedger(r), r, input, s, f);
      container.dataset['ready'] = 'true';
      container.removeAttribute('aria-busy');
    },
    (e: unknown) => {
      if (!alive) return;
      status.textContent = fill(s.debrief.failed, { message: (e as Error).message ?? String(e) });
      status.after(h('button', { type: 'button', onclick: () => input.onRetry() }, s.debrief.retry));
      container.removeAttribute('aria-busy');
    },
  );
  return {
    destroy() {
      alive = false;
    },
  };
}
