// The assumptions a facilitator can edit and load: every calibration parameter's value and range,
// and whether runs draw within the ranges. Untrusted input goes through parseAssumptions (a value)
// or readAssumptionsText (a file's text): both return the assumptions or a typed issue naming the
// faulty field, and never throw. The workshop panel and `npm run branches --assumptions` share them.
import { z } from 'zod';
import { ASSUMPTIONS_MAX_BYTES, ASSUMPTIONS_VERSION, ASSUMPTIONS_VERSIONS_READ, checkAssumptionsSize, describeIssue, type AssumptionsIssue, type AssumptionsIssueKind } from './assumption-issues';
import { CALIBRATION, PARAM_IDS, UNIT_BOUNDS, type ParamId } from './calibration';

export { ASSUMPTIONS_MAX_BYTES, ASSUMPTIONS_VERSION, checkAssumptionsSize, describeIssue, type AssumptionsIssue, type AssumptionsIssueKind };

/**
 * Whether a parameter's range must keep a spread (low < high): every parameter the calibration
 * table gives a range to. The ones it fixes (a policy threshold, a follower count) may stay fixed.
 */
export function needsSpread(id: ParamId): boolean {
  const c = CALIBRATION[id];
  return c.low < c.high;
}

type RangeCheck = { kind: 'inverted' | 'outsideRange' | 'zeroWidth'; at: readonly string[]; low: number; high: number };

function rangeSchema(id: ParamId) {
  const [min, max] = UNIT_BOUNDS[CALIBRATION[id].unit];
  const num = z.number({ error: 'expected a number' }).finite().min(min).max(max);
  const spread = needsSpread(id);
  return z
    .object({ value: num, low: num, high: num })
    .strict()
    .superRefine((r, ctx) => {
      const fail = (c: RangeCheck, message: string) => ctx.addIssue({ code: 'custom', path: [...c.at], message, params: c });
      if (r.low > r.high) fail({ kind: 'inverted', at: [], low: r.low, high: r.high }, `low ${r.low} is above high ${r.high}`);
      else if (r.value < r.low || r.value > r.high) fail({ kind: 'outsideRange', at: ['value'], low: r.low, high: r.high }, `value ${r.value} is outside [${r.low}, ${r.high}]`);
      else if (spread && r.low === r.high) fail({ kind: 'zeroWidth', at: [], low: r.low, high: r.high }, `low = high = ${r.low}: this parameter's range needs a spread`);
    });
}

const paramShape = Object.fromEntries(PARAM_IDS.map((id) => [id, rangeSchema(id)])) as {
  [K in ParamId]: ReturnType<typeof rangeSchema>;
};

export const AssumptionsSchema = z
  .object({
    version: z.literal(ASSUMPTIONS_VERSION),
    /** false: every run uses the central values (only the counts stay random). */
    sampleRanges: z.boolean(),
    params: z.object(paramShape).strict(),
  })
  .strict();

export type Assumptions = z.infer<typeof AssumptionsSchema>;
export type ParamRange = Assumptions['params'][ParamId];

export const DEFAULT_ASSUMPTIONS: Assumptions = Object.freeze({
  version: ASSUMPTIONS_VERSION,
  sampleRanges: true,
  params: Object.freeze(
    Object.fromEntries(PARAM_IDS.map((id) => {
      const c = CALIBRATION[id];
      return [id, Object.freeze({ value: c.value, low: c.low, high: c.high })];
    })) as Assumptions['params'],
  ),
});

export type ParseResult =
  | {
    readonly ok: true;
    readonly value: Assumptions;
    /** The parameters an older (version 1) file did not hold, given their published values ([] otherwise). */
    readonly filled: readonly ParamId[];
  }
  | {
    readonly ok: false;
    /** One English line naming every faulty field (at most 8), for logs and the command line. */
    readonly error: string;
    /** The first fault, typed (the workshop words it in the player's language). */
    readonly issue: AssumptionsIssue;
    readonly issues: readonly AssumptionsIssue[];
  };

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const NON_FINITE_TEXT = /^\s*[+-]?(nan|inf|infinity)\s*$/i;

/** The input's value at a path, and whether the last key exists on its parent. */
function at(input: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let cur: unknown = input;
  for (const k of path) {
    if (!isObj(cur) || typeof k !== 'string' || !Object.prototype.hasOwnProperty.call(cur, k)) return { present: false, value: undefined };
    cur = cur[k];
  }
  return { present: true, value: cur };
}

const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.');

