// Shared fixtures for the simulation tests.
import fc from 'fast-check';
import { DEFAULT_ASSUMPTIONS, allDecisionPaths, withParams, type Assumptions, type Decisions } from '../../../src/sim';

export const PATHS: readonly Decisions[] = allDecisionPaths();
export const arbPath = fc.integer({ min: 0, max: PATHS.length - 1 }).map((i) => PATHS[i]!);
export const arbSeed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** The platform never reviews nor suspends (and monitoring never fires): "all else equal" for reputation comparisons. */
export const NO_ENFORCEMENT: Assumptions = withParams(DEFAULT_ASSUMPTIONS, {
  platformReviewBounce: { value: 1, low: 1, high: 1 },
  platformSuspendBounce: { value: 1, low: 1, high: 1 },
  platformReviewComplaint: { value: 1, low: 1, high: 1 },
  platformSuspendComplaint: { value: 1, low: 1, high: 1 },
});

/** Every number in a nested structure, with its path. */
export function numbers(x: unknown, path = '$', out: [string, number][] = []): [string, number][] {
  if (typeof x === 'number') out.push([path, x]);
  else if (Array.isArray(x)) x.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) numbers(v, `${path}.${k}`, out);
  return out;
}
