import { compileInkFile } from '../../../scripts/ink-compile';
import type { SimPort } from '../../../src/narrative/session';
import type { Lang } from '../../../src/i18n/strings';
import type { SimRequest } from '../../../src/service/protocol';

export function compileOrThrow(path: string): string {
  const r = compileInkFile(path);
  if (!r.json) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.json;
}

export const sampleStory = (lang: Lang) => compileOrThrow(`tests/fixtures/sample/${lang}/main.ink`);

/** One feature's small story: tests/fixtures/<name>.ink. */
export const fixture = (name: 'tags' | 'rewind' | 'sim-vars' | 'guided') => compileOrThrow(`tests/fixtures/${name}.ink`);

export const plainExternals = () => ({ fmt: (n: number) => String(n), pct: (x: number) => `${x}%`, eur: (n: number) => `€${n}` });

/** A stand-in model whose numbers depend on the decisions, recording every request. */
export function fakeSim(): SimPort & { requests: SimRequest[] } {
  const requests: SimRequest[] = [];
  return {
    requests,
    run(req) {
      requests.push(req);
      const bad = req.decisions.plan === 'plan_scale_all';
      return Promise.resolve({ phase: req.phase, vars: { sent: bad ? 50000 : 12000, hard_bounce: bad ? 11.5 : 0.8 }, detail: { seed: req.seed } });
    },
  };
}
