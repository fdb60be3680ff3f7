// The debrief as files a trainee hands to the facilitator: one JSON object, and the same numbers
// as a long-format CSV (section, item, metric, value) that opens in any spreadsheet. No network:
// a Blob and an <a download>.
import { CALIBRATION } from '../../sim/calibration';
import { DECISIONS, type DecisionId } from '../../sim/decisions';
import type { EventId, Quantiles, Tier } from '../../sim/types';
import type { Lang } from '../../i18n/strings';
import type { PathNumbers, SimDetail, SimReport } from '../../service/protocol';
import type { ResultsStrings } from '../../i18n/results-strings';
import type { Ledger, Verdict } from './ledger';
import type { Reference } from './sources';
import { optionText } from './option-facts';
import { decidedItems, decidedTexts } from './decided';
import { formats } from '../results/format';

export interface ExportContext {
  readonly lang: Lang;
  readonly seed: number;
  readonly history: readonly string[];
  readonly pathCode: string;
  readonly semester: SimReport<SimDetail> | null;
  readonly exportedAt: string;
}

/** A path's numbers as exported: everything but the per-event shares. */
type NumbersOut = Omit<PathNumbers, 'eventShare' | 'runs' | 'budget'>;

interface Step {
  readonly point: string;
  readonly key: string;
  readonly id: DecisionId;
  readonly label: string;
}

export interface DebriefExport {
  readonly format: 'alices-logbook-debrief';
  readonly version: 1;
  readonly exportedAt: string;
  readonly lang: Lang;
  readonly seed: number;
  readonly pathCode: string;
  readonly history: readonly string[];
  readonly runs: number;
  readonly target: number | null;
  readonly baseline: number | null;
  readonly path: readonly Step[];
  readonly seededRun: {
    readonly rawLeads: number; readonly qualified: number; readonly accepted: number; readonly spend: number;
    readonly costPerAccepted: number; readonly hardBounceRate: number; readonly inboxRate: number; readonly tier: Tier;
    readonly events: readonly { readonly week: number; readonly id: EventId }[];
  } | null;
  readonly played: NumbersOut;
  readonly ledger: readonly {
    readonly point: string; readonly key: string; readonly chosen: DecisionId; readonly chosenLabel: string; readonly verdict: Verdict;
    readonly comparedWith: DecisionId; readonly comparedWithLabel: string;
    readonly accepted: number; readonly comparedAccepted: number; readonly deltaAccepted: number; readonly deltaQualified: number;
    readonly deltaInboxPoints: number; readonly deltaSpend: number; readonly deltaChancePoints: number;
    readonly mechanism: string; readonly learning: string;
    readonly sources: readonly { readonly id: string; readonly label: string; readonly value: number; readonly low: number; readonly high: number; readonly unit: string; readonly source: string; readonly year: number | null; readonly rel: string }[];
    readonly references: readonly Reference[];
  }[];
  readonly bestPath: { readonly path: readonly Step[]; readonly numbers: NumbersOut; readonly isYours: boolean; readonly screened: number; readonly screenRuns: number; readonly finalists: number };
  /** What decided the result (the debrief's section): each mechanism named, its numbers, its words and its mark. */
  readonly decided: readonly { readonly id: string; readonly title: string; readonly text: string; readonly rule: string; readonly values: Readonly<Record<string, number>> }[];
}

/** Rounds for export; `+ 0` turns -0 into 0, which JSON and CSV cannot tell apart anyway. */
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits + 0;
const q = (x: Quantiles, digits = 0): Quantiles => ({ p10: round(x.p10, digits), p50: round(x.p50, digits), p90: round(x.p90, digits) });

