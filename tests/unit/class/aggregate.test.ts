// The Class panel's pure logic: the code parser (pasted text, CSV, ?class=), dedupe, the class's
// shares per decision, the ranking, the spread and the CSV export; and the service's `cohort` kind.
import { describe, expect, it } from 'vitest';
import { encodePath } from '../../../src/persist/path-code';
import { ALICE_PATH, DECISIONS, allDecisionPaths, type Decisions } from '../../../src/sim/decisions';
import {
  classParam, csvCell, decisionShares, distinctPaths, findCodes, mergeClasses, outcomeSpread, parseClass, ranking, rankingCsv, tierCounts,
} from '../../../src/ui/class/aggregate';
import { cohortBestCache, cohortNumbers } from '../../../src/service/class-request';
import { evaluatePath } from '../../../src/service/debrief-request';
import { pathKey } from '../../../src/service/debrief-rank';
import type { PathNumbers } from '../../../src/service/protocol';

const ids = (d: Decisions) => DECISIONS.map((x) => d[x.key]);
/** A finished game's code: the decisions among other choices of the story. */
const codeOf = (d: Decisions, seed = 7) => encodePath({ seed, history: ['speech_applaud', ...ids(d).slice(0, 2), 'night_laptop', ...ids(d).slice(2)] });
const MEASURED: Decisions = { plan: 'plan_target', answer: 'answer_measure', content: 'content_adapt', list: 'list_none', launch: 'launch_test_first', course: 'course_sales' };

describe('the code parser', () => {
  it('reads one code a line, codes inside links and codes mixed with names and other text', () => {
    const a = codeOf(ALICE_PATH, 11);
    const m = codeOf(MEASURED, 12);
    const text = [
      'Results of the Tuesday group, 2026-12-01',
      `Chloé: ${a}`,
      `Marc Dupont, http://127.0.0.1:4173/?path=${m}&lang=fr`,
      '',
      `${codeOf(MEASURED, 13)}`,
    ].join('\n');
    const c = parseClass(text);
    expect(c.bad).toEqual([]);
    expect(c.trainees.map((t) => [t.n, t.name, t.seed])).toEqual([[1, 'Chloé', 11], [2, 'Marc Dupont', 12], [3, null, 13]]);
    expect(c.trainees[0]!.decisions).toEqual(ALICE_PATH);
    expect(c.trainees[1]!.decisions).toEqual(MEASURED);
  });

  it('checks the story version of v2 codes: the same version is read, another or a damaged one is set aside', () => {
    const hist = (d: Decisions) => ['speech_applaud', ...ids(d)];
    const same = encodePath({ seed: 5, history: hist(MEASURED) }, '3');
    const other = encodePath({ seed: 6, history: hist(MEASURED) }, '2');
    const cut = encodePath({ seed: 7, history: hist(ALICE_PATH) }, '3').slice(0, -1);
    const old = codeOf(ALICE_PATH, 8); // v1: no version, still read
    const c = parseClass([`Ana ${same}`, `Bo ${other}`, `Cy ${cut}`, `Di ${old}`].join('\n'), '3');
    expect(c.trainees.map((t) => [t.name, t.seed])).toEqual([['Ana', 5], ['Di', 8]]);
    expect(c.bad.map((b) => [b.line, b.reason.kind])).toEqual([[2, 'other_version'], [3, 'tampered']]);
    // The same game as v1 and v2 is one trainee, counted once.
    const twice = parseClass(`${encodePath({ seed: 9, history: hist(MEASURED) }, '3')}\n${encodePath({ seed: 9, history: hist(MEASURED) })}`, '3');
    expect([twice.trainees.length, twice.duplicates]).toEqual([1, 1]);
  });

  it('reads a CSV export (header, quoted names, CRLF) and a ?class= list', () => {
    const csv = `name,code\r\n"Dupont, Marc",${codeOf(MEASURED)}\r\nAnna;${codeOf(ALICE_PATH)}\r\n`;
    const c = parseClass(csv);
    expect(c.trainees.map((t) => t.name)).toEqual(['Dupont, Marc', 'Anna']);
    const list = classParam(`?class=${codeOf(ALICE_PATH, 1)},${codeOf(MEASURED, 2)}&lang=en`);
    expect(parseClass(list!).trainees).toHaveLength(2);
    expect(classParam('?lang=en')).toBeNull();
  });

  it('lists bad codes with the reason and skips them', () => {
    const unfinished = encodePath({ seed: 3, history: ['speech_applaud', 'plan_target', 'answer_measure'] });
    const c = parseClass(`${unfinished}\n1-zzzzzzzzz-plan_target\nBob ?path=1-5-Plan_Target\n2-ab-cd_ef`);
    expect(c.trainees).toEqual([]);
    expect(c.bad.map((b) => [b.line, b.reason.kind])).toEqual([[1, 'unfinished'], [2, 'decode'], [3, 'decode'], [4, 'tampered']]);
    expect(c.bad[0]!.reason).toEqual({ kind: 'unfinished', missing: ['D3', 'D4', 'D5', 'D6'] });
  });

  it('counts a duplicate once, in one input or across two', () => {
    const a = codeOf(ALICE_PATH);
    const c = parseClass(`${a}\nagain ${a}\n${codeOf(MEASURED)}`);
    expect(c.trainees).toHaveLength(2);
    expect(c.duplicates).toBe(1);
    const merged = mergeClasses(c, parseClass(`${a}\n${codeOf(MEASURED, 99)}`));
    expect(merged.trainees.map((t) => t.n)).toEqual([1, 2, 3]);
    expect(merged.duplicates).toBe(2);
    // Same path, other seed: another trainee; distinct paths are asked of the model once.
    expect(distinctPaths(merged.trainees)).toHaveLength(2);
  });

  it('does not take dates, phone numbers or names with dashes for codes', () => {
    expect(findCodes('Jean-Pierre 2026-12-07 06-12-34-56-78 room K7P-3QX')).toEqual([]);
  });

  it('reads 200 codes of every path there is', () => {
    const text = allDecisionPaths().slice(0, 200).map((d, i) => `Trainee ${i + 1}\t${codeOf(d, i)}`).join('\n');
    const c = parseClass(text);
    expect(c.trainees).toHaveLength(200);
    expect(c.trainees[199]!.name).toBe('Trainee 200');
  });
});