function toIssues(input: unknown, zi: z.core.$ZodIssue): AssumptionsIssue[] {
  const field = dotted(zi.path);
  if (zi.code === 'unrecognized_keys') return zi.keys.map((k) => ({ kind: 'unknown', field: field ? `${field}.${k}` : k }));
  const got = at(input, zi.path);
  if (!got.present && zi.path.length > 0 && zi.code !== 'custom') {
    const expected = zi.code === 'invalid_type' ? zi.expected : zi.code === 'invalid_value' ? zi.values.map(String).join(' or ') : undefined;
    return [{ kind: 'missing', field, ...(expected === undefined ? {} : { expected }) }];
  }
  switch (zi.code) {
    case 'invalid_type': {
      const v = got.value;
      if (zi.expected === 'number' && ((typeof v === 'number' && !Number.isFinite(v)) || (typeof v === 'string' && NON_FINITE_TEXT.test(v)))) {
        return [{ kind: 'notFinite', field }];
      }
      return [{ kind: 'wrongType', field, expected: zi.expected }];
    }
    case 'invalid_value':
      return [{ kind: 'wrongVersion', field, expected: field === 'version' ? ASSUMPTIONS_VERSIONS_READ : zi.values.map(String).join(' or ') }];
    case 'too_small': {
      const limit = Number(zi.minimum);
      return [{ kind: limit === 0 ? 'negative' : 'belowMin', field, limit }];
    }
    case 'too_big':
      return [{ kind: 'aboveMax', field, limit: Number(zi.maximum) }];
    case 'custom': {
      const c = zi.params as RangeCheck | undefined;
      if (c && (c.kind === 'inverted' || c.kind === 'outsideRange' || c.kind === 'zeroWidth')) {
        return [{ kind: c.kind, field, low: c.low, high: c.high }];
      }
      return [{ kind: 'wrongType', field }];
    }
    default:
      return [{ kind: 'wrongType', field }];
  }
}

function failure(issues: readonly AssumptionsIssue[]): ParseResult {
  const list = issues.length ? issues : [{ kind: 'wrongType', field: '' } as const];
  const more = list.length > 8 ? `; and ${list.length - 8} more` : '';
  return { ok: false, error: `Invalid assumptions: ${list.slice(0, 8).map(describeIssue).join('; ')}${more}`, issue: list[0]!, issues: list };
}

/** A version 1 file as version 2: the parameters it lacks at their published values (the rest is checked as usual). */
function upgrade(json: unknown): { json: unknown; filled: ParamId[] } {
  if (!isObj(json) || json['version'] !== 1) return { json, filled: [] };
  const params = json['params'];
  if (!isObj(params)) return { json: { ...json, version: ASSUMPTIONS_VERSION }, filled: [] }; // refused below, as for any file
  const filled = PARAM_IDS.filter((id) => !Object.prototype.hasOwnProperty.call(params, id));
  const published = DEFAULT_ASSUMPTIONS.params;
  return {
    json: { ...json, version: ASSUMPTIONS_VERSION, params: { ...Object.fromEntries(filled.map((id) => [id, { ...published[id] }])), ...params } },
    filled,
  };
}

/** Validates untrusted JSON; the error names every faulty field by its path. Never throws. */
export function parseAssumptions(input: unknown): ParseResult {
  try {
    const { json, filled } = upgrade(input);
    const r = AssumptionsSchema.safeParse(json);
    if (r.success) return { ok: true, value: r.data, filled };
    return failure(r.error.issues.flatMap((i) => toIssues(json, i)));
  } catch {
    // Only an exotic object (a throwing getter, a proxy) gets here; JSON never does.
    return failure([{ kind: 'wrongType', field: '', expected: 'object' }]);
  }
}

/** A file's text: size (in UTF-16 code units, a lower bound of its bytes), JSON, then the schema. Never throws. */
export function readAssumptionsText(text: string): ParseResult {
  const big = checkAssumptionsSize(text.length);
  if (big) return failure([big]);
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); // an editor's byte-order mark
  } catch {
    return failure([{ kind: 'notJson', field: '' }]);
  }
  return parseAssumptions(json);
}

/** The assumptions as canonical JSON (keys sorted at every level): the input of a stable hash. */
export function canonicalJson(a: Assumptions): string {
  const sort = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(sort) : isObj(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort(x[k])])) : x;
  return JSON.stringify(sort(a));
}

/** A copy of the assumptions with some parameters replaced (tests, "what if" panels). */
export function withParams(a: Assumptions, changes: Partial<Record<ParamId, Partial<ParamRange>>>): Assumptions {
  const params = { ...a.params };
  for (const [id, ch] of Object.entries(changes) as [ParamId, Partial<ParamRange>][]) {
    params[id] = { ...params[id], ...ch };
  }
  return { ...a, params };
}
