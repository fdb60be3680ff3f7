// The Class panel's pure logic: reading many result codes out of pasted text, a CSV file or a
// `?class=` link; counting each trainee once; the class's share of each option per decision; the
// ranking; the class's spread of outcomes; the CSV export. No DOM, no model: the numbers come from
// the simulation service (kind `cohort`), keyed by path.
import { decodePath, encodePath } from '../../persist/path-code';
import { ALICE_PATH, DECISIONS, decisionsFromHistory, type DecisionId, type DecisionKey, type Decisions } from '../../sim/decisions';
import type { Tier } from '../../sim/types';
import type { PathNumbers } from '../../service/protocol';
import { better, pathKey } from '../../service/debrief-rank';

/** One seed for the whole class: the workshop panel's. */
export const CLASS_SEED = 2016;
/** Runs per path (service/class-request.ts COHORT_RUNS): 200 codes load well under 2 s. */
export const CLASS_RUNS = 20;

/** The most codes one class takes (a safety net for a huge paste; a class is 10 to 60). */
export const CLASS_MAX_CODES = 2000;
/** The largest CSV file read (checked on the file's size, before reading it). */
export const CLASS_MAX_FILE_BYTES = 1024 * 1024;

/** The live room's results, as the facilitator's page hands them to the Class panel. */
export interface RoomFeed {
  /** The room's code as shown (`K7P-3QX`). */
  readonly label: string;
  /** `name: code`, one finished trainee a line. */
  readonly codes: string;
  readonly finished: number;
  readonly members: number;
}

export interface Trainee {
  /** 1, 2, 3... in the order the codes were given (a trainee without a name is shown by number). */
  readonly n: number;
  readonly name: string | null;
  /** The code as the path-code module writes it (the dedupe key). */
  readonly code: string;
  readonly seed: number;
  readonly decisions: Decisions;
}

export type BadReason = { readonly kind: 'decode'; readonly error: string } | { readonly kind: 'other_version' } | { readonly kind: 'tampered' } | { readonly kind: 'unfinished'; readonly missing: readonly string[] } | { readonly kind: 'too_many' };

export interface BadCode {
  readonly text: string;
  /** 1-based line of the input. */
  readonly line: number;
  readonly reason: BadReason;
}

export interface ParsedClass {
  readonly trainees: readonly Trainee[];
  readonly bad: readonly BadCode[];
  /** Codes seen again (the same path and seed): counted once. */
  readonly duplicates: number;
}

