// The assumptions a facilitator can edit and load: every calibration parameter's value and range,
// and whether runs draw within the ranges. Untrusted input goes through parseAssumptions.
import { z } from 'zod';
import { CALIBRATION, PARAM_IDS, UNIT_BOUNDS, type ParamId } from './calibration';

function rangeSchema(id: ParamId) {
  const [min, max] = UNIT_BOUNDS[CALIBRATION[id].unit];
  const num = z.number({ error: 'expected a number' }).finite().min(min).max(max);
  return z
    .object({ value: num, low: num, high: num })
    .strict()
    .refine((r) => r.low <= r.value && r.value <= r.high, { error: 'needs low <= value <= high' });
}

const paramShape = Object.fromEntries(PARAM_IDS.map((id) => [id, rangeSchema(id)])) as {
  [K in ParamId]: ReturnType<typeof rangeSchema>;
};

export const AssumptionsSchema = z
  .object({
    version: z.literal(1),
    /** false: every run uses the central values (only the counts stay random). */
    sampleRanges: z.boolean(),
    params: z.object(paramShape).strict(),
  })
  .strict();

export type Assumptions = z.infer<typeof AssumptionsSchema>;
export type ParamRange = Assumptions['params'][ParamId];

export const DEFAULT_ASSUMPTIONS: Assumptions = Object.freeze({
  version: 1 as const,
  sampleRanges: true,
  params: Object.freeze(
    Object.fromEntries(PARAM_IDS.map((id) => {
      const c = CALIBRATION[id];
      return [id, Object.freeze({ value: c.value, low: c.low, high: c.high })];
    })) as Assumptions['params'],
  ),
});

export type ParseResult = { readonly ok: true; readonly value: Assumptions } | { readonly ok: false; readonly error: string };

/** Validates untrusted JSON; the error names every faulty field by its path. */
export function parseAssumptions(json: unknown): ParseResult {
  const r = AssumptionsSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  const lines = r.error.issues.slice(0, 8).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = r.error.issues.length > 8 ? `; and ${r.error.issues.length - 8} more` : '';
  return { ok: false, error: `Invalid assumptions: ${lines.join('; ')}${more}` };
}

/** A copy of the assumptions with some parameters replaced (tests, "what if" panels). */
export function withParams(a: Assumptions, changes: Partial<Record<ParamId, Partial<ParamRange>>>): Assumptions {
  const params = { ...a.params };
  for (const [id, ch] of Object.entries(changes) as [ParamId, Partial<ParamRange>][]) {
    params[id] = { ...params[id], ...ch };
  }
  return { ...a, params };
}
