// The whole story, both languages, through our own runtime with the real model plugged in:
// every path walked by choice id.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInkFile } from '../../scripts/ink-compile';
import { createRuntime } from '../../src/narrative/runtime';
import { walkStory, type WalkReport } from '../../src/narrative/walk';
import { runSimRequest } from '../../src/service/sim-request';
import { VAR_PREFIX } from '../../src/narrative/session';
import { LANGS, type Lang } from '../../src/i18n/strings';
import { decisionsFromHistory, DECISIONS, ALICE_PATH } from '../../src/sim/decisions';
import { ENDINGS, type SimPhase } from '../../src/narrative/registry';
import { formatters } from '../../src/i18n';

const compiled = Object.fromEntries(LANGS.map((l) => [l, compileInkFile(`story/${l}/main.ink`)])) as Record<Lang, ReturnType<typeof compileInkFile>>;

// The model, as the game runs it (fewer Monte Carlo runs: the walk checks the story, not the spread).
const cache = new Map<string, Record<string, number | string | boolean>>();
function simVars(phase: SimPhase, choices: readonly string[]) {
  const decisions = decisionsFromHistory(choices);
  const key = `${phase}${JSON.stringify(decisions)}`;
  let vars = cache.get(key);
  if (!vars) {
    const report = runSimRequest({ phase, decisions, seed: 2016 }, undefined, 40);
    vars = Object.fromEntries(Object.entries(report.vars).map(([k, v]) => [VAR_PREFIX[phase] + k, v]));
    cache.set(key, vars);
  }
  return vars;
}

const reports = {} as Record<Lang, WalkReport>;

describe.each(LANGS)('story (%s)', (lang) => {
  it('compiles with no error and no warning', () => {
    const problems = compiled[lang].diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message);
    expect(problems).toEqual([]);
    expect(compiled[lang].json).toBeTruthy();
  });

  describe('every path', () => {
    beforeAll(() => {
      reports[lang] = walkStory(compiled[lang].json!, { externals: formatters(lang), simVars });
    });

    it('plays without a runtime error or an unknown tag', () => {
      expect(reports[lang].errors).toEqual([]);
    });

    it('ends at an ending, never at a dead end', () => {
      const dead = reports[lang].paths.filter((p) => !p.ending || !p.endedCleanly);
      expect(dead.map((p) => p.choices.join(' > '))).toEqual([]);
    });

    it('offers every decision id of STORY.md, each decision with exactly its options', () => {
      const seen = new Set(reports[lang].paths.flatMap((p) => p.choices));
      for (const d of DECISIONS) for (const id of d.options) expect(seen, id).toContain(id);
      for (const ids of reports[lang].choicePoints.values()) {
        const decision = DECISIONS.find((d) => (d.options as readonly string[]).includes(ids[0]!));
        if (decision) expect(ids).toEqual([...decision.options]);
        for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
      }
    });

    it('reaches every ending', () => {
      const endings = new Set(reports[lang].paths.map((p) => p.ending));
      for (const e of ENDINGS) expect(endings, e).toContain(e);
    });

    it("plays Alice's seed path to an ending", () => {
      const seed = [ALICE_PATH.plan, ALICE_PATH.answer, ALICE_PATH.content, ALICE_PATH.list, ALICE_PATH.launch];
      const p = reports[lang].paths.find((x) => seed.every((id) => x.choices.includes(id)));
      expect(p?.ending).toMatch(/^ending_/);
    });

    it('never prints an unformatted or missing number', () => {
      const bad: string[] = [];
      walkStory(compiled[lang].json!, {
        externals: formatters(lang),
        simVars,
        maxPaths: 60,
        onLine: (line) => {
          if (/NaN|undefined|\[object|\d\.\d{3,}/.test(line.text)) bad.push(line.text);
        },
      });
      expect(bad).toEqual([]);
    });
  });
});

describe('FR/EN parity', () => {
  it('has the same knots, stitches and variables', () => {
    const [en, fr] = LANGS.map((l) => createRuntime(compiled[l].json!, formatters(l)));
    expect([...fr!.knots].sort()).toEqual([...en!.knots].sort());
    expect([...fr!.variableNames].sort()).toEqual([...en!.variableNames].sort());
  });

  it('offers the same choice ids and the same non-text tags on every path', () => {
    for (const l of LANGS) reports[l] ??= walkStory(compiled[l].json!, { externals: formatters(l), simVars });
    const byPath = (l: Lang) => new Map(reports[l].paths.map((p) => [p.choices.join('>'), p.tagTrail]));
    const en = byPath('en');
    const fr = byPath('fr');
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    const differing = [...en].filter(([k, trail]) => fr.get(k) !== trail).map(([k]) => k);
    expect(differing.slice(0, 3)).toEqual([]);
  });
});