// A link's `path=` value, or a bare code: a version number, then dash-separated fields (seed, choices,
// and whatever a later format adds), each of letters, digits, `_` and `.`, with a `_` somewhere (choice ids
// are snake_case: a date is not a code). decodePath decides.
const LINK = /[?&#]path=([^&#\s"'<>,;]+)/g;
const BARE = /(?<![\w.-])\d{1,2}(?=-[0-9A-Za-z_.-]*_)(?:-[0-9A-Za-z_.]+){2,4}(?![\w-])/g;
const SEPARATORS = /^[\s,;:|\t"'()[\]<>=-]+|[\s,;:|\t"'()[\]<>=-]+$/g;

interface Found {
  readonly raw: string;
  readonly line: number;
  readonly name: string | null;
}

/** Every code-looking piece of `text`, with a name taken from the rest of its line when it holds one code. */
export function findCodes(text: string): Found[] {
  const out: Found[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, i) => {
    const spans: { start: number; end: number; raw: string }[] = [];
    for (const m of lineText.matchAll(LINK)) {
      let raw = m[1]!;
      try {
        raw = decodeURIComponent(raw);
      } catch {
        // keep it as it is: decodePath will say what is wrong
      }
      // The whole link is the code's span (its origin and other parameters are not a name).
      const start = lineText.lastIndexOf(' ', m.index) + 1;
      const endSpace = lineText.slice(m.index).search(/[\s,;]/);
      spans.push({ start, end: endSpace < 0 ? lineText.length : m.index + endSpace, raw });
    }
    for (const m of lineText.matchAll(BARE)) {
      const start = m.index;
      if (spans.some((s) => start >= s.start && start < s.end)) continue;
      spans.push({ start, end: start + m[0].length, raw: m[0] });
    }
    if (!spans.length) return;
    spans.sort((a, b) => a.start - b.start);
    let name: string | null = null;
    if (spans.length === 1) {
      const s = spans[0]!;
      const rest = `${lineText.slice(0, s.start)} ${lineText.slice(s.end)}`.replace(/\s+/g, ' ').replace(SEPARATORS, '').trim();
      name = rest ? rest.slice(0, 60) : null;
    }
    for (const s of spans) out.push({ raw: s.raw, line: i + 1, name });
  });
  return out;
}

/** The decisions a path took, or the decision points it never reached. */
export function fullDecisions(history: readonly string[]): { ok: true; value: Decisions } | { ok: false; missing: string[] } {
  const d = decisionsFromHistory(history);
  const missing = DECISIONS.filter((x) => !d[x.key]).map((x) => x.label);
  return missing.length ? { ok: false, missing } : { ok: true, value: d as Decisions };
}

/**
 * Reads a class out of pasted text (one code a line or mixed with other text), a CSV file's text or a `?class=` list.
 * With `storyVersion`, a code made for another version of the story is set aside (its choices may not mean the same).
 */
export function parseClass(text: string, storyVersion?: string): ParsedClass {
  const trainees: Trainee[] = [];
  const bad: BadCode[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const f of findCodes(text)) {
    if (trainees.length >= CLASS_MAX_CODES) {
      bad.push({ text: f.raw, line: f.line, reason: { kind: 'too_many' } });
      continue;
    }
    const res = decodePath(f.raw, storyVersion);
    if (!res.ok) {
      const reason: BadReason = res.kind === 'other-version' ? { kind: 'other_version' } : res.kind === 'tampered' ? { kind: 'tampered' } : { kind: 'decode', error: res.error };
      bad.push({ text: f.raw, line: f.line, reason });
      continue;
    }
    const full = fullDecisions(res.value.history);
    if (!full.ok) {
      bad.push({ text: f.raw, line: f.line, reason: { kind: 'unfinished', missing: full.missing } });
      continue;
    }
    const code = encodePath(res.value, storyVersion);
    if (seen.has(code)) {
      duplicates++;
      continue;
    }
    seen.add(code);
    trainees.push({ n: trainees.length + 1, name: f.name, code, seed: res.value.seed, decisions: full.value });
  }
  return { trainees, bad, duplicates };
}

/** The codes of a `?class=CODE,CODE,...` parameter, as text for parseClass (null: no such parameter). */
export function classParam(search: string): string | null {
  const v = new URLSearchParams(search).get('class');
  return v === null ? null : v.split(',').join('\n');
}

/** Merges two parsed inputs (a paste, then a file): trainees already in `a` are duplicates in `b`. */
export function mergeClasses(a: ParsedClass, b: ParsedClass): ParsedClass {
  const seen = new Set(a.trainees.map((t) => t.code));
  const trainees = [...a.trainees];
  let duplicates = a.duplicates + b.duplicates;
  for (const t of b.trainees) {
    if (seen.has(t.code)) {
      duplicates++;
      continue;
    }
    seen.add(t.code);
    trainees.push({ ...t, n: trainees.length + 1 });
  }
  return { trainees, bad: [...a.bad, ...b.bad], duplicates };
}

/** The distinct paths of a class, in first-seen order (what the service is asked to evaluate). */
export function distinctPaths(trainees: readonly Trainee[]): Decisions[] {
  const m = new Map<string, Decisions>();
  for (const t of trainees) if (!m.has(pathKey(t.decisions))) m.set(pathKey(t.decisions), t.decisions);
  return [...m.values()];
}

// ---- aggregates ---------------------------------------------------------------------------------

export interface OptionShare {
  readonly option: DecisionId;
  readonly count: number;
  /** 0..1 of the class. */
  readonly share: number;
  readonly alice: boolean;
  readonly best: boolean;
}

export interface DecisionShares {
  readonly key: DecisionKey;
  readonly label: string;
  readonly options: readonly OptionShare[];
}

/** Per decision, how many of the class took each option, beside Alice's option and the best path's. */
export function decisionShares(trainees: readonly Trainee[], best: Decisions | null): DecisionShares[] {
  const n = trainees.length;
  return DECISIONS.map((d) => ({
    key: d.key,
    label: d.label,
    options: d.options.map((option) => {
      const count = trainees.filter((t) => t.decisions[d.key] === option).length;
      return { option, count, share: n ? count / n : 0, alice: ALICE_PATH[d.key] === option, best: best?.[d.key] === option };
    }),
  }));
}

export interface RankRow {
  /** 1 = best; trainees with the same numbers share a rank. */
  readonly rank: number;
  readonly trainee: Trainee;
  readonly tier: Tier;
  readonly accepted: number;
  readonly costPerAccepted: number;
  readonly inboxRate: number;
  readonly numbers: PathNumbers;
}

/** The ranking: best first by the debrief's order (accepted leads, chance of the target, cost). */
export function ranking(trainees: readonly Trainee[], numbersOf: (d: Decisions) => PathNumbers | undefined): RankRow[] {
  const rows = trainees.flatMap((trainee) => {
    const numbers = numbersOf(trainee.decisions);
    if (!numbers) return [];
    return [{ trainee, numbers }];
  });
  rows.sort((a, b) => better(a.numbers, b.numbers) || a.trainee.n - b.trainee.n);
  let rank = 0;
  return rows.map((r, i) => {
    if (i === 0 || better(rows[i - 1]!.numbers, r.numbers) !== 0) rank = i + 1;
    return {
      rank,
      trainee: r.trainee,
      tier: r.numbers.tier,
      accepted: r.numbers.accepted.p50,
      costPerAccepted: r.numbers.costPerAccepted.p50,
      inboxRate: r.numbers.inboxRate.p50,
      numbers: r.numbers,
    };
  });
}

export type Metric = 'accepted' | 'costPerAccepted' | 'inboxRate';
export const METRICS: readonly Metric[] = ['accepted', 'costPerAccepted', 'inboxRate'];

export interface Spread {
  readonly metric: Metric;
  readonly min: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly max: number;
  readonly alice: number;
  readonly best: number;
  /** Share of the class that did better than Alice on this metric (more leads, a lower cost, a higher inbox rate). */
  readonly beatAlice: number;
}

const lowerIsBetter = (m: Metric) => m === 'costPerAccepted';

function q(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

/** The class's spread of each outcome (each trainee's median under the class seed) against Alice's path and the best path. */
export function outcomeSpread(rows: readonly RankRow[], alice: PathNumbers, best: PathNumbers): Spread[] {
  return METRICS.map((metric) => {
    const v = rows.map((r) => r[metric]).sort((a, b) => a - b);
    const a = alice[metric].p50;
    const beat = rows.filter((r) => (lowerIsBetter(metric) ? r[metric] < a : r[metric] > a)).length;
    return {
      metric,
      min: v[0] ?? NaN,
      p25: q(v, 0.25),
      median: q(v, 0.5),
      p75: q(v, 0.75),
      max: v[v.length - 1] ?? NaN,
      alice: a,
      best: best[metric].p50,
      beatAlice: rows.length ? beat / rows.length : 0,
    };
  });
}

/** How many of the class reached each tier. */
export function tierCounts(rows: readonly RankRow[]): Map<Tier, number> {
  const m = new Map<Tier, number>();
  for (const r of rows) m.set(r.tier, (m.get(r.tier) ?? 0) + 1);
  return m;
}

// ---- export -------------------------------------------------------------------------------------

/** A CSV cell: quoted when needed, and a leading = + - @ defused (spreadsheets run formulas). */
export function csvCell(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function rankingCsv(rows: readonly RankRow[], header: readonly string[], tierName: (t: Tier) => string): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.rank, r.trainee.name ?? `#${r.trainee.n}`, tierName(r.tier), Math.round(r.accepted), Math.round(r.costPerAccepted), Number(r.inboxRate.toFixed(4)),
        ...DECISIONS.map((d) => r.trainee.decisions[d.key]), r.trainee.code,
      ].map(csvCell).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
