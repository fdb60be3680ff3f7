// Weeks 1-8 computed once and resumed for each D6 (the branch table's shortcut) give exactly the
// numbers of separate runs; a resumed copy of a model carries all of its state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISIONS, DEFAULT_ASSUMPTIONS, monteCarlo, planFor, type Decisions } from '../../../src/sim';
import { branchRow, branchRows } from '../../../src/sim/branches';
import { Model, NPARAM, PHASE1_WEEKS, STATE_BYTES } from '../../../src/sim/model';
import { monteCarloCourses } from '../../../src/sim/montecarlo';
import { drawParams, paramTable } from '../../../src/sim/params';
import { Rng } from '../../../src/sim/rng';
import { PATHS, arbPath, arbSeed } from './helpers';

const courses = (d: Decisions) => DECISIONS[5].options.map((course) => ({ ...d, course }) as Decisions);

describe('phase-1 reuse', () => {
  it('a model copied after week 8 carries its whole state (one buffer) and its plan', () => {
    const a = new Model(), b = new Model();
    const rng = new Rng(5);
    const p = new Float64Array(NPARAM);
    drawParams(paramTable(DEFAULT_ASSUMPTIONS), rng, p);
    a.runPhase1(planFor(PATHS[200]!), p, rng);
    b.copyFrom(a);
    expect(b.bytes.length).toBe(STATE_BYTES);
    expect(b.bytes).toEqual(a.bytes);
    expect(b.plan).toBe(a.plan);
    // Every typed array of the state is a view of that buffer (nothing kept outside it).
    const views = Object.values(a).filter((v) => ArrayBuffer.isView(v)) as ArrayBufferView[];
    expect(views.length).toBeGreaterThan(60);
    for (const v of views) expect(v.buffer).toBe(a.bytes.buffer);
    expect(Object.keys(a).filter((k) => typeof (a as unknown as Record<string, unknown>)[k] === 'number')).toEqual([]);
  });

  it('resuming a copy after week 8 gives the run of the whole semester, for every D6', () => {
    fc.assert(
      fc.property(arbPath, arbSeed, (d, seed) => {
        const table = paramTable(DEFAULT_ASSUMPTIONS);
        const base = new Model(), copy = new Model(), whole = new Model();
        const rng = new Rng(seed);
        const p = new Float64Array(NPARAM);
        drawParams(table, rng, p);
        const plans = courses(d).map((x) => planFor(x));
        base.runPhase1(plans[0]!, p, rng);
        for (const plan of plans) {
          copy.copyFrom(base);
          copy.runPhase2(plan, rng);
          whole.run(plan, p, rng);
          expect(copy.weekly).toEqual(whole.weekly);
          expect(copy.funnelW).toEqual(whole.funnelW);
          const events = (m: Model) => Array.from(m.evId.subarray(0, m.evCount), (id, i) => [m.evWeek[i], id]);
          expect(events(copy)).toEqual(events(whole));
          expect(copy.segQual).toEqual(whole.segQual);
          expect(copy.weekly.subarray(0, PHASE1_WEEKS)).toEqual(base.weekly.subarray(0, PHASE1_WEEKS));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('monteCarloCourses gives the distributions of monteCarlo for each plan', () => {
    for (const i of [0, 57, 200, 401]) {
      const plans = courses(PATHS[i]!).map((x) => planFor(x));
      const together = monteCarloCourses(plans, DEFAULT_ASSUMPTIONS, 3, 60);
      plans.forEach((plan, j) => expect(together[j]).toEqual(monteCarlo(plan, DEFAULT_ASSUMPTIONS, 3, 60)));
    }
  });

  it('branchRows gives the rows of branchRow, in the order given', () => {
    const paths = [PATHS[5]!, PATHS[300]!, PATHS[4]!, PATHS[3]!, PATHS[301]!];
    expect(branchRows(paths, DEFAULT_ASSUMPTIONS, 1, 40)).toEqual(paths.map((d) => branchRow(d, DEFAULT_ASSUMPTIONS, 1, 40)));
  });
});