function numbersOut(n: PathNumbers): NumbersOut {
  return {
    accepted: q(n.accepted, 1), qualified: q(n.qualified, 1), rawLeads: q(n.rawLeads, 1), spend: q(n.spend), costPerAccepted: q(n.costPerAccepted),
    inboxRate: q(n.inboxRate, 4), hardBounceRate: q(n.hardBounceRate, 4), pObjective: round(n.pObjective, 4), tier: n.tier,
    baseline: n.baseline, target: n.target,
    phase1: { rawLeads: q(n.phase1.rawLeads, 1), qualified: q(n.phase1.qualified, 1), accepted: q(n.phase1.accepted, 1) },
    salesBottleneckShare: round(n.salesBottleneckShare, 4), bottleneck: n.bottleneck,
  };
}

function steps(d: Readonly<Record<string, DecisionId>>, s: ResultsStrings): Step[] {
  return DECISIONS.map((x) => ({ point: x.label, key: x.key, id: d[x.key]!, label: s.options[d[x.key]!].label }));
}

export function buildExport(ledger: Ledger, decisions: Readonly<Record<string, DecisionId>>, s: ResultsStrings, ctx: ExportContext): DebriefExport {
  const o = ctx.semester?.detail.outcome ?? null;
  return {
    format: 'alices-logbook-debrief',
    version: 1,
    exportedAt: ctx.exportedAt,
    lang: ctx.lang,
    seed: ctx.seed,
    pathCode: ctx.pathCode,
    history: [...ctx.history],
    runs: ledger.runs,
    target: o?.target ?? null,
    baseline: o?.baseline ?? null,
    path: steps(decisions, s),
    seededRun: o
      ? {
          rawLeads: o.totals.rawLeads, qualified: o.totals.qualified, accepted: o.totals.accepted, spend: round(o.totals.spend),
          costPerAccepted: round(o.totals.costPerAccepted), hardBounceRate: round(o.totals.hardBounceRate, 4), inboxRate: round(o.totals.inboxRate, 4),
          tier: o.tier, events: o.events.map((e) => ({ week: e.week, id: e.id })),
        }
      : null,
    played: numbersOut(ledger.played),
    ledger: ledger.entries.map((e) => ({
      point: e.point, key: e.key, chosen: e.chosen, chosenLabel: s.options[e.chosen].label, verdict: e.verdict,
      comparedWith: e.compareTo, comparedWithLabel: s.options[e.compareTo].label,
      accepted: round(e.played.accepted.p50, 1), comparedAccepted: round(e.compare.accepted.p50, 1),
      deltaAccepted: round(e.delta.accepted, 1), deltaQualified: round(e.delta.qualified, 1),
      deltaInboxPoints: round(100 * e.delta.inboxRate, 1), deltaSpend: round(e.delta.spend), deltaChancePoints: round(100 * e.delta.pObjective, 1),
      mechanism: optionText(s, e.chosen, ctx.lang).mechanism, learning: optionText(s, e.chosen, ctx.lang).learning,
      sources: e.params.map((id) => {
        const c = CALIBRATION[id];
        return { id, label: s.params[id] ?? c.label, value: c.value, low: c.low, high: c.high, unit: c.unit, source: c.source, year: c.year, rel: c.rel };
      }),
      references: e.references,
    })),
    decided: decidedOut(ledger, s, ctx.lang),
    bestPath: {
      path: steps(ledger.best.decisions, s), numbers: numbersOut(ledger.best.numbers), isYours: ledger.isBestPath,
      screened: ledger.best.screened, screenRuns: ledger.best.screenRuns, finalists: ledger.best.finalists,
    },
  };
}

function decidedOut(ledger: Ledger, s: ResultsStrings, lang: Lang): DebriefExport['decided'] {
  const items = decidedItems(ledger.played, ledger.best.numbers);
  const texts = decidedTexts(items, ledger.runs, s, formats(lang), lang);
  return items.map((it, i) => ({
    id: it.id, title: texts[i]!.title, text: texts[i]!.text, rule: texts[i]!.rule,
    values: Object.fromEntries(Object.entries(it.values).map(([k, v]) => [k, round(v, 4)])),
  }));
}

export type CsvRow = readonly [section: string, item: string, metric: string, value: string];

