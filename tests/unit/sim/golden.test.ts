// Golden outcomes: the model's numbers for fixed paths, seeds and assumptions, recorded on the code
// before the stage split (issue 12, item 10) and checked digit for digit (a hash of the JSON, which
// prints every double exactly). A pure refactor or speed-up keeps them; a change of behaviour
// changes them on purpose: then record them again with
//   GOLDEN_UPDATE=1 npx vitest run tests/unit/sim/golden.test.ts
// and say in the commit why the numbers moved.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALICE_PATH, DEFAULT_ASSUMPTIONS, baselinePlan2015, monteCarlo, planFor, simulate, withParams, type Assumptions } from '../../../src/sim';
import { branchRows } from '../../../src/sim/branches';
import { PATHS } from './helpers';

const FILE = join(__dirname, '../../fixtures/sim-golden.json');
const UPDATE = process.env.GOLDEN_UPDATE === '1';

/** Fields added to the results after the numbers were recorded (left out of the hash). */
const ADDED = new Set(['spendByChannel']);
const hash = (x: unknown): string => createHash('sha256').update(JSON.stringify(x, (k, v) => (ADDED.has(k) ? undefined : v))).digest('hex').slice(0, 24);

const CENTRAL: Assumptions = { ...DEFAULT_ASSUMPTIONS, sampleRanges: false };
const EDITED: Assumptions = withParams(DEFAULT_ASSUMPTIONS, { emailOpenRate: { value: 0.15, low: 0.1, high: 0.2 }, salesCapacity: { value: 20, low: 15, high: 30 } });
const ASSUMPTIONS: Record<string, Assumptions> = { default: DEFAULT_ASSUMPTIONS, central: CENTRAL, edited: EDITED };
const PATH_IDS = [0, 57, 200, 401, 485] as const;

function cases(): Record<string, () => unknown> {
  const out: Record<string, () => unknown> = {};
  for (const [an, a] of Object.entries(ASSUMPTIONS)) {
    for (const seed of [1, 7, 123456]) {
      out[`simulate alice ${an} ${seed}`] = () => simulate(planFor(ALICE_PATH), a, seed);
      out[`simulate 2015 ${an} ${seed}`] = () => simulate(baselinePlan2015(), a, seed);
      for (const i of PATH_IDS) out[`simulate path${i} ${an} ${seed}`] = () => simulate(planFor(PATHS[i]!), a, seed);
    }
    out[`montecarlo alice ${an}`] = () => monteCarlo(planFor(ALICE_PATH), a, 3, 80);
    for (const i of PATH_IDS) out[`montecarlo path${i} ${an}`] = () => monteCarlo(planFor(PATHS[i]!), a, 3, 60);
  }
  // Paths sharing D1-D5 (resumed copies after week 8) and others.
  const rows = [0, 1, 2, 3, 4, 5, 200, 201, 202, 480, 481, 482, 57].map((i) => PATHS[i]!);
  out['branch rows'] = () => branchRows(rows, DEFAULT_ASSUMPTIONS, 1, 30);
  out['branch rows edited'] = () => branchRows(rows, EDITED, 5, 20);
  return out;
}

describe('golden outcomes (same seed, same numbers)', () => {
  const recorded: Record<string, string> = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>) : {};
  const now: Record<string, string> = {};
  for (const [name, f] of Object.entries(cases())) {
    it(name, () => {
      now[name] = hash(f());
      if (!UPDATE) expect(now[name], `${name}: the numbers moved (see the header to record them again)`).toBe(recorded[name]);
    });
  }
  if (UPDATE) it('records the outcomes', () => writeFileSync(FILE, `${JSON.stringify(now, null, 1)}\n`));
});
