import { compileInkFile } from '../../../scripts/ink-compile';
import type { SimPort } from '../../../src/narrative/session';
import type { Lang } from '../../../src/i18n/strings';
import type { SimRequest, SimVar } from '../../../src/service/protocol';

export function compileOrThrow(path: string): string {
  const r = compileInkFile(path);
  if (!r.json) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.json;
}

export const sampleStory = (lang: Lang) => compileOrThrow(`tests/fixtures/sample/${lang}/main.ink`);

/** One feature's small story: tests/fixtures/<name>.ink. */
export const fixture = (name: 'tags' | 'rewind' | 'sim-vars' | 'guided') => compileOrThrow(`tests/fixtures/${name}.ink`);

export const plainExternals = () => ({ fmt: (n: number) => String(n), pct: (x: number) => `${x}%`, eur: (n: number) => `€${n}` });

/** The sample story's stand-in numbers: they depend on the plan decision. */
const sampleVars = (req: SimRequest): Record<string, SimVar> => {
  const bad = req.decisions.plan === 'plan_scale_all';
  return { sent: bad ? 50000 : 12000, hard_bounce: bad ? 11.5 : 0.8 };
};

/** A stand-in model whose numbers (`vars`) depend on the request, recording every request. */
export function fakeSim(vars: (req: SimRequest) => Record<string, SimVar> = sampleVars): SimPort & { requests: SimRequest[] } {
  const requests: SimRequest[] = [];
  return {
    requests,
    run(req) {
      requests.push(req);
      return Promise.resolve({ phase: req.phase, vars: vars(req), detail: { seed: req.seed } });
    },
  };
}