/** The export as long-format rows: every number of the JSON a facilitator would pivot on. */
export function csvRows(x: DebriefExport): CsvRow[] {
  const rows: CsvRow[] = [['section', 'item', 'metric', 'value']];
  const add = (section: string, item: string, metric: string, value: string | number | null) => rows.push([section, item, metric, value === null ? '' : String(value)]);
  add('meta', '', 'format', x.format);
  add('meta', '', 'version', x.version);
  add('meta', '', 'exported_at', x.exportedAt);
  add('meta', '', 'lang', x.lang);
  add('meta', '', 'seed', x.seed);
  add('meta', '', 'path_code', x.pathCode);
  add('meta', '', 'runs', x.runs);
  add('meta', '', 'target', x.target);
  add('meta', '', 'baseline', x.baseline);
  for (const p of x.path) {
    add('path', p.point, 'choice', p.id);
    add('path', p.point, 'label', p.label);
  }
  if (x.seededRun) {
    const r = x.seededRun;
    for (const [k, v] of [['raw_leads', r.rawLeads], ['qualified', r.qualified], ['accepted', r.accepted], ['spend', r.spend], ['cost_per_accepted', r.costPerAccepted], ['hard_bounce_rate', r.hardBounceRate], ['inbox_rate', r.inboxRate], ['tier', r.tier]] as const) add('seeded_run', 'total', k, v);
    for (const e of r.events) add('seeded_run', `week ${e.week}`, 'event', e.id);
  }
  const numbers = (section: string, n: NumbersOut) => {
    for (const k of ['accepted', 'qualified', 'rawLeads', 'spend', 'costPerAccepted', 'inboxRate', 'hardBounceRate'] as const) {
      for (const p of ['p10', 'p50', 'p90'] as const) add(section, k, p, n[k][p]);
    }
    add(section, 'pObjective', 'share', n.pObjective);
    add(section, 'tier', 'median', n.tier);
  };
  numbers('played', x.played);
  for (const e of x.ledger) {
    add('ledger', e.point, 'chosen', e.chosen);
    add('ledger', e.point, 'chosen_label', e.chosenLabel);
    add('ledger', e.point, 'verdict', e.verdict);
    add('ledger', e.point, 'compared_with', e.comparedWith);
    add('ledger', e.point, 'compared_with_label', e.comparedWithLabel);
    add('ledger', e.point, 'accepted_p50', e.accepted);
    add('ledger', e.point, 'compared_accepted_p50', e.comparedAccepted);
    add('ledger', e.point, 'delta_accepted', e.deltaAccepted);
    add('ledger', e.point, 'delta_qualified', e.deltaQualified);
    add('ledger', e.point, 'delta_inbox_points', e.deltaInboxPoints);
    add('ledger', e.point, 'delta_spend', e.deltaSpend);
    add('ledger', e.point, 'delta_chance_points', e.deltaChancePoints);
    add('ledger', e.point, 'sources', e.sources.map((c) => `${c.id} (${c.source}${c.year ? `, ${c.year}` : ''}; ${c.rel})`).concat(e.references.map((r) => `${r.source}${r.year ? `, ${r.year}` : ''}; ${r.rel}`)).join(' | '));
  }
  for (const d of x.decided ?? []) {
    add('decided', d.id, 'text', d.text);
    for (const [k, v] of Object.entries(d.values)) add('decided', d.id, k, v);
  }
  for (const p of x.bestPath.path) add('best_path', p.point, 'choice', p.id);
  numbers('best_path', x.bestPath.numbers);
  add('best_path', '', 'is_yours', String(x.bestPath.isYours));
  return rows;
}

const needsQuotes = /[",\r\n]/;

/** RFC 4180, with a byte-order mark so spreadsheet programs read the accents right. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => (needsQuotes.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}

export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && src[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Saves text as a file through a Blob URL (nothing leaves the machine). */
export function download(fileName: string, mime: string, text: string, parent: HTMLElement): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  parent.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