describe('the class aggregates', () => {
  const nums = (accepted: number, cost: number, inbox: number, tier: PathNumbers['tier'] = 'ending_short'): PathNumbers => {
    const qn = (v: number) => ({ p10: v, p50: v, p90: v });
    return {
      accepted: qn(accepted), qualified: qn(accepted), rawLeads: qn(accepted), spend: qn(accepted * cost), costPerAccepted: qn(cost), inboxRate: qn(inbox),
      hardBounceRate: qn(0), pObjective: 0, tier, eventShare: {} as PathNumbers['eventShare'], baseline: 300, target: 360,
      phase1: { rawLeads: qn(0), qualified: qn(0), accepted: qn(0) }, salesBottleneckShare: 0, bottleneck: 'marketing',
    };
  };
  const B: Decisions = { ...MEASURED, course: 'course_data' };
  const c = parseClass([codeOf(ALICE_PATH, 1), codeOf(MEASURED, 2), codeOf(MEASURED, 3), codeOf(B, 4)].join('\n'));
  const table = new Map<string, PathNumbers>([
    [pathKey(ALICE_PATH), nums(100, 900, 0.4, 'ending_wall')],
    [pathKey(MEASURED), nums(300, 300, 0.8, 'ending_met')],
    [pathKey(B), nums(300, 300, 0.8, 'ending_met')],
  ]);

  it('gives each option its share of the class, beside Alice’s and the best option', () => {
    const sh = decisionShares(c.trainees, B);
    const course = sh.find((d) => d.key === 'course')!;
    expect(course.options.map((o) => [o.option, o.count, o.share, o.alice, o.best])).toEqual([
      ['course_double_down', 1, 0.25, true, false], ['course_data', 1, 0.25, false, true], ['course_sales', 2, 0.5, false, false],
    ]);
    for (const d of sh) expect(d.options.reduce((a, o) => a + o.share, 0)).toBeCloseTo(1, 10);
  });

  it('ranks best first, equal numbers sharing a rank, and spreads the outcomes against Alice and the best', () => {
    const rows = ranking(c.trainees, (d) => table.get(pathKey(d)));
    expect(rows.map((r) => [r.rank, r.trainee.n])).toEqual([[1, 2], [1, 3], [1, 4], [4, 1]]);
    expect(tierCounts(rows).get('ending_met')).toBe(3);
    const sp = outcomeSpread(rows, table.get(pathKey(ALICE_PATH))!, nums(400, 250, 0.9));
    const acc = sp.find((s) => s.metric === 'accepted')!;
    expect([acc.min, acc.median, acc.max, acc.alice, acc.best, acc.beatAlice]).toEqual([100, 300, 300, 100, 400, 0.75]);
    expect(sp.find((s) => s.metric === 'costPerAccepted')!.beatAlice).toBe(0.75);
  });

  it('exports the ranking as CSV with formulas defused', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-3)).toBe('-3');
    const rows = ranking(c.trainees, (d) => table.get(pathKey(d)));
    const csv = rankingCsv(rows, ['rank', 'name', 'tier', 'accepted', 'cost', 'inbox', ...DECISIONS.map((d) => d.label), 'code'], (t) => t);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe(`4,#1,ending_wall,100,900,0.4,${ids(ALICE_PATH).join(',')},${codeOf(ALICE_PATH, 1)}`);
  });
});

describe('the service’s cohort kind', () => {
  it('runs every path, Alice’s and the best under one seed, and refuses a bad request', async () => {
    const best = cohortBestCache();
    const r = await cohortNumbers({ paths: [MEASURED, ALICE_PATH], seed: 2016, runs: 5, assumptions: null }, best);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.numbers[0]).toEqual(evaluatePath(MEASURED, 2016, 5));
    expect(r.alice).toEqual(r.numbers[1]);
    expect(r.best.numbers).toEqual(evaluatePath(r.best.decisions, 2016, 5));
    expect(await cohortNumbers({ paths: [{ plan: 'x' }], seed: 2016, runs: 5, assumptions: null }, best)).toMatchObject({ ok: false });
    expect(await cohortNumbers({ paths: [], seed: -1, runs: 5, assumptions: null }, best)).toMatchObject({ ok: false });
    expect(await cohortNumbers({ paths: [], seed: 1, runs: 5, assumptions: { version: 9 } }, best)).toMatchObject({ ok: false });
  });
});
